import type { Core } from '@strapi/strapi';
import { registerMemberGuard } from './member-guard';
import { registerInputCheck } from './input-check';
import { registerProblemRules } from './problem';
import { registerMaterialRules } from './material';
import { registerPostRules } from './post';
import { registerSurveyRules } from './survey';
import { registerPlanItemRules } from './plan-item';
import { registerServiceRules } from './service';
import { registerConsultationRules } from './consultation';

/**
 * Document-service middlewares: every write passes here, from REST and the admin panel alike.
 * Order matters: the guard (transaction, owner fields, audit) wraps everything after it.
 */
export const registerDocumentMiddlewares = (strapi: Core.Strapi) => {
  registerMemberGuard(strapi);
  registerInputCheck(strapi);
  registerProblemRules(strapi);
  registerMaterialRules(strapi);
  registerPostRules(strapi);
  registerSurveyRules(strapi);
  registerPlanItemRules(strapi);
  registerServiceRules(strapi);
  registerConsultationRules(strapi);
};
