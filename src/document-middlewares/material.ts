import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '../lib/validation/field-error';
import { currentActor } from '../utils/actor';
import { loadDocument, onDocuments } from './context';
import { rejectIfAny } from './validation';

const UID = 'api::material.material';

/**
 * Moderation: a material is public only when approved and published.
 * - a write that would publish an unapproved material saves a draft instead;
 * - publishing (REST or the admin panel) an unapproved material is refused;
 * - rejecting needs a reason and takes the material off the public bank;
 * - an owner editing a rejected material sends it back to moderation.
 */
export const registerMaterialRules = (strapi: Core.Strapi) => {
  onDocuments(strapi, UID, ['create', 'update'], async (context, next) => {
    const data = (context.params.data ??= {});
    const existing = context.action === 'update' && context.params.documentId
      ? await loadDocument(strapi, UID, context.params.documentId)
      : null;
    const actor = currentActor(strapi);

    if (existing && actor.kind === 'member' && actor.role !== 'coordinator' && existing.moderation === 'rejected') {
      data.moderation = 'submitted';
      data.rejectionReason = null;
    }
    const moderation = data.moderation ?? existing?.moderation ?? 'submitted';
    const reason = data.rejectionReason !== undefined ? data.rejectionReason : existing?.rejectionReason;
    if (moderation === 'rejected' && !String(reason ?? '').trim()) {
      rejectIfAny([fieldError('rejectionReason', 'укажите причину отклонения')]);
    }
    if (moderation !== 'approved' && context.params.status === 'published') delete context.params.status;

    const result = await next();
    if (moderation !== 'approved' && result?.documentId) {
      const published = await strapi.db.query(UID).count({ where: { documentId: result.documentId, publishedAt: { $notNull: true } } });
      if (published) await strapi.documents(UID).unpublish({ documentId: result.documentId });
    }
    return result;
  });

  onDocuments(strapi, UID, ['publish'], async (context, next) => {
    const draft = context.params.documentId ? await loadDocument(strapi, UID, context.params.documentId) : null;
    if (draft && draft.moderation !== 'approved') {
      throw new errors.ValidationError('Опубликовать можно только одобренный материал (moderation = approved)', {
        errors: [fieldError('moderation', 'материал ещё не одобрен')],
      });
    }
    return next();
  });
};
