import type { Core } from '@strapi/strapi';

interface TarnPool {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * The document service emits its entry events after the commit, fire-and-forget, each with a
 * populating query. After many writes dozens of them may still wait for a connection; wait until
 * the pool is quiet so that the app can be destroyed right after (a destroy with queries still
 * waiting aborts them and crashes the process with an unhandled rejection).
 */
export const databaseSettled = async (strapi: Core.Strapi, timeoutMs = 30_000) => {
  const pool = (strapi.db.connection as unknown as { client?: { pool?: TarnPool } }).client?.pool;
  if (!pool) return;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  const deadline = Date.now() + timeoutMs;
  let quietChecks = 0;
  while (quietChecks < 3 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    quietChecks = busy() ? 0 : quietChecks + 1;
  }
};
