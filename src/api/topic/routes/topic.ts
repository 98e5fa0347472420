import { factories } from '@strapi/strapi';
import { scopedRoutes } from '../../../lib/access/route-config';

export default factories.createCoreRouter('api::topic.topic', scopedRoutes('topic'));
