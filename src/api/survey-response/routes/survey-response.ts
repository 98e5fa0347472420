import { factories } from '@strapi/strapi';
import { scopedRoutes } from '../../../lib/access/route-config';

export default factories.createCoreRouter('api::survey-response.survey-response', scopedRoutes('survey-response'));
