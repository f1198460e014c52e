/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: '<rootDir>/tests/support/node-environment.js',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // The explorer's browser ES modules (served as they are) become CommonJS for their unit tests.
    '/explorer/js/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true } }],
    '/desk/js/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true } }],
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/global-setup.ts',
  globalTeardown: '<rootDir>/tests/global-teardown.ts',
  // One database for all integration suites: run them one at a time.
  maxWorkers: 1,
  testTimeout: 120000,
  slowTestThreshold: 30,
};
