/** The domain rules that hold for every write: weight, threads, moderation, surveys, consultations, audit. */
import { auth, createMember, serviceBySlug, type Member } from '../harness/fixtures';
import { publishedSurvey } from '../harness/documents';
import { startApp, type TestApp } from '../harness/strapi';

let app: TestApp;
let kostroma: Member;
let buy: Member;
let sharya: Member;
let buyHead: Member;
let coordinator: Member;
let specialist: Member;

beforeAll(async () => {
  app = await startApp();
  kostroma = await createMember(app.strapi, 'methodologist', { serviceSlug: 'kostroma' });
  buy = await createMember(app.strapi, 'methodologist', { serviceSlug: 'buy' });
  sharya = await createMember(app.strapi, 'methodologist', { serviceSlug: 'sharya' });
  buyHead = await createMember(app.strapi, 'service-head', { serviceSlug: 'buy' });
  coordinator = await createMember(app.strapi, 'coordinator');
  specialist = await createMember(app.strapi, 'specialist');
});
afterAll(async () => {
  await app?.stop();
});

const post = (who: Member, path: string, data: object) => app.http().post(path).set(auth(who)).send({ data });

describe('problem weight', () => {
  test('counts distinct services: the reporter plus each endorsing service once', async () => {
    const created = await post(kostroma, '/api/problems', { title: 'Нехватка кадров', description: 'Нет учителей физики' });
    const id = created.body.data.documentId;
    expect(created.body.data.weight).toBe(1);

    expect((await app.http().post(`/api/problems/${id}/endorse`).set(auth(buy))).body.data.weight).toBe(2);
    // a second member of the same service adds nothing
    expect((await app.http().post(`/api/problems/${id}/endorse`).set(auth(buyHead))).body.data.weight).toBe(2);
    expect((await app.http().post(`/api/problems/${id}/endorse`).set(auth(sharya))).body.data.weight).toBe(3);
    const withdrawn = await app.http().delete(`/api/problems/${id}/endorse`).set(auth(sharya));
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.data.weight).toBe(2);
    const stored = await app.strapi.db.query('api::problem.problem').findOne({ where: { documentId: id } });
    expect(stored.weight).toBe(2);
  });

  test('a service cannot endorse its own problem, and weight cannot be written', async () => {
    const created = await post(kostroma, '/api/problems', { title: 'Своё', description: 'Описание', weight: 30 });
    expect(created.body.data.weight).toBe(1);
    const own = await app.http().post(`/api/problems/${created.body.data.documentId}/endorse`).set(auth(kostroma));
    expect(own.status).toBe(400);
    expect(own.body.error.details.errors[0].path).toEqual(['service']);
  });

  test('the coordinator setting endorsements through the API gets the weight recomputed too', async () => {
    const created = await post(kostroma, '/api/problems', { title: 'Общая беда', description: 'Описание' });
    const services = await Promise.all(['buy', 'sharya', 'galich'].map((s) => serviceBySlug(app.strapi, s)));
    const res = await app
      .http()
      .put(`/api/problems/${created.body.data.documentId}`)
      .set(auth(coordinator))
      .send({ data: { endorsements: services.map((s) => s.documentId), status: 'accepted' } });
    expect(res.status).toBe(200);
    expect(res.body.data.weight).toBe(4);
    expect(res.body.data.status).toBe('accepted');
  });
});

