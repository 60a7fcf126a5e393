// One jest for the whole workspace, split by what a test needs:
//   unit         pure code, no servers (*.spec.ts next to the code)
//   integration  real Temporal / Kafka / MongoDB-wire servers (*.int-spec.ts)
//   e2e          whole processes talking to each other (test/e2e/**/*.e2e-spec.ts)
// infra/local/run-tests.sh starts the servers before the last two.
const { pathsToModuleNameMapper } = require('./infra/jest/paths-to-module-name-mapper');
const { compilerOptions } = require('./tsconfig.base.json');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swcTransform },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, __dirname),
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.dondoc/'],
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,workflows,infra,test}/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      setupFiles: ['<rootDir>/test/support/jest-temporal-logs.setup.ts'],
      testMatch: ['<rootDir>/{apps,libs,workflows,test}/**/*.int-spec.ts'],
      slowTestThreshold: 60,
    },
    {
      ...shared,
      displayName: 'e2e',
      setupFiles: ['<rootDir>/test/support/jest-temporal-logs.setup.ts'],
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      slowTestThreshold: 120,
    },
  ],
};
