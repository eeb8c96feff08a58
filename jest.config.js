/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.[tj]sx?$': 'babel-jest', '^.+\\.mjs$': 'babel-jest' },
  // ESM-only packages are transpiled for jest.
  transformIgnorePatterns: ['/node_modules/(?!(postal-mime)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  testTimeout: 30000,
  // CI machines have 2 cores; jest's default would use one worker.
  maxWorkers: 2,
};
