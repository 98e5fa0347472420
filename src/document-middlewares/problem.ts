import type { Core } from '@strapi/strapi';
import { onDocuments } from './context';

const UID = 'api::problem.problem';

/** A problem's weight is derived, never written: recount it after every change. */
export const registerProblemRules = (strapi: Core.Strapi) => {
  onDocuments(strapi, UID, ['create', 'update'], async (context, next) => {
    if (context.params.data) delete context.params.data.weight;
    const result = await next();
    if (result?.documentId) {
      const weight = await strapi.service(UID).recomputeWeight(result.documentId);
      if (typeof weight === 'number') result.weight = weight;
    }
    return result;
  });
};
