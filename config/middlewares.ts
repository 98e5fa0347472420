import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

export default ({ env }: { env: Env }) => [
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: { origin: env.array('CORS_ORIGINS', ['*']) },
  },
  'strapi::poweredBy',
  // The per-request log line costs throughput under load; REQUEST_LOG=false turns it off.
  ...(env.bool('REQUEST_LOG', true) ? ['strapi::logger'] : []),
  'strapi::query',
  'global::malformed-json',
  {
    name: 'strapi::body',
    config: { formLimit: '2mb', jsonLimit: '2mb', textLimit: '2mb', formidable: { maxFileSize: 50 * 1024 * 1024 } },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
