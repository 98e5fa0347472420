import type { Core } from '@strapi/strapi';
import { fieldError } from '../lib/validation/field-error';
import { currentActor } from '../utils/actor';
import { relationRef } from '../utils/relations';
import { loadDocument, onDocuments } from './context';
import { rejectIfAny } from './validation';

const UID = 'api::consultation.consultation';

/**
 * Assigning a specialist moves a new consultation to "assigned"; only the asker rates, and only
 * an answered or closed consultation; a consultation becomes public FAQ only if the asker allowed it.
 */
export const registerConsultationRules = (strapi: Core.Strapi) => {
  onDocuments(strapi, UID, ['create', 'update'], async (context, next) => {
    const data = (context.params.data ??= {});
    const actor = currentActor(strapi);
    const existing = context.params.documentId
      ? await loadDocument(strapi, UID, context.params.documentId, { asker: { fields: ['id'] }, specialist: { fields: ['id'] } })
      : null;
    const merged = { ...existing, ...data };

    // the admin panel sends every relation as { connect: [], disconnect: [] }: look at what it sets
    if (relationRef(data.specialist) && merged.status === 'new') data.status = 'assigned';
    if (data.rating !== undefined && data.rating !== null) {
      if (actor.kind === 'member' && existing && existing.asker?.id !== actor.id) delete data.rating; // only the asker rates
      else if (!['answered', 'closed'].includes(merged.status)) rejectIfAny([fieldError('rating', 'оценить можно только отвеченную консультацию')]);
    }
    if (data.isPublic === true && !merged.allowPublish) {
      rejectIfAny([fieldError('isPublic', 'автор вопроса не разрешил публикацию (allowPublish)')]);
    }
    if (data.allowPublish === false && existing?.isPublic) data.isPublic = false;
    return next();
  });
};
