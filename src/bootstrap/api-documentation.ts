import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * The documentation plugin writes the OpenAPI file on every start except in production, where it
 * only reads one; the file is generated, not kept in git, so produce it once when it is missing.
 */
export const ensureApiDocumentation = async (strapi: Core.Strapi) => {
  if (process.env.NODE_ENV !== 'production') return;
  const docs = strapi.plugin('documentation')?.service('documentation');
  if (!docs) return;
  const file = path.join(docs.getFullDocumentationPath(), docs.getDocumentationVersion(), 'full_documentation.json');
  if (!fs.existsSync(file)) await docs.generateFullDoc();
};
