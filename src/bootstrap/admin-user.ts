import type { Core } from '@strapi/strapi';

/**
 * ADMIN_EMAIL / ADMIN_PASSWORD create the first admin (super admin) when there is none yet,
 * with the admin panel in Russian.
 */
export const ensureFirstAdmin = async (strapi: Core.Strapi) => {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;
  const admins = strapi.service('admin::user');
  if ((await admins.count()) > 0) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) return;
  await admins.create({
    email,
    firstname: process.env.ADMIN_FIRSTNAME || 'Координатор',
    lastname: process.env.ADMIN_LASTNAME || 'ДМО',
    password,
    registrationToken: null,
    isActive: true,
    roles: [superAdmin.id],
    preferedLanguage: 'ru',
  });
  strapi.log.info(`Создан администратор ${email}`);
};
