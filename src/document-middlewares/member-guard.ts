import type { Core } from '@strapi/strapi';
import { OWNER_SET_FIELDS, stripManagedFields } from '../lib/access/rules';
import { currentActor, serviceIdOf } from '../utils/actor';
import { subjectOf } from '../utils/subjects';
import { WRITE_ACTIONS, type DocumentContext, type Next } from './context';

const INTERNAL = new Set(['audit-entry', 'outbox-message']);

/**
 * Every write to a DMO type, from REST or the admin panel, runs in one transaction (so a rule
 * that fails after the write leaves nothing behind); writes made by a person (a member, an admin
 * editor, an API token) are recorded in the audit log, the server's own (bootstrap, seed) are not.
 * A member's writes additionally lose the fields their role may not set, and get the owner
 * fields (author, service, …) from the logged-in user instead of from the request body.
 */
export const registerMemberGuard = (strapi: Core.Strapi) => {
  strapi.documents.use((async (context: DocumentContext, next: Next) => {
    const subject = subjectOf(context.uid);
    if (!subject || INTERNAL.has(subject) || !WRITE_ACTIONS.has(context.action)) return next();

    return strapi.db.transaction(async () => {
      const actor = currentActor(strapi);
      const data = context.params.data;
      if (actor.kind === 'member' && data && (context.action === 'create' || context.action === 'update')) {
        context.params.data = stripManagedFields(subject, actor.role, data).data;
        if (context.action === 'create') {
          const ownerFields = OWNER_SET_FIELDS[subject] ?? {};
          const serviceId = Object.values(ownerFields).includes('service') ? await serviceIdOf(strapi, actor.id) : null;
          for (const [field, source] of Object.entries(ownerFields)) {
            if (actor.role === 'coordinator' && data[field] !== undefined) continue; // the coordinator may file on behalf of a service
            context.params.data[field] = source === 'user' ? actor.id : serviceId;
          }
        }
      }

      const result = await next();

      if (actor.kind !== 'system') {
        await strapi.db.query('api::audit-entry.audit-entry').create({
          data: {
            action: context.action,
            contentType: context.uid,
            targetDocumentId: result?.documentId ?? context.params.documentId ?? null,
            actorType: actor.kind === 'admin' ? 'admin' : 'user',
            actorId: actor.kind === 'member' || actor.kind === 'admin' ? actor.id : null,
            actorName: actor.kind === 'public' ? 'аноним' : actor.name,
            changes: context.params.data ? { fields: Object.keys(context.params.data) } : null,
          },
        });
      }
      return result;
    });
  }) as any);
};
