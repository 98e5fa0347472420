import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::plan-item.plan-item');
