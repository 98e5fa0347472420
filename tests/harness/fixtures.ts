import type { Core } from '@strapi/strapi';

export type MemberRole = 'methodologist' | 'service-head' | 'specialist' | 'coordinator';

export interface Member {
  id: number;
  documentId: string;
  username: string;
  email: string;
  password: string;
  role: MemberRole;
  serviceId: number | null;
  jwt: string;
}

let counter = 0;
export const unique = (prefix = 'x') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

export const PASSWORD = 'Secret-pass-1';

/** The id and documentId of a reference service by slug (the 30 are created at bootstrap). */
export const serviceBySlug = async (strapi: Core.Strapi, slug: string) => {
  const service = await strapi.db.query('api::service.service').findOne({ where: { slug } });
  if (!service) throw new Error(`no service ${slug}`);
  return service as { id: number; documentId: string; name: string };
};

/** A confirmed user on a role, optionally in a service, with a JWT for REST calls. */
export const createMember = async (
  strapi: Core.Strapi,
  role: MemberRole,
  options: { serviceSlug?: string | null; fullName?: string } = {},
): Promise<Member> => {
  const roleRow = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: role } });
  const username = unique(role.replace('-', ''));
  const email = `${username}@example.ru`;
  const serviceSlug = options.serviceSlug === undefined ? (role === 'methodologist' || role === 'service-head' ? 'kostroma' : null) : options.serviceSlug;
  const service = serviceSlug ? await serviceBySlug(strapi, serviceSlug) : null;
  const user = await strapi.plugin('users-permissions').service('user').add({
    username,
    email,
    password: PASSWORD,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: roleRow.id,
    fullName: options.fullName ?? `Тестовый ${role}`,
    phone: '+7 900 000-00-00',
    ...(service ? { service: service.id } : {}),
  });
  const jwt = strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  return { id: user.id, documentId: user.documentId, username, email, password: PASSWORD, role, serviceId: service?.id ?? null, jwt };
};

export const auth = (member?: Member | null): Record<string, string> =>
  member ? { Authorization: `Bearer ${member.jwt}` } : {};
