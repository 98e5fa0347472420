import type { Core } from '@strapi/strapi';
import { requireSecretList } from './secrets';

type Env = Core.Config.Shared.ConfigParams['env'];

export default ({ env }: { env: Env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: env.bool('PROXY', false),
  app: { keys: requireSecretList(env, 'APP_KEYS') },
});
