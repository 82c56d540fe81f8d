/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node', // component tests opt into jsdom with a @jest-environment docblock
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/test/helpers/jsdom-setup.ts'],
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  // Type errors are caught once by `tsc --noEmit` in `npm test`; ts-jest then only transpiles.
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true, jsx: 'react-jsx' } }] },
};
