import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::plan-item.plan-item');
