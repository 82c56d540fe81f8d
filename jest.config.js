/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node', // component tests opt into jsdom with a @jest-environment docblock
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/test/helpers/jsdom-setup.ts'],
  // No test may fail for being slow: CI is a busy 2-core machine, where a production build alone can take
  // minutes. The limit is only there to end a hang. Tests share builds (test/helpers/built-pane.ts).
  testTimeout: 900_000,
  // Jest's default on two cores is one worker; the main process would sit idle.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  // Type errors are caught once by `tsc --noEmit` in `npm test`; the tests are only transpiled, by SWC.
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
};
