import type { Core } from '@strapi/strapi';
import { requireSecret } from './secrets';

type Env = Core.Config.Shared.ConfigParams['env'];

export default ({ env }: { env: Env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: requireSecret(env, 'JWT_SECRET'),
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '7d') },
      // Fields a member may change on their own account through PUT /api/users/:id is not offered;
      // these are the extra fields accepted at registration (registration itself is closed, see bootstrap).
      register: { allowedFields: ['fullName', 'position', 'phone'] },
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 25),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
        ...(env('SMTP_USER') ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASSWORD') } } : {}),
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'ДМО <dmo@localhost>'),
        defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'dmo@localhost')),
      },
    },
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 50 * 1024 * 1024),
    },
  },
  documentation: {
    enabled: env.bool('DOCUMENTATION_ENABLED', true),
    config: {
      openapi: '3.0.0',
      info: {
        version: '1.0.0',
        title: 'ДМО — REST API',
        description:
          'REST API дистанционного методического объединения муниципальных методических служб Костромской области',
      },
      'x-strapi-config': { plugins: ['users-permissions', 'upload'] },
    },
  },
});
