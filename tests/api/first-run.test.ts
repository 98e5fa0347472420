/** First run: the first admin from the environment; production refuses to start without its secrets. */
import path from 'path';
import { spawnSync } from 'child_process';
import { startApp, type TestApp } from '../harness/strapi';

describe('ADMIN_EMAIL / ADMIN_PASSWORD', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp({ ADMIN_EMAIL: 'coordinator@example.ru', ADMIN_PASSWORD: 'Admin-pass-2026' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('create the first admin, a super admin with the panel in Russian, who can log in', async () => {
    const admins = await app.strapi.db.query('admin::user').findMany({ populate: ['roles'] });
    expect(admins).toHaveLength(1);
    expect(admins[0]).toMatchObject({ email: 'coordinator@example.ru', preferedLanguage: 'ru', isActive: true });
    expect(admins[0].roles.map((r: any) => r.code)).toContain('strapi-super-admin');
    const login = await app.http().post('/admin/login').send({ email: 'coordinator@example.ru', password: 'Admin-pass-2026' });
    expect(login.status).toBe(200);
  });
});

test('NODE_ENV=production with a missing secret stops at start, naming the variable', () => {
  const root = path.resolve(__dirname, '..', '..');
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', DATABASE_FILENAME: '/tmp/dmo-never-created.db' };
  env.JWT_SECRET = ''; // empty, not unset: a .env file in the checkout must not fill it in
  const script = `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(root)}, distDir: ${JSON.stringify(path.join(root, 'dist'))} }).load().then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: root, env, encoding: 'utf8', timeout: 60000 });
  expect(run.status).not.toBe(0);
  expect(run.stderr + run.stdout).toContain('JWT_SECRET');
});
