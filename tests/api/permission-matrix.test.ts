/**
 * Walks every cell of the permission table (src/lib/access/matrix.ts): for each role × subject ×
 * action, a call the cell allows succeeds (within its scope), and a forbidden one gets 401/403.
 */
import { MATRIX, type MatrixCell, type RoleType } from '../../src/lib/access/matrix';
import { auth, createMember, unique, PASSWORD, type Member, type MemberRole } from '../harness/fixtures';
import { FACTORIES, publishedSurvey } from '../harness/documents';
import { startApp, type TestApp } from '../harness/strapi';

const PLURAL: Record<string, string> = {
  service: 'services',
  topic: 'topics',
  survey: 'surveys',
  'survey-response': 'survey-responses',
  problem: 'problems',
  'plan-item': 'plan-items',
  material: 'materials',
  consultation: 'consultations',
  post: 'posts',
  invitation: 'invitations',
};
const DRAFT_AND_PUBLISH = new Set(['survey', 'plan-item', 'material']);

let app: TestApp;
const members = {} as Record<MemberRole, Member>;
let stranger: Member; // a methodologist of another service: owns the "someone else's" documents

beforeAll(async () => {
  app = await startApp();
  for (const role of ['methodologist', 'service-head', 'specialist', 'coordinator'] as MemberRole[]) {
    members[role] = await createMember(app.strapi, role, { serviceSlug: role === 'specialist' || role === 'coordinator' ? null : 'galich' });
  }
  stranger = await createMember(app.strapi, 'methodologist', { serviceSlug: 'sharya' });
});
afterAll(async () => {
  await app?.stop();
});

const caller = (role: RoleType): Member | null => (role === 'public' ? null : members[role as MemberRole]);
const make = (subject: string, owner: Member, visible: boolean) => FACTORIES[subject](app.strapi, { owner, visible });

const createPayload = async (subject: string): Promise<Record<string, unknown>> => {
  switch (subject) {
    case 'service':
      return { name: unique('Служба '), slug: unique('svc-'), municipality: 'Тестовый район', municipalityKind: 'district' };
    case 'topic':
      return { name: unique('Тема '), slug: unique('topic-') };
    case 'survey':
      return { title: 'Анкета', questions: [{ key: 'q1', text: 'Вопрос?', type: 'text' }] };
    case 'survey-response':
      return { survey: await publishedSurvey(app.strapi), answers: { q1: 'ответ', q2: 3 } };
    case 'problem':
      return { title: 'Затруднение', description: 'Описание' };
    case 'plan-item':
      return { title: 'Семинар', kind: 'seminar' };
    case 'material':
      return { title: 'Материал', kind: 'case' };
    case 'consultation':
      return { title: 'Вопрос', question: 'Как быть?' };
    case 'post':
      return { title: 'Тема', body: 'Текст' };
    case 'invitation':
      return { email: `${unique('inv')}@example.ru`, role: 'methodologist' };
  }
  throw new Error(`no create payload for ${subject}`);
};

const UPDATE_PAYLOAD: Record<string, Record<string, unknown>> = {
  service: { description: 'Обновлено' },
  topic: { description: 'Обновлено' },
  survey: { description: 'Обновлено' },
  'survey-response': { answers: { q1: 'другой ответ' } },
  problem: { description: 'Обновлено' },
  'plan-item': { description: 'Обновлено' },
  material: { summary: 'Обновлено' },
  consultation: { question: 'Уточнение' },
  post: { body: 'Обновлено' },
  invitation: { fullName: 'Иванов Иван' },
};

const expectForbidden = (status: number, role: RoleType) =>
  expect(role === 'public' ? [401, 403] : [403]).toContain(status);

const ids = (body: any): string[] => (body.data ?? []).map((d: any) => d.documentId);

