// API end-to-end tests: the real application over HTTP against a real PostgreSQL —
// a throw-away embedded server, or the server named by DATABASE_URL — with a fresh
// database for every run.
module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 30_000,
  slowTestThreshold: 10,
};
