/** Ownership is enforced on the server; owner fields come from the logged-in user, never the body. */
import { auth, createMember, serviceBySlug, type Member } from '../harness/fixtures';
import { startApp, type TestApp } from '../harness/strapi';

let app: TestApp;
let a: Member; // methodologist of Кострома
let b: Member; // methodologist of Шарья
let head: Member; // head of Кострома

beforeAll(async () => {
  app = await startApp();
  a = await createMember(app.strapi, 'methodologist', { serviceSlug: 'kostroma' });
  b = await createMember(app.strapi, 'methodologist', { serviceSlug: 'sharya' });
  head = await createMember(app.strapi, 'service-head', { serviceSlug: 'kostroma' });
  const kostroma = await serviceBySlug(app.strapi, 'kostroma');
  await app.strapi.db.query('api::service.service').update({ where: { id: kostroma.id }, data: { head: head.id } });
});
afterAll(async () => {
  await app?.stop();
});

const create = async (member: Member, plural: string, data: Record<string, unknown>) => {
  const res = await app.http().post(`/api/${plural}`).set(auth(member)).send({ data });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
};

describe.each([
  ['problems', { title: 'Нет наставников', description: 'Молодые педагоги без сопровождения' }, { description: 'чужая правка' }],
  ['materials', { title: 'Программа наставничества', kind: 'program' }, { summary: 'чужая правка' }],
  ['posts', { title: 'Как организовать наставничество?', body: 'Поделитесь опытом' }, { body: 'чужая правка' }],
])('%s of member A', (plural, data, change) => {
  test('member B can neither update nor delete it (403), and it stays unchanged', async () => {
    const id = await create(a, plural, data);
    const update = await app.http().put(`/api/${plural}/${id}`).set(auth(b)).send({ data: change });
    expect(update.status).toBe(403);
    expect(update.body.error.message).toMatch(/свои/);
    expect((await app.http().delete(`/api/${plural}/${id}`).set(auth(b))).status).toBe(403);
    const stored = await app.http().get(`/api/${plural}/${id}?status=draft`).set(auth(a));
    expect(stored.status).toBe(200);
    expect(JSON.stringify(stored.body.data)).not.toContain('чужая правка');
  });

  test('member A can update and delete it', async () => {
    const id = await create(a, plural, data);
    expect((await app.http().put(`/api/${plural}/${id}`).set(auth(a)).send({ data: change })).status).toBe(200);
    expect((await app.http().delete(`/api/${plural}/${id}`).set(auth(a))).status).toBe(204);
  });
});

test('a spoofed service and author in the body are ignored', async () => {
  const sharya = await serviceBySlug(app.strapi, 'sharya');
  const res = await app
    .http()
    .post('/api/problems?populate[author][fields][0]=username&populate[service][fields][0]=slug')
    .set(auth(a))
    .send({ data: { title: 'Спуфинг', description: 'Подмена автора', author: b.id, service: sharya.documentId, weight: 40, status: 'resolved' } });
  expect(res.status).toBe(201);
  expect(res.body.data.author.username).toBe(a.username);
  expect(res.body.data.service.slug).toBe('kostroma');
  expect(res.body.data.weight).toBe(1);
  expect(res.body.data.status).toBe('new');

  const post = await app
    .http()
    .post('/api/posts?populate=author')
    .set(auth(a))
    .send({ data: { title: 'Тема', body: 'Текст', author: b.id, pinned: true, replyCount: 10 } });
  expect(post.status).toBe(201);
  expect(post.body.data.author.id).toBe(a.id);
  expect(post.body.data.pinned).toBe(false);
  expect(post.body.data.replyCount).toBe(0);

  const material = await app
    .http()
    .post('/api/materials?populate=submittedBy')
    .set(auth(a))
    .send({ data: { title: 'Кейс', kind: 'case', submittedBy: b.id, moderation: 'approved', views: 1000 } });
  expect(material.status).toBe(201);
  expect(material.body.data.submittedBy.id).toBe(a.id);
  expect(material.body.data.moderation).toBe('submitted');
  expect(material.body.data.views).toBe(0);
  expect(material.body.data.publishedAt).toBeNull();
});

test('an owner cannot reassign their document to someone else on update', async () => {
  const id = await create(a, 'problems', { title: 'Своё', description: 'Описание' });
  const res = await app.http().put(`/api/problems/${id}?populate=author`).set(auth(a)).send({ data: { author: b.id } });
  expect(res.status).toBe(200);
  expect(res.body.data.author.id).toBe(a.id);
});

test('an approved material is locked for its owner but not for the coordinator', async () => {
  const coordinator = await createMember(app.strapi, 'coordinator');
  const id = await create(a, 'materials', { title: 'Методичка', kind: 'recommendations' });
  const approve = await app.http().put(`/api/materials/${id}`).set(auth(coordinator)).send({ data: { moderation: 'approved' } });
  expect(approve.status).toBe(200);
  const edit = await app.http().put(`/api/materials/${id}`).set(auth(a)).send({ data: { summary: 'после одобрения' } });
  expect(edit.status).toBe(403);
  expect(edit.body.error.message).toMatch(/Одобренный/);
  expect((await app.http().put(`/api/materials/${id}`).set(auth(coordinator)).send({ data: { summary: 'правка координатора' } })).status).toBe(200);
});

describe('a service head', () => {
  test('edits the profile of their own service but not its managed fields', async () => {
    const kostroma = await serviceBySlug(app.strapi, 'kostroma');
    const res = await app
      .http()
      .put(`/api/services/${kostroma.documentId}`)
      .set(auth(head))
      .send({ data: { description: 'Информационно-методический центр', phone: '+7 4942 00-00-00', name: 'Переименовано', status: 'inactive' } });
    expect(res.status).toBe(200);
    expect(res.body.data.description).toBe('Информационно-методический центр');
    expect(res.body.data.name).toBe(kostroma.name);
    expect(res.body.data.status).toBe('invited');
  });

  test('cannot edit another service (403)', async () => {
    const sharya = await serviceBySlug(app.strapi, 'sharya');
    const res = await app.http().put(`/api/services/${sharya.documentId}`).set(auth(head)).send({ data: { description: 'чужая' } });
    expect(res.status).toBe(403);
  });
});
