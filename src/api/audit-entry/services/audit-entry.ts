import { factories } from '@strapi/strapi';

// Internal type: no controller and no routes, so it never appears in the REST API.
export default factories.createCoreService('api::audit-entry.audit-entry');
