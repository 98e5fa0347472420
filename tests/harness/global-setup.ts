import { compileStrapi } from '@strapi/strapi';

// Compile the TypeScript app to dist/ once; each test file then loads its own instance from it.
export default async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileStrapi();
};
