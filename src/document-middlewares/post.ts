import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { asSystem } from '../lib/access/system-context';
import { fieldError } from '../lib/validation/field-error';
import { currentActor } from '../utils/actor';
import { relationRef } from '../utils/relations';
import { loadDocument, onDocuments } from './context';
import { rejectIfAny } from './validation';

const UID = 'api::post.post';
const MODERATORS = ['coordinator', 'specialist'];

/**
 * Threads and replies: a thread needs a title; a reply goes one level deep into an unlocked
 * thread and takes the thread's kind; announcements come from the institute. A thread's
 * replyCount and lastActivityAt are recounted from its visible replies after every change;
 * deleting a thread deletes its replies.
 */
export const registerPostRules = (strapi: Core.Strapi) => {
  const recount = async (threadId: number | undefined | null) => {
    if (!threadId) return;
    const replies = await strapi.db.query(UID).findMany({
      where: { thread: { id: threadId }, hidden: false },
      select: ['createdAt'],
      orderBy: { createdAt: 'desc' },
    });
    const thread = await strapi.db.query(UID).findOne({ where: { id: threadId }, select: ['id', 'createdAt'] });
    if (!thread) return;
    await strapi.db.query(UID).update({
      where: { id: threadId },
      data: { replyCount: replies.length, lastActivityAt: replies[0]?.createdAt ?? thread.createdAt },
    });
  };

  onDocuments(strapi, UID, ['create', 'update', 'delete'], async (context, next) => {
    const actor = currentActor(strapi);
    const isModerator = actor.kind !== 'member' || MODERATORS.includes(actor.role);
    const data = context.params.data ?? {};
    const existing = context.params.documentId
      ? await loadDocument(strapi, UID, context.params.documentId, { thread: { fields: ['id'] } })
      : null;

    if (context.action === 'update') delete data.thread; // a post never moves between threads
    let replyTo: number | undefined;
    if (context.action === 'create') {
      const ref = relationRef(data.thread);
      if (ref) {
        const thread = await strapi.db.query(UID).findOne({ where: ref, populate: { thread: { select: ['id'] } } });
        if (!thread) rejectIfAny([fieldError('thread', 'тема не найдена')]);
        if (thread.thread) rejectIfAny([fieldError('thread', 'отвечать можно только в тему, а не на ответ')]);
        if (thread.locked && !isModerator) throw new errors.PolicyError('Тема закрыта для ответов', { field: 'thread' });
        data.kind = thread.kind;
        replyTo = thread.id;
      } else if (!String(data.title ?? '').trim()) {
        rejectIfAny([fieldError('title', 'у новой темы должен быть заголовок')]);
      }
      data.lastActivityAt = new Date().toISOString();
    }
    if (data.kind === 'announcement' && !isModerator && !replyTo) {
      throw new errors.PolicyError('Объявления публикуют координатор и специалисты института', { field: 'kind' });
    }

    const threadBefore = existing?.thread?.id as number | undefined;
    if (context.action === 'delete' && existing && !existing.thread) {
      // deleting a thread deletes the discussion under it, not just its first post
      await strapi.db.query(UID).deleteMany({ where: { thread: { id: existing.id } } });
    }
    const result = await next();
    await asSystem(() => recount(replyTo ?? threadBefore));
    return result;
  });
};
