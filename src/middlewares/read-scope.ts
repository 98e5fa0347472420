import type { Core } from '@strapi/strapi';
import { scopeOf } from '../lib/access/matrix';
import { ownFilter, visibleFilter } from '../lib/access/rules';
import { currentActor } from '../utils/actor';
import { uidOf } from '../utils/subjects';

interface ReadScopeConfig {
  subject: string;
  action: string;
}

/** Matches no document: an `own` scope for a type without owners. */
const NOTHING = { id: { $null: true } };

/**
 * Narrows find/findOne to what the caller's scope in the permission table allows
 * (`visible` or `own`); `all` passes through. Applied as a filter, so pagination counts stay true
 * and a document outside the scope is a plain 404 on findOne.
 */
export default (config: ReadScopeConfig, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<unknown>) => {
    const actor = currentActor(strapi);
    const role = actor.kind === 'member' ? actor.role : 'public';
    const scope = scopeOf(role, config.subject, config.action);
    if (scope === 'all' || actor.kind === 'admin' || actor.kind === 'system') return next();

    const userId = actor.kind === 'member' ? actor.id : null;
    const own = userId ? ownFilter(config.subject, userId) : null;
    const draftAndPublish = Boolean(strapi.contentType(uidOf(config.subject) as any)?.options?.draftAndPublish);
    const query = { ...ctx.query };

    let scopeFilter: Record<string, unknown>;
    if (scope === 'own') {
      scopeFilter = own ?? NOTHING;
    } else if (draftAndPublish && query.status === 'draft') {
      // drafts are never public: a member sees only their own (e.g. a material under moderation)
      scopeFilter = own ?? NOTHING;
    } else {
      if (draftAndPublish) query.status = 'published';
      const visible = visibleFilter(config.subject, userId !== null);
      scopeFilter = own ? { $or: [visible, own] } : visible;
    }

    query.filters = query.filters ? { $and: [query.filters, scopeFilter] } : scopeFilter;
    ctx.query = query;
    return next();
  };
