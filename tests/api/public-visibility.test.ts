/** The public sees only published / approved / public content, and never a private field. */
import { auth, createMember, type Member } from '../harness/fixtures';
import { FACTORIES } from '../harness/documents';
import { startApp, type TestApp } from '../harness/strapi';

let app: TestApp;
let author: Member;
const visible: Record<string, string> = {};
const hidden: Record<string, string> = {};

const PUBLIC_LISTS = ['services', 'topics', 'plan-items', 'materials', 'consultations', 'posts'];
const SUBJECT: Record<string, string> = {
  'plan-items': 'plan-item',
  materials: 'material',
  consultations: 'consultation',
  posts: 'post',
};

beforeAll(async () => {
  app = await startApp();
  author = await createMember(app.strapi, 'methodologist', { fullName: 'Смирнова Анна Петровна' });
  for (const [plural, subject] of Object.entries(SUBJECT)) {
    visible[plural] = await FACTORIES[subject](app.strapi, { owner: author, visible: true });
    hidden[plural] = await FACTORIES[subject](app.strapi, { owner: author, visible: false });
  }
  // an unapproved material that is nevertheless published in the database must stay hidden
  await app.strapi.db.query('api::material.material').updateMany({ where: { documentId: visible.materials }, data: { moderation: 'submitted' } });
  visible.materials = await FACTORIES.material(app.strapi, { owner: author, visible: true });
  await FACTORIES.invitation(app.strapi, { owner: author, visible: true });
});
afterAll(async () => {
  await app?.stop();
});

test.each(Object.keys(SUBJECT))('%s: the public list holds only what is public, drafts included', async (plural) => {
  for (const query of ['', '?status=draft', '?status=published', '?filters[id][$notNull]=true']) {
    const res = await app.http().get(`/api/${plural}${query}`);
    expect(res.status).toBe(200);
    const ids = res.body.data.map((d: any) => d.documentId);
    expect(ids).not.toContain(hidden[plural]);
    if (query !== '?status=draft') expect(ids).toContain(visible[plural]);
  }
  expect((await app.http().get(`/api/${plural}/${hidden[plural]}?status=draft`)).status).toBe(404);
});

test('a hidden material document cannot be reached by the public even by a crafted filter', async () => {
  const res = await app.http().get('/api/materials?filters[moderation][$eq]=submitted');
  expect(res.body.data).toEqual([]);
});

test('the public cannot read problems, surveys, responses, invitations, users', async () => {
  for (const path of ['/api/problems', '/api/surveys', '/api/survey-responses', '/api/invitations', '/api/users', '/api/users/me']) {
    expect([401, 403]).toContain((await app.http().get(path)).status);
  }
});

test('no private field in any public response, however deeply populated', async () => {
  const secrets = [author.email, '+7 900 000-00-00', 'secret-hash', 'password', 'resetPasswordToken', 'notifyByEmail', 'tokenHash'];
  for (const plural of PUBLIC_LISTS) {
    const res = await app.http().get(`/api/${plural}?populate=*`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
});

test('members see each other by name and position, never by e-mail or phone', async () => {
  const other = await createMember(app.strapi, 'methodologist', { serviceSlug: 'buy' });
  const list = await app.http().get('/api/users').set(auth(other));
  expect(list.status).toBe(200);
  const text = JSON.stringify(list.body);
  expect(text).toContain('Смирнова Анна Петровна');
  expect(text).not.toContain(author.email);
  expect(text).not.toContain('+7 900 000-00-00');
  const materials = await app.http().get('/api/materials?populate=*').set(auth(other));
  expect(JSON.stringify(materials.body)).not.toContain(author.email);
  const me = await app.http().get('/api/users/me').set(auth(author));
  expect(me.body.email).toBe(author.email);
});
