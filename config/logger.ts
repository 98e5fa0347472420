import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

// LOG_LEVEL=error keeps test output readable (Strapi logs its migrations at info on a fresh database).
export default ({ env }: { env: Env }) => ({ level: env('LOG_LEVEL', 'http') });
