import type { Core } from '@strapi/strapi';
import { grantedActions, ROLES, type RoleType } from '../lib/access/matrix';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

export const ROLE_INFO: Record<RoleType, { name: string; description: string }> = {
  public: { name: 'Public', description: 'Посетитель портала без входа' },
  methodologist: { name: 'Методист', description: 'Методист муниципальной методической службы (роль нового участника)' },
  'service-head': { name: 'Руководитель службы', description: 'Руководитель муниципальной методической службы' },
  specialist: { name: 'Специалист института', description: 'Специалист института: консультирует, модерирует обсуждения' },
  coordinator: { name: 'Координатор', description: 'Координатор ДМО (сотрудник института)' },
};

/**
 * Creates the roles and makes their permissions exactly what the permission table says:
 * missing ones are added, ones the table does not grant are removed. Safe on every start.
 * The stock "authenticated" role is emptied: nobody in DMO should get rights outside the table.
 */
export const syncRolesAndPermissions = async (strapi: Core.Strapi) => {
  const roles = strapi.db.query(ROLE_UID);
  const permissions = strapi.db.query(PERMISSION_UID);

  const targets: [string, string[]][] = [...ROLES.map((r) => [r, grantedActions(r)] as [string, string[]]), ['authenticated', []]];
  for (const [type, wanted] of targets) {
    let role = await roles.findOne({ where: { type } });
    const info = ROLE_INFO[type as RoleType];
    if (!role) {
      role = await roles.create({ data: { type, ...(info ?? { name: 'Authenticated', description: '' }) } });
    } else if (info && (role.name !== info.name || role.description !== info.description)) {
      await roles.update({ where: { id: role.id }, data: info });
    }
    const current: { id: number; action: string }[] = await permissions.findMany({ where: { role: role.id }, select: ['id', 'action'] });
    const have = new Set(current.map((p) => p.action));
    const stale = current.filter((p) => !wanted.includes(p.action)).map((p) => p.id);
    if (stale.length) await permissions.deleteMany({ where: { id: { $in: stale } } });
    for (const action of wanted.filter((a) => !have.has(a))) {
      await permissions.create({ data: { action, role: role.id } });
    }
  }

  // Membership is by invitation: no open registration; a new member is a methodologist.
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  await store.set({ value: { ...advanced, default_role: 'methodologist', allow_register: false } });
};
