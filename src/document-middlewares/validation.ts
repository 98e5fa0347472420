import { errors } from '@strapi/utils';
import { summarize, type FieldError } from '../lib/validation/field-error';

/** Throws a 400 naming every field at fault; does nothing when the list is empty. */
export const rejectIfAny = (list: FieldError[]) => {
  if (list.length) throw new errors.ValidationError(summarize(list), { errors: list });
};
