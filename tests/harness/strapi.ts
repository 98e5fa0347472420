import path from 'path';
import request from 'supertest';
import { createStrapi, type Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';
import { databaseSettled } from '../../src/utils/database-settled';

const APP_DIR = path.resolve(__dirname, '..', '..');

export interface TestApp {
  strapi: Core.Strapi;
  db: TestDatabase;
  /** supertest against the mounted HTTP server */
  http: () => ReturnType<typeof request>;
  stop(): Promise<void>;
}

/** Loads a real Strapi (compiled once by global-setup) on a fresh database and mounts its server. */
export const startApp = async (extraEnv: Record<string, string> = {}): Promise<TestApp> => {
  const db = await createTestDatabase();
  Object.assign(process.env, db.env, extraEnv);
  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  await strapi.server.mount();
  return {
    strapi,
    db,
    http: () => request(strapi.server.httpServer),
    async stop() {
      await databaseSettled(strapi);
      await strapi.destroy();
      await db.drop();
      for (const key of Object.keys(extraEnv)) delete process.env[key];
    },
  };
};
