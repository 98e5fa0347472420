import type { Core } from '@strapi/strapi';

/**
 * `npm run develop` on an empty database fills it with demo content (unless DMO_DEMO=false)
 * and, in development only, prints the demo logins.
 */
export const seedDemoOnFirstStart = async (strapi: Core.Strapi) => {
  if (process.env.NODE_ENV !== 'development' || process.env.DMO_DEMO === 'false') return;
  const users = await strapi.db.query('plugin::users-permissions.user').count();
  if (users > 0) return;
  const { seedDemo, printDemoLogins } = await import('./demo');
  strapi.log.info('Пустая база: загружаю демонстрационные данные (DMO_DEMO=false отключает)…');
  const summary = await seedDemo(strapi);
  printDemoLogins(summary);
};
