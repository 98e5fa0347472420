import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import { Client } from 'pg';

/**
 * A fresh, empty database per test file: a temporary SQLite file by default, or a new PostgreSQL
 * database when DMO_TEST_DB=postgres (`npm run test:pg`). `drop()` removes it afterwards.
 */
export interface TestDatabase {
  client: 'sqlite' | 'postgres';
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const PG_URL = process.env.DMO_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const createTestDatabase = async (): Promise<TestDatabase> => {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (process.env.DMO_TEST_DB === 'postgres') {
    const name = `dmo_test_${suffix}`;
    const admin = new Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    return {
      client: 'postgres',
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_POOL_MIN: '0', DATABASE_POOL_MAX: '5' },
      async drop() {
        const c = new Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dmo-test-'));
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
