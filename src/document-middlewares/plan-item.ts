import type { Core } from '@strapi/strapi';
import { endsBeforeStart, fieldError, isHttpUrl, type FieldError } from '../lib/validation/field-error';
import { loadDocument, onDocuments } from './context';
import { rejectIfAny } from './validation';

const UID = 'api::plan-item.plan-item';

export const registerPlanItemRules = (strapi: Core.Strapi) => {
  onDocuments(strapi, UID, ['create', 'update'], async (context, next) => {
    const data = context.params.data ?? {};
    const existing = context.params.documentId ? await loadDocument(strapi, UID, context.params.documentId) : null;
    const merged = { ...existing, ...data };
    const problems: FieldError[] = [];
    if (endsBeforeStart(merged.startsAt, merged.endsAt)) problems.push(fieldError('endsAt', 'окончание раньше начала'));
    if (data.onlineUrl && !isHttpUrl(data.onlineUrl)) problems.push(fieldError('onlineUrl', 'ожидается ссылка http(s)://…'));
    rejectIfAny(problems);
    return next();
  });
};
