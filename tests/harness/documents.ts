import type { Core } from '@strapi/strapi';
import { unique, type Member } from './fixtures';

/**
 * Documents made directly through the document service (no request, so no member guard):
 * `owner` owns it, `visible` decides whether the public/members may see it.
 */
export type DocumentFactory = (strapi: Core.Strapi, opts: { owner: Member; visible: boolean }) => Promise<string>;

const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as any) as any;

export const publishedSurvey = async (strapi: Core.Strapi, options: { respondentUnit?: 'person' | 'service'; visible?: boolean } = {}) => {
  const survey = await docs(strapi, 'api::survey.survey').create({
    data: {
      title: unique('Анкета '),
      respondentUnit: options.respondentUnit ?? 'person',
      questions: [
        { key: 'q1', text: 'Что вызывает затруднения?', type: 'text', required: false },
        { key: 'q2', text: 'Насколько актуально?', type: 'scale', scaleMin: 1, scaleMax: 5, required: false },
      ],
    },
    ...(options.visible === false ? {} : { status: 'published' }),
  });
  return survey.documentId as string;
};

export const FACTORIES: Record<string, DocumentFactory> = {
  service: async (strapi, { owner }) =>
    (await docs(strapi, 'api::service.service').create({
      data: { name: unique('Служба '), slug: unique('svc-'), municipality: 'Тестовый район', municipalityKind: 'district', head: owner.id },
    })).documentId,
  topic: async (strapi) => (await docs(strapi, 'api::topic.topic').create({ data: { name: unique('Тема '), slug: unique('topic-') } })).documentId,
  survey: async (strapi, { visible }) => publishedSurvey(strapi, { visible }),
  'survey-response': async (strapi, { owner }) =>
    (await docs(strapi, 'api::survey-response.survey-response').create({
      data: { survey: await publishedSurvey(strapi), respondent: owner.id, service: owner.serviceId, answers: { q1: 'ответ' } },
    })).documentId,
  problem: async (strapi, { owner }) =>
    (await docs(strapi, 'api::problem.problem').create({
      data: { title: unique('Затруднение '), description: 'Описание', author: owner.id, service: owner.serviceId },
    })).documentId,
  'plan-item': async (strapi, { visible }) =>
    (await docs(strapi, 'api::plan-item.plan-item').create({
      data: { title: unique('Пункт плана '), kind: 'webinar', state: 'planned' },
      ...(visible ? { status: 'published' } : {}),
    })).documentId,
  material: async (strapi, { owner, visible }) =>
    (await docs(strapi, 'api::material.material').create({
      data: { title: unique('Материал '), kind: 'case', submittedBy: owner.id, service: owner.serviceId, moderation: visible ? 'approved' : 'submitted' },
      ...(visible ? { status: 'published' } : {}),
    })).documentId,
  consultation: async (strapi, { owner, visible }) =>
    (await docs(strapi, 'api::consultation.consultation').create({
      data: { title: unique('Вопрос '), question: 'Как быть?', asker: owner.id, service: owner.serviceId, allowPublish: visible, isPublic: visible, status: 'answered' },
    })).documentId,
  post: async (strapi, { owner, visible }) =>
    (await docs(strapi, 'api::post.post').create({
      data: { title: unique('Тема '), body: 'Текст', author: owner.id, service: owner.serviceId, kind: visible ? 'announcement' : 'discussion', hidden: !visible },
    })).documentId,
  invitation: async (strapi, { owner }) =>
    (await docs(strapi, 'api::invitation.invitation').create({
      data: { email: `${unique('inv')}@example.ru`, role: 'methodologist', invitedBy: owner.id, tokenHash: 'secret-hash' },
    })).documentId,
};
