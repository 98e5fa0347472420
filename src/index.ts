import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './document-middlewares';
import { syncRolesAndPermissions } from './bootstrap/roles';
import { ensureReferenceData } from './bootstrap/reference-data';
import { ensureFirstAdmin } from './bootstrap/admin-user';
import { seedDemoOnFirstStart } from './seed/auto';
import { ensureApiDocumentation } from './bootstrap/api-documentation';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await syncRolesAndPermissions(strapi);
    await ensureReferenceData(strapi);
    await ensureFirstAdmin(strapi);
    await ensureApiDocumentation(strapi);
    await seedDemoOnFirstStart(strapi);
  },
};
