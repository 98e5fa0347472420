// Runs before every test file: the secrets and settings a test instance of Strapi needs.
process.env.NODE_ENV = 'test';
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'error';
process.env.REQUEST_LOG = 'false';
process.env.APP_KEYS = 'test-key-1,test-key-2';
process.env.API_TOKEN_SALT = 'test-api-token-salt';
process.env.ADMIN_JWT_SECRET = 'test-admin-jwt-secret';
process.env.TRANSFER_TOKEN_SALT = 'test-transfer-token-salt';
process.env.ENCRYPTION_KEY = 'test-encryption-key';
process.env.JWT_SECRET = 'test-jwt-secret';
process.env.DMO_DEMO = 'false';
delete process.env.ADMIN_EMAIL;
delete process.env.ADMIN_PASSWORD;
