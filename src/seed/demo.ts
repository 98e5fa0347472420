import type { Core } from '@strapi/strapi';

export interface DemoSummary {
  logins: { role: string; username: string; email: string; password: string; fullName: string }[];
}

// Placeholder replaced by the real demo seed.
export const seedDemo = async (_strapi: Core.Strapi, _onProgress?: (done: number, total: number, label: string) => void): Promise<DemoSummary> => ({ logins: [] });

export const printDemoLogins = (_summary: DemoSummary) => {};
