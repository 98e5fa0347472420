import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { scopeOf } from '../lib/access/matrix';
import { OWNERSHIP } from '../lib/access/rules';
import { currentActor } from '../utils/actor';
import { uidOf } from '../utils/subjects';

interface OwnerScopeConfig {
  subject: string;
  action: string;
}

/**
 * For cells of the permission table whose scope is `own`: the caller must own the document
 * (OWNERSHIP in rules.ts) and the document must not be locked for its owner (an approved material).
 * Runs for every write route of a type, so a member never changes someone else's document.
 */
export default async (
  policyContext: any,
  config: OwnerScopeConfig,
  { strapi }: { strapi: Core.Strapi },
): Promise<boolean> => {
  const actor = currentActor(strapi);
  if (actor.kind !== 'member') return true; // admin/API tokens are trusted; the public is stopped by permissions
  const scope = scopeOf(actor.role, config.subject, config.action);
  if (scope !== 'own') return true;

  const rule = OWNERSHIP[config.subject];
  const documentId = policyContext.params?.id;
  const populate = Object.fromEntries((rule?.ownerFields ?? []).map((f) => [f, { fields: ['id'] }]));
  const document = documentId
    ? await strapi.documents(uidOf(config.subject) as any).findOne({ documentId, populate, status: 'draft' } as any)
    : null;
  if (!document) throw new errors.NotFoundError('Документ не найден');

  const owns = rule?.ownerFields.some((f) => (document as any)[f]?.id === actor.id) ?? false;
  if (!owns) throw new errors.PolicyError('Изменять и удалять можно только свои записи', { field: rule?.ownerFields[0] });
  const locked = rule?.lockedWhen;
  if (locked && (document as any)[locked.field] === locked.equals) {
    throw new errors.PolicyError(locked.reason, { field: locked.field });
  }
  return true;
};
