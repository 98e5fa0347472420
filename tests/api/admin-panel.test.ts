/** Portal editors work in the admin panel: the domain rules hold for their edits too. */
import { createMember, serviceBySlug, type Member } from '../harness/fixtures';
import { startApp, type TestApp } from '../harness/strapi';

let app: TestApp;
let token: string;
let author: Member;
const CM = '/content-manager/collection-types';

beforeAll(async () => {
  app = await startApp({ ADMIN_EMAIL: 'editor@example.ru', ADMIN_PASSWORD: 'Editor-pass-2026' });
  const login = await app.http().post('/admin/login').send({ email: 'editor@example.ru', password: 'Editor-pass-2026' });
  token = login.body.data.token;
  author = await createMember(app.strapi, 'methodologist', { serviceSlug: 'kostroma' });
});
afterAll(async () => {
  await app?.stop();
});

const admin = () => ({ Authorization: `Bearer ${token}` });

test('a problem saved in the admin panel gets its weight computed, whatever the form says', async () => {
  const services = await Promise.all(['kostroma', 'buy', 'sharya'].map((s) => serviceBySlug(app.strapi, s)));
  const res = await app
    .http()
    .post(`${CM}/api::problem.problem`)
    .set(admin())
    .send({
      title: 'Из админки',
      description: 'Описание',
      weight: 99,
      service: { connect: [{ id: services[0].id }] },
      endorsements: { connect: services.slice(1).map((s) => ({ id: s.id })) },
    });
  expect(res.status).toBe(201);
  const stored = await app.strapi.db.query('api::problem.problem').findOne({ where: { documentId: res.body.data.documentId } });
  expect(stored.weight).toBe(3);
});

test('an unapproved material cannot be published from the admin panel; an approved one can', async () => {
  const created = await app.strapi.documents('api::material.material').create({
    data: { title: 'На модерации', kind: 'case', submittedBy: author.id } as any,
  });
  const publish = await app.http().post(`${CM}/api::material.material/${created.documentId}/actions/publish`).set(admin()).send({});
  expect(publish.status).toBe(400);
  expect(JSON.stringify(publish.body)).toContain('moderation');
  expect((await app.http().get('/api/materials')).body.data).toHaveLength(0);

  const approve = await app.http().put(`${CM}/api::material.material/${created.documentId}`).set(admin()).send({ moderation: 'approved' });
  expect(approve.status).toBe(200);
  const published = await app.http().post(`${CM}/api::material.material/${created.documentId}/actions/publish`).set(admin()).send({});
  expect(published.status).toBe(200);
  expect((await app.http().get('/api/materials')).body.data.map((m: any) => m.documentId)).toEqual([created.documentId]);
});

test('admin edits are in the audit log under the editor', async () => {
  const entries = await app.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { actorType: 'admin' } });
  expect(entries.length).toBeGreaterThan(0);
  expect(entries[0].actorName).toMatch(/Координатор|editor/);
});
