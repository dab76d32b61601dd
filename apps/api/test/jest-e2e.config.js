// API end-to-end tests: the real application over HTTP against a real PostgreSQL —
// a throw-away embedded server, or the server named by DATABASE_URL. The global setup
// migrates and demo-seeds a template database once per run; every test file then runs
// on a copy of its own (support/database-environment.ts), dropped after the file.
module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  // CI runs the security suites once, on the embedded server; its second pass against
  // Debian's PostgreSQL checks the rest of the suite on another server version.
  testPathIgnorePatterns: process.env.KEHU_E2E_SKIP_SECURITY ? ['/security/'] : [],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testEnvironment: '<rootDir>/support/database-environment.ts',
  testSequencer: '<rootDir>/support/slow-first-sequencer.js',
  testTimeout: 30_000,
  slowTestThreshold: 10,
};
