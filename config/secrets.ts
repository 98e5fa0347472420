import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/**
 * A secret the app cannot run without. Outside production `npm run develop` creates `.env`
 * with random values first (scripts/ensure-env.js); in production a missing one stops the start
 * with a message naming the variable instead of running with a guessable default.
 */
export const requireSecret = (env: Env, name: string): string => {
  const value = env(name);
  if (!value) {
    throw new Error(
      `Не задана переменная окружения ${name} (missing environment variable ${name}). ` +
        'Задайте её в окружении или в .env; см. README, раздел «Конфигурация».',
    );
  }
  return value;
};

export const requireSecretList = (env: Env, name: string): string[] =>
  requireSecret(env, name)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
