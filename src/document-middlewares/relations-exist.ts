import type { Core } from '@strapi/strapi';
import { fieldError, type FieldError } from '../lib/validation/field-error';
import { relationRefs } from '../utils/relations';
import { subjectOf } from '../utils/subjects';
import { rejectIfAny } from './validation';

/**
 * A relation to something that does not exist is the caller's mistake: answer 400 naming the
 * field (Strapi's own message names only the id), before anything is written.
 */
export const registerRelationCheck = (strapi: Core.Strapi) => {
  strapi.documents.use((async (context: any, next: () => Promise<unknown>) => {
    const data = context.params?.data;
    if (!subjectOf(context.uid) || !data || !['create', 'update'].includes(context.action)) return next();
    const attributes = strapi.contentType(context.uid)?.attributes ?? {};
    const problems: FieldError[] = [];
    for (const [field, value] of Object.entries(data)) {
      const attribute = attributes[field] as { type?: string; target?: string } | undefined;
      if (attribute?.type !== 'relation' || !attribute.target) continue;
      for (const ref of relationRefs(value)) {
        if ('id' in ref && !Number.isInteger(ref.id)) {
          problems.push(fieldError(field, 'ожидается documentId или числовой id'));
          continue;
        }
        const found = await strapi.db.query(attribute.target as any).findOne({ where: ref, select: ['id'] });
        if (!found) problems.push(fieldError(field, `связанная запись ${JSON.stringify(ref)} не найдена`));
      }
    }
    rejectIfAny(problems);
    return next();
  }) as any);
};
