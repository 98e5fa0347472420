/** Bootstrap: reference data, roles and permissions from the table — idempotent on every start. */
import municipalities from '../../data/municipalities.json';
import { grantedActions, ROLES } from '../../src/lib/access/matrix';
import { syncRolesAndPermissions } from '../../src/bootstrap/roles';
import { ensureReferenceData, STARTER_TOPICS } from '../../src/bootstrap/reference-data';
import { startApp, type TestApp } from '../harness/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const permissionsOf = async (type: string) => {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  const rows = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } });
  return rows.map((p: { action: string }) => p.action).sort();
};

test('the 30 services of the region and the starter topics are there', async () => {
  const res = await app.http().get('/api/services?pagination[pageSize]=100&sort=slug');
  expect(res.status).toBe(200);
  expect(res.body.meta.pagination.total).toBe(30);
  const expected = municipalities.municipalities.map((m) => m.slug).sort();
  expect(res.body.data.map((s: any) => s.slug)).toEqual(expected);
  const kostroma = res.body.data.find((s: any) => s.slug === 'kostroma');
  expect(kostroma).toMatchObject({ municipality: 'город Кострома', municipalityKind: 'urban-okrug', status: 'invited' });
  const topics = await app.http().get('/api/topics?sort=order');
  expect(topics.body.data.map((t: any) => t.slug)).toEqual(STARTER_TOPICS.map((t) => t.slug));
});

test('each role has exactly the permissions the table grants', async () => {
  for (const role of ROLES) expect(await permissionsOf(role)).toEqual(grantedActions(role).sort());
  expect(await permissionsOf('authenticated')).toEqual([]);
});

test('running bootstrap again changes nothing and removes permissions added by hand', async () => {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'api::problem.problem.find', role: role.id } });
  await app.strapi.db.query('api::service.service').update({ where: { slug: 'buy' }, data: { description: 'Своё описание' } });

  await syncRolesAndPermissions(app.strapi);
  await ensureReferenceData(app.strapi);
  await syncRolesAndPermissions(app.strapi);
  await ensureReferenceData(app.strapi);

  expect(await app.strapi.db.query('api::service.service').count()).toBe(30);
  expect(await app.strapi.db.query('api::topic.topic').count()).toBe(STARTER_TOPICS.length);
  expect(await app.strapi.db.query('plugin::users-permissions.role').count()).toBe(ROLES.length + 1);
  expect(await permissionsOf('public')).toEqual(grantedActions('public').sort());
  const buy = await app.strapi.db.query('api::service.service').findOne({ where: { slug: 'buy' } });
  expect(buy.description).toBe('Своё описание');
});

test('registration is closed and a new member is a methodologist', async () => {
  const advanced = (await app.strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' }).get()) as any;
  expect(advanced).toMatchObject({ allow_register: false, default_role: 'methodologist' });
});

test('the OpenAPI description of the REST API is served', async () => {
  const res = await app.http().get('/documentation/v1.0.0');
  expect(res.status).toBe(200);
  const spec = app.strapi.plugin('documentation').service('documentation');
  const doc = JSON.parse(require('fs').readFileSync(require('path').join(spec.getFullDocumentationPath(), '1.0.0', 'full_documentation.json'), 'utf8'));
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/problems', '/materials', '/plan-items']));
  expect(Object.keys(doc.paths).join()).not.toMatch(/audit|outbox/);
});

const onSqlite = process.env.DMO_TEST_DB !== 'postgres';
(onSqlite ? test : test.skip)('SQLite runs with the WAL journal and foreign keys on', async () => {
  const pragma = async (name: string) => {
    const rows = await app.strapi.db.connection.raw(`PRAGMA ${name}`);
    return Object.values((rows as Record<string, unknown>[])[0])[0];
  };
  expect(await pragma('journal_mode')).toBe('wal');
  expect(await pragma('foreign_keys')).toBe(1);
});
