import type { Core } from '@strapi/strapi';
import { ROLES, type RoleType } from '../lib/access/matrix';
import { isSystem } from '../lib/access/system-context';

/** Who is behind the current write or read: decides which rules apply. */
export type Actor =
  | { kind: 'system' }
  | { kind: 'admin'; id: number | null; name: string }
  | { kind: 'public' }
  | { kind: 'member'; id: number; role: RoleType; name: string };

interface AuthState {
  strategy?: { name?: string };
  credentials?: { id?: number; firstname?: string; lastname?: string; email?: string; name?: string } | null;
}

export const currentActor = (strapi: Core.Strapi): Actor => {
  if (isSystem()) return { kind: 'system' };
  const ctx = strapi.requestContext.get();
  const auth = ctx?.state?.auth as AuthState | undefined;
  if (!ctx || !auth) return { kind: 'system' };
  const strategy = auth.strategy?.name;
  if (strategy === 'users-permissions') {
    const user = ctx.state.user as { id: number; username: string; fullName?: string; role?: { type?: string } } | undefined;
    if (!user) return { kind: 'public' };
    const type = user.role?.type as RoleType;
    // a user on a role outside the table (e.g. stock "authenticated") gets no member rights
    const role: RoleType = ROLES.includes(type) ? type : 'public';
    return { kind: 'member', id: user.id, role, name: user.fullName || user.username };
  }
  const who = auth.credentials;
  const name = strategy === 'api-token' ? `API-токен ${who?.name ?? ''}`.trim() : [who?.firstname, who?.lastname].filter(Boolean).join(' ') || who?.email || 'администратор';
  return { kind: 'admin', id: strategy === 'admin' ? (who?.id ?? null) : null, name };
};

/** The id of the service a user belongs to, if any. */
export const serviceIdOf = async (strapi: Core.Strapi, userId: number): Promise<number | null> => {
  const user = await strapi.db
    .query('plugin::users-permissions.user')
    .findOne({ where: { id: userId }, populate: { service: { select: ['id'] } } });
  return (user?.service as { id: number } | null)?.id ?? null;
};