/** One recipe per content-type action; returns after asserting. */
const contentTypeCase = async ({ subject, action, role, scope }: MatrixCell) => {
  const plural = PLURAL[subject];
  const me = caller(role);
  const http = () => app.http();
  const draftQuery = DRAFT_AND_PUBLISH.has(subject) ? '&status=draft' : '';

  if (action === 'find') {
    const mine = me ? await make(subject, me, false) : null;
    const othersVisible = await make(subject, stranger, true);
    const othersHidden = await make(subject, stranger, false);
    const res = await http().get(`/api/${plural}?pagination[pageSize]=100`).set(auth(me));
    if (!scope) return expectForbidden(res.status, role);
    expect(res.status).toBe(200);
    const drafts = await http().get(`/api/${plural}?pagination[pageSize]=100${draftQuery}`).set(auth(me));
    expect(drafts.status).toBe(200);
    const seen = new Set([...ids(res.body), ...ids(drafts.body)]);
    if (scope === 'all') {
      expect(seen).toContain(othersVisible);
      expect(seen).toContain(othersHidden);
    } else if (scope === 'visible') {
      if (!['service', 'topic', 'problem', 'survey-response', 'invitation'].includes(subject)) expect(seen).not.toContain(othersHidden);
      expect(seen).toContain(othersVisible);
      if (mine && subject !== 'survey' && subject !== 'plan-item') expect(seen).toContain(mine);
    } else {
      expect(seen).toContain(mine);
      expect(seen).not.toContain(othersVisible);
    }
    return;
  }

  if (action === 'findOne') {
    const othersVisible = await make(subject, stranger, true);
    const othersHidden = await make(subject, stranger, false);
    const get = (id: string) => http().get(`/api/${plural}/${id}?${draftQuery.slice(1)}`).set(auth(me));
    if (!scope) return expectForbidden((await get(othersVisible)).status, role);
    if (scope === 'all') {
      expect((await get(othersHidden)).status).toBe(200);
    } else if (scope === 'visible') {
      expect((await http().get(`/api/${plural}/${othersVisible}`).set(auth(me))).status).toBe(200);
      expect((await get(othersHidden)).status).toBe(404);
    } else {
      expect((await get(await make(subject, me!, false))).status).toBe(200);
      expect((await get(othersVisible)).status).toBe(404);
    }
    return;
  }

  if (action === 'create') {
    const res = await http().post(`/api/${plural}`).set(auth(me)).send({ data: await createPayload(subject) });
    if (!scope) return expectForbidden(res.status, role);
    expect(res.status).toBe(201);
    return;
  }

  if (action === 'update' || action === 'delete') {
    const call = (id: string) =>
      action === 'update'
        ? http().put(`/api/${plural}/${id}`).set(auth(me)).send({ data: UPDATE_PAYLOAD[subject] })
        : http().delete(`/api/${plural}/${id}`).set(auth(me));
    const ok = action === 'update' ? 200 : 204;
    const others = await make(subject, stranger, true);
    if (!scope) return expectForbidden((await call(others)).status, role);
    if (scope === 'all') {
      expect((await call(others)).status).toBe(ok);
    } else {
      expect((await call(others)).status).toBe(403);
      expect((await call(await make(subject, me!, false))).status).toBe(ok);
    }
    return;
  }

  if (subject === 'problem' && (action === 'endorse' || action === 'unendorse')) {
    const problem = await make('problem', stranger, true);
    const res = await (action === 'endorse' ? http().post(`/api/problems/${problem}/endorse`) : http().delete(`/api/problems/${problem}/endorse`)).set(auth(me));
    if (!scope) return expectForbidden(res.status, role);
    expect(res.status).toBe(200);
    return;
  }
  throw new Error(`no recipe for ${subject}.${action}`);
};

const pluginCase = async ({ subject, action, role, scope }: MatrixCell) => {
  const me = caller(role);
  const http = () => app.http();
  let res;
  let allowedStatus = 200;
  switch (`${subject}.${action}`) {
    case 'user.me':
      res = await http().get('/api/users/me').set(auth(me));
      break;
    case 'user.find':
      res = await http().get('/api/users').set(auth(me));
      if (scope) expect(JSON.stringify(res.body)).not.toContain(stranger.email);
      break;
    case 'user.findOne':
      res = await http().get(`/api/users/${stranger.id}`).set(auth(me));
      if (scope) expect(res.body.email).toBeUndefined();
      break;
    case 'auth.callback':
      res = await http().post('/api/auth/local').set(auth(me)).send({ identifier: stranger.email, password: PASSWORD });
      if (scope && res.status === 200) expect(res.body.jwt).toEqual(expect.any(String));
      break;
    case 'auth.forgotPassword':
      res = await http().post('/api/auth/forgot-password').set(auth(me)).send({ email: 'nobody@example.ru' });
      break;
    case 'auth.resetPassword':
      // a wrong code reaches the handler, which answers 400: the route itself is open
      res = await http().post('/api/auth/reset-password').set(auth(me)).send({ code: 'wrong', password: 'Newpass-123', passwordConfirmation: 'Newpass-123' });
      allowedStatus = 400;
      break;
    case 'auth.register':
      res = await http().post('/api/auth/local/register').set(auth(me)).send({ username: unique('reg'), email: `${unique('reg')}@example.ru`, password: 'Newpass-123' });
      break;
    case 'auth.changePassword':
      res = await http().post('/api/auth/change-password').set(auth(me)).send({ currentPassword: 'wrong-pass', password: 'Newpass-123', passwordConfirmation: 'Newpass-123' });
      allowedStatus = 400;
      break;
    case 'upload.upload':
      res = await http().post('/api/upload').set(auth(me)).attach('files', Buffer.from('Методические рекомендации'), 'doc.txt');
      allowedStatus = 201;
      break;
    default:
      throw new Error(`no recipe for ${subject}.${action}`);
  }
  if (!scope) return expectForbidden(res.status, role);
  expect(res.status).toBe(allowedStatus);
};

const label = (c: MatrixCell) => `${c.role} ${c.subject}.${c.action} → ${c.scope ?? 'forbidden'}`;

test('the table has a cell for every role on every row', () => {
  const rows = new Set(MATRIX.map((c) => `${c.subject}.${c.action}`));
  expect(MATRIX.length).toBe(rows.size * 5);
});

test.each(MATRIX.map((c) => [label(c), c] as const))('%s', async (_label, cell) => {
  await (PLURAL[cell.subject] ? contentTypeCase(cell) : pluginCase(cell));
});

test('internal types have no REST routes for anyone', async () => {
  for (const path of ['/api/audit-entries', '/api/outbox-messages']) {
    for (const member of [null, members.coordinator]) {
      expect((await app.http().get(path).set(auth(member))).status).toBe(404);
    }
  }
});