describe('discussion threads', () => {
  test('replies are counted on the thread, hidden ones are not, and a reply goes one level deep', async () => {
    const thread = (await post(kostroma, '/api/posts', { title: 'Наставничество', body: 'Как у вас?' })).body.data.documentId;
    const r1 = await post(buy, '/api/posts', { body: 'У нас так', thread });
    expect(r1.status).toBe(201);
    await post(sharya, '/api/posts', { body: 'А у нас иначе', thread });
    let stored = (await app.http().get(`/api/posts/${thread}`).set(auth(kostroma))).body.data;
    expect(stored.replyCount).toBe(2);

    await app.http().put(`/api/posts/${r1.body.data.documentId}`).set(auth(specialist)).send({ data: { hidden: true } });
    stored = (await app.http().get(`/api/posts/${thread}`).set(auth(kostroma))).body.data;
    expect(stored.replyCount).toBe(1);

    const nested = await post(kostroma, '/api/posts', { body: 'Ответ на ответ', thread: r1.body.data.documentId });
    expect(nested.status).toBe(400);
    expect(nested.body.error.details.errors[0].path).toEqual(['thread']);

    const replies = await app.http().get(`/api/posts?filters[thread][documentId]=${thread}`).set(auth(kostroma));
    expect(replies.body.data).toHaveLength(1); // the hidden reply is not shown to members
  });

  test('a locked thread takes no replies from members; moderators still may', async () => {
    const thread = (await post(kostroma, '/api/posts', { title: 'Закрытая', body: 'Текст' })).body.data.documentId;
    expect((await app.http().put(`/api/posts/${thread}`).set(auth(specialist)).send({ data: { locked: true } })).status).toBe(200);
    const reply = await post(buy, '/api/posts', { body: 'Можно?', thread });
    expect(reply.status).toBe(403);
    expect((await post(specialist, '/api/posts', { body: 'Итог обсуждения', thread })).status).toBe(201);
  });

  test('deleting a thread deletes its replies; deleting a reply recounts the thread', async () => {
    const thread = (await post(kostroma, '/api/posts', { title: 'Удаляемая', body: 'Текст' })).body.data.documentId;
    const reply = (await post(buy, '/api/posts', { body: 'Ответ 1', thread })).body.data.documentId;
    await post(sharya, '/api/posts', { body: 'Ответ 2', thread });
    expect((await app.http().delete(`/api/posts/${reply}`).set(auth(buy))).status).toBe(204);
    expect((await app.http().get(`/api/posts/${thread}`).set(auth(kostroma))).body.data.replyCount).toBe(1);
    expect((await app.http().delete(`/api/posts/${thread}`).set(auth(kostroma))).status).toBe(204);
    const left = await app.strapi.db.query('api::post.post').count({ where: { thread: { documentId: thread } } });
    expect(left).toBe(0);
    expect(await app.strapi.db.query('api::post.post').count({ where: { body: 'Ответ 2' } })).toBe(0);
  });

  test('announcements come from the institute only', async () => {
    expect((await post(kostroma, '/api/posts', { title: 'Объявление', body: 'Текст', kind: 'announcement' })).status).toBe(403);
    const made = await post(coordinator, '/api/posts', { title: 'Вебинар 12 октября', body: 'Приглашаем', kind: 'announcement' });
    expect(made.status).toBe(201);
    const publicList = await app.http().get('/api/posts');
    expect(publicList.body.data.map((p: any) => p.documentId)).toContain(made.body.data.documentId);
  });
});

describe('material moderation', () => {
  test('submitted → rejected (with a reason) → resubmitted by the owner → approved and public', async () => {
    const id = (await post(kostroma, '/api/materials', { title: 'Программа', kind: 'program' })).body.data.documentId;
    const inPublic = async () => (await app.http().get('/api/materials')).body.data.map((m: any) => m.documentId).includes(id);
    expect(await inPublic()).toBe(false);

    const noReason = await app.http().put(`/api/materials/${id}`).set(auth(coordinator)).send({ data: { moderation: 'rejected' } });
    expect(noReason.status).toBe(400);
    const rejected = await app
      .http()
      .put(`/api/materials/${id}`)
      .set(auth(coordinator))
      .send({ data: { moderation: 'rejected', rejectionReason: 'Нет описания результатов' } });
    expect(rejected.status).toBe(200);
    expect(await inPublic()).toBe(false);

    const resubmitted = await app.http().put(`/api/materials/${id}?status=draft`).set(auth(kostroma)).send({ data: { summary: 'Добавлены результаты' } });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.data.moderation).toBe('submitted');
    expect(resubmitted.body.data.rejectionReason).toBeNull();

    const approved = await app.http().put(`/api/materials/${id}`).set(auth(coordinator)).send({ data: { moderation: 'approved' } });
    expect(approved.status).toBe(200);
    expect(await inPublic()).toBe(true);
  });

  test('publishing an unapproved material is refused, also through the document service (admin panel path)', async () => {
    const id = (await post(kostroma, '/api/materials', { title: 'Черновик', kind: 'case' })).body.data.documentId;
    await expect(app.strapi.documents('api::material.material').publish({ documentId: id })).rejects.toThrow(/одобренный/);
    const coordinatorEdit = await app.http().put(`/api/materials/${id}`).set(auth(coordinator)).send({ data: { summary: 'Правка' } });
    expect(coordinatorEdit.status).toBe(200);
    expect((await app.http().get('/api/materials')).body.data.map((m: any) => m.documentId)).not.toContain(id);
  });
});

