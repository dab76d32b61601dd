// Browser tests: the production build served by the real API, driven through Debian Chromium.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/src/support/close-browser-after-file.ts'],
  testTimeout: 90_000,
  // One API server per worker (global-setup.ts); `npm test` sets the worker count.
  maxWorkers: 1,
};
