/** Jest: unit tests of src/lib and API tests against a real Strapi loaded per test file. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  setupFiles: ['<rootDir>/tests/harness/env.ts'],
  globalSetup: '<rootDir>/tests/harness/global-setup.ts',
  testTimeout: 120000,
  maxWorkers: 1,
};
