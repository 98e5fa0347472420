/** The demo content loads through the same domain rules as everything else, once. */
import { startApp, type TestApp } from '../harness/strapi';

let app: TestApp;
let demo: typeof import('../../src/seed/demo');

beforeAll(async () => {
  app = await startApp();
  demo = require('../../dist/src/seed/demo');
});
afterAll(async () => {
  await app?.stop();
});

test('seeds accounts for every role and content for every part of the association, consistently', async () => {
  const steps: number[] = [];
  const summary = await demo.seedDemo(app.strapi, (done) => steps.push(done));
  expect(steps.length).toBeGreaterThan(20);
  expect(new Set(summary.logins.map((l) => l.role))).toEqual(
    new Set(['Координатор', 'Специалист института', 'Руководитель службы', 'Методист']),
  );

  const login = await app.http().post('/api/auth/local').send({ identifier: summary.logins[0].username, password: demo.DEMO_PASSWORD });
  expect(login.status).toBe(200);

  const q = (uid: string) => app.strapi.db.query(uid as any);
  for (const uid of ['api::survey-response.survey-response', 'api::problem.problem', 'api::consultation.consultation', 'api::post.post']) {
    expect(await q(uid).count()).toBeGreaterThan(3);
  }

  // weights are what the endorsements say
  const problems = await q('api::problem.problem').findMany({ populate: { endorsements: true, service: true } });
  for (const p of problems) {
    const services = new Set([p.service?.id, ...p.endorsements.map((s: any) => s.id)].filter(Boolean));
    expect(p.weight).toBe(services.size);
  }
  expect(problems.some((p: any) => p.weight > 2)).toBe(true);

  // the public sees the published plan, approved materials with files, FAQ and announcements only
  const plan = await app.http().get('/api/plan-items');
  expect(plan.body.data.length).toBeGreaterThan(5);
  const materials = await app.http().get('/api/materials?populate=files');
  expect(materials.body.data.length).toBeGreaterThan(3);
  expect(materials.body.data.every((m: any) => m.moderation === 'approved' && m.files.length > 0)).toBe(true);
  const pending = await q('api::material.material').count({ where: { moderation: 'submitted' } });
  expect(pending).toBeGreaterThan(0);
  const faq = await app.http().get('/api/consultations');
  expect(faq.body.data.length).toBeGreaterThan(0);
  expect(faq.body.data.every((c: any) => c.isPublic)).toBe(true);
  const posts = await app.http().get('/api/posts');
  expect(posts.body.data.every((p: any) => p.kind === 'announcement')).toBe(true);

  // threads count their replies
  const threads = await q('api::post.post').findMany({ where: { thread: { id: { $null: true } }, kind: 'discussion' }, populate: { replies: true } });
  for (const t of threads) expect(t.replyCount).toBe(t.replies.filter((r: any) => !r.hidden).length);
});

test('a second run changes nothing', async () => {
  const before = await app.strapi.db.query('api::problem.problem').count();
  const users = await app.strapi.db.query('plugin::users-permissions.user').count();
  expect(await demo.hasDemoContent(app.strapi)).toBe(true);
  await demo.seedDemo(app.strapi);
  expect(await app.strapi.db.query('api::problem.problem').count()).toBe(before);
  expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(users);
});
