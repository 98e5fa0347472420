import type { Core } from '@strapi/strapi';
import { fieldError, isHttpUrl } from '../lib/validation/field-error';
import { onDocuments } from './context';
import { rejectIfAny } from './validation';

export const registerServiceRules = (strapi: Core.Strapi) => {
  onDocuments(strapi, 'api::service.service', ['create', 'update'], async (context, next) => {
    const website = context.params.data?.website;
    if (website && !isHttpUrl(website)) rejectIfAny([fieldError('website', 'ожидается ссылка http(s)://…')]);
    return next();
  });
};
