import type { Core } from '@strapi/strapi';
import { fieldError, type FieldError } from '../lib/validation/field-error';
import { relationRefs } from '../utils/relations';
import { subjectOf } from '../utils/subjects';
import { rejectIfAny } from './validation';

interface Attribute {
  type?: string;
  target?: string;
  min?: number;
  max?: number;
  maxLength?: number;
}

const NUMERIC = new Set(['integer', 'biginteger', 'decimal', 'float']);
const TEXTUAL = new Set(['string', 'text', 'email', 'uid', 'richtext']);

/**
 * Checks Strapi leaves out or words poorly, before anything is written:
 * - a relation to something that does not exist (Strapi's message names only the id);
 * - number limits and text lengths on drafts (Strapi skips them until publication, but a draft
 *   submitted by a member is real data).
 * Each problem is a 400 naming the field.
 */
export const registerInputCheck = (strapi: Core.Strapi) => {
  strapi.documents.use((async (context: any, next: () => Promise<unknown>) => {
    const data = context.params?.data;
    if (!subjectOf(context.uid) || !data || !['create', 'update'].includes(context.action)) return next();
    const attributes = (strapi.contentType(context.uid)?.attributes ?? {}) as Record<string, Attribute>;
    const problems: FieldError[] = [];
    for (const [field, value] of Object.entries(data)) {
      const attribute = attributes[field];
      if (!attribute || value === null || value === undefined) continue;
      if (attribute.type === 'relation' && attribute.target) {
        for (const ref of relationRefs(value)) {
          if ('id' in ref && !Number.isInteger(ref.id)) {
            problems.push(fieldError(field, 'ожидается documentId или числовой id'));
            continue;
          }
          const found = await strapi.db.query(attribute.target as any).findOne({ where: ref, select: ['id'] });
          if (!found) problems.push(fieldError(field, `связанная запись ${JSON.stringify(ref)} не найдена`));
        }
      } else if (NUMERIC.has(attribute.type ?? '') && typeof value === 'number') {
        if (attribute.min !== undefined && value < attribute.min) problems.push(fieldError(field, `не меньше ${attribute.min}`));
        if (attribute.max !== undefined && value > attribute.max) problems.push(fieldError(field, `не больше ${attribute.max}`));
      } else if (TEXTUAL.has(attribute.type ?? '') && typeof value === 'string') {
        if (attribute.maxLength !== undefined && value.length > attribute.maxLength) {
          problems.push(fieldError(field, `не длиннее ${attribute.maxLength} символов`));
        }
      }
    }
    rejectIfAny(problems);
    return next();
  }) as any);
};
