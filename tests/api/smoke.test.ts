import { startApp, type TestApp } from '../harness/strapi';
import { auth, createMember } from '../harness/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

test('smoke', async () => {
  const res = await app.http().get('/api/services?pagination[pageSize]=100');
  expect(res.status).toBe(200);
  expect(res.body.data).toHaveLength(30);
  const m = await createMember(app.strapi, 'methodologist');
  const created = await app.http().post('/api/problems').set(auth(m)).send({ data: { title: 'Т', description: 'Д', weight: 99, author: 1 } });
  console.log(created.status, JSON.stringify(created.body));
  const mat = await app.http().post('/api/materials').set(auth(m)).send({ data: { title: 'M', kind: 'case', moderation: 'approved' } });
  console.log(mat.status, JSON.stringify(mat.body));
  const pub = await app.http().get('/api/materials');
  console.log(pub.status, JSON.stringify(pub.body));
  const mine = await app.http().get('/api/materials?status=draft&populate=submittedBy').set(auth(m));
  console.log(mine.status, JSON.stringify(mine.body));
  const me = await app.http().get('/api/users/me').set(auth(m));
  console.log(me.status, JSON.stringify(me.body));
});
