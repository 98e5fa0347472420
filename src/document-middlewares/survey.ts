import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isOpen, validateAnswers, validateQuestions, type Question } from '../lib/surveys/questions';
import { endsBeforeStart, fieldError } from '../lib/validation/field-error';
import { currentActor } from '../utils/actor';
import { relationRef } from '../utils/relations';
import { loadDocument, onDocuments } from './context';
import { rejectIfAny } from './validation';

const SURVEY = 'api::survey.survey';
const RESPONSE = 'api::survey-response.survey-response';

export const registerSurveyRules = (strapi: Core.Strapi) => {
  // A questionnaire must be answerable: unique keys, options for choice questions, a sane scale.
  onDocuments(strapi, SURVEY, ['create', 'update'], async (context, next) => {
    const data = context.params.data ?? {};
    const existing = context.params.documentId ? await loadDocument(strapi, SURVEY, context.params.documentId) : null;
    const merged = { ...existing, ...data };
    const problems = Array.isArray(data.questions) ? validateQuestions(data.questions as Question[]) : [];
    if (endsBeforeStart(merged.opensAt, merged.closesAt)) problems.push(fieldError('closesAt', 'анкета закрывается раньше, чем открывается'));
    rejectIfAny(problems);
    return next();
  });

  // One response per person (or per service), only while the survey is open, answers that fit.
  onDocuments(strapi, RESPONSE, ['create', 'update'], async (context, next) => {
    const data = (context.params.data ??= {});
    const actor = currentActor(strapi);
    const existing = context.params.documentId
      ? await loadDocument(strapi, RESPONSE, context.params.documentId, {
          survey: { fields: ['documentId'] },
          respondent: { fields: ['id'] },
          service: { fields: ['id'] },
        })
      : null;
    if (existing) delete data.survey; // an answer never moves to another survey

    // relations may point at the draft or the published row of the survey: go by its documentId
    const surveyRef = existing ? { documentId: existing.survey?.documentId } : relationRef(data.survey);
    if (!surveyRef) rejectIfAny([fieldError('survey', 'укажите анкету')]);
    const row = await strapi.db.query(SURVEY).findOne({ where: surveyRef, select: ['documentId'] });
    const survey = row
      ? await strapi.db.query(SURVEY).findOne({
          where: { documentId: row.documentId, publishedAt: { $notNull: true } },
          populate: { questions: true },
        })
      : null;
    if (!survey) rejectIfAny([fieldError('survey', 'опубликованная анкета не найдена')]);
    if (actor.kind === 'member' && !isOpen(survey)) rejectIfAny([fieldError('survey', 'анкета сейчас не принимает ответы')]);

    const respondentRef = existing?.respondent ? { id: existing.respondent.id } : relationRef(data.respondent);
    const serviceRef = existing?.service ? { id: existing.service.id } : relationRef(data.service);
    if (survey.respondentUnit === 'service') {
      if (!serviceRef) rejectIfAny([fieldError('service', 'анкету от службы заполняет сотрудник службы')]);
      if (actor.kind === 'member' && !['service-head', 'coordinator'].includes(actor.role)) {
        throw new errors.PolicyError('Анкету от имени службы заполняет руководитель службы', { field: 'survey' });
      }
    }
    if (data.answers !== undefined || !existing) rejectIfAny(validateAnswers(survey.questions ?? [], data.answers));

    if (!existing) {
      const duplicateWhere =
        survey.respondentUnit === 'service'
          ? { survey: { documentId: survey.documentId }, service: serviceRef }
          : { survey: { documentId: survey.documentId }, respondent: respondentRef ?? { id: null } };
      if (await strapi.db.query(RESPONSE).findOne({ where: duplicateWhere, select: ['id'] })) {
        rejectIfAny([
          fieldError(
            'survey',
            survey.respondentUnit === 'service' ? 'ваша служба уже ответила на эту анкету' : 'вы уже ответили на эту анкету',
          ),
        ]);
      }
    }
    data.submittedAt = new Date().toISOString();
    return next();
  });
};