describe('survey responses', () => {
  test('one per person; a later answer updates the same response', async () => {
    const survey = await publishedSurvey(app.strapi);
    const first = await post(kostroma, '/api/survey-responses', { survey, answers: { q1: 'Кадры', q2: 4 } });
    expect(first.status).toBe(201);
    expect(first.body.data.submittedAt).toEqual(expect.any(String));
    const again = await post(kostroma, '/api/survey-responses', { survey, answers: { q1: 'Ещё раз' } });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/уже ответили/);
    const update = await app
      .http()
      .put(`/api/survey-responses/${first.body.data.documentId}`)
      .set(auth(kostroma))
      .send({ data: { answers: { q1: 'Уточнённый ответ', q2: 5 } } });
    expect(update.status).toBe(200);
    expect(update.body.data.answers.q2).toBe(5);
  });

  test('a service-unit survey is answered once per service, by its head', async () => {
    const survey = await publishedSurvey(app.strapi, { respondentUnit: 'service' });
    expect((await post(buy, '/api/survey-responses', { survey, answers: {} })).status).toBe(403);
    expect((await post(buyHead, '/api/survey-responses', { survey, answers: { q1: 'От службы' } })).status).toBe(201);
    const second = await createMember(app.strapi, 'service-head', { serviceSlug: 'buy' });
    const dup = await post(second, '/api/survey-responses', { survey, answers: {} });
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toMatch(/служба уже ответила/);
  });

  test('a closed or unpublished survey takes no answers', async () => {
    const closed = await app.strapi.documents('api::survey.survey').create({
      data: { title: 'Прошлогодняя', closesAt: '2020-01-01T00:00:00Z', questions: [{ key: 'q1', text: 'В?', type: 'text', required: false }] } as any,
      status: 'published',
    });
    const res = await post(kostroma, '/api/survey-responses', { survey: closed.documentId, answers: {} });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/не принимает/);
    const draft = await publishedSurvey(app.strapi, { visible: false });
    expect((await post(kostroma, '/api/survey-responses', { survey: draft, answers: {} })).status).toBe(400);
  });

  test('members read only their own responses; specialists read all', async () => {
    const survey = await publishedSurvey(app.strapi);
    await post(buy, '/api/survey-responses', { survey, answers: { q1: 'ответ Буя' } });
    await post(sharya, '/api/survey-responses', { survey, answers: { q1: 'ответ Шарьи' } });
    const own = await app.http().get(`/api/survey-responses?filters[survey][documentId]=${survey}`).set(auth(buy));
    expect(own.body.data.map((r: any) => r.answers.q1)).toEqual(['ответ Буя']);
    const all = await app.http().get(`/api/survey-responses?filters[survey][documentId]=${survey}`).set(auth(specialist));
    expect(all.body.data).toHaveLength(2);
  });
});

describe('consultations', () => {
  test('assignment, answer, rating by the asker, publication only with consent', async () => {
    const id = (await post(kostroma, '/api/consultations', { title: 'Аттестация', question: 'Какие документы нужны?', status: 'closed' })).body.data.documentId;
    let c = (await app.http().get(`/api/consultations/${id}`).set(auth(kostroma))).body.data;
    expect(c.status).toBe('new');

    c = (await app.http().put(`/api/consultations/${id}`).set(auth(coordinator)).send({ data: { specialist: specialist.id } })).body.data;
    expect(c.status).toBe('assigned');

    const answer = await app
      .http()
      .put(`/api/consultations/${id}`)
      .set(auth(specialist))
      .send({ data: { status: 'answered', messages: [{ author: specialist.id, body: 'Заявление и портфолио', sentAt: new Date().toISOString() }] } });
    expect(answer.status).toBe(200);

    const notAllowed = await app.http().put(`/api/consultations/${id}`).set(auth(coordinator)).send({ data: { isPublic: true } });
    expect(notAllowed.status).toBe(400);
    const rated = await app.http().put(`/api/consultations/${id}`).set(auth(kostroma)).send({ data: { rating: 5, allowPublish: true } });
    expect(rated.status).toBe(200);
    expect(rated.body.data.rating).toBe(5);
    expect((await app.http().put(`/api/consultations/${id}`).set(auth(coordinator)).send({ data: { isPublic: true } })).status).toBe(200);
    const faq = await app.http().get('/api/consultations');
    expect(faq.body.data.map((x: any) => x.documentId)).toContain(id);
  });
});

test('every write is in the audit log with who made it', async () => {
  const made = await post(kostroma, '/api/problems', { title: 'Для журнала', description: 'Описание' });
  const entries = await app.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { targetDocumentId: made.body.data.documentId } });
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ action: 'create', contentType: 'api::problem.problem', actorType: 'user', actorId: kostroma.id });
  expect(entries[0].changes.fields).toEqual(expect.arrayContaining(['title', 'description', 'author', 'service']));
});
