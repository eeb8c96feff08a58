// Four lanes, chosen by folder (or by a `.integration|.browser|.hardening.test.ts` suffix), so a new
// test file lands in a lane without anyone listing it. `npm test` runs them in this order and stops
// at the first that fails (scripts/test.js); each has its own script (`npm run test:unit` …).
//   unit         pure code: no wall clock, no network, no browser, no dist/ (the default lane)
//   integration  the built bundle in a bare runtime, the manifest and build settings, the CLI as a
//                child process, the fake Graph server on 127.0.0.1 with an injected clock, and
//                ESLint's layer rules (test/lint)
//   browser      Chromium through playwright-core against dist/ (one browser per file)
//   hardening    seeded fuzzing, seeded recheck, and cost checks that compare CPU time across sizes
'use strict';

const LANE_DIRS = {
  integration: ['bundle', 'manifest', 'cli', 'graph', 'lint'],
  browser: ['browser'],
  hardening: ['hardening'],
};
/** Files outside those folders that belong to a lane (kept where they are so merges stay easy). */
const LANE_FILES = {
  hardening: ['test/policy/rules/new-rules-performance.test.ts'],
};
const TEST_FILE = '*.test.{ts,tsx}';

const shared = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.[tj]sx?$': 'babel-jest', '^.+\\.mjs$': 'babel-jest' },
  // ESM-only packages are transpiled for jest.
  transformIgnorePatterns: ['/node_modules/(?!(postal-mime)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
};

function lane(name) {
  const dirs = LANE_DIRS[name].map((d) => `<rootDir>/test/${d}/**/${TEST_FILE}`);
  const files = (LANE_FILES[name] ?? []).map((f) => `<rootDir>/${f}`);
  return { ...shared, displayName: name, testMatch: [...dirs, ...files, `<rootDir>/test/**/*.${name}.test.{ts,tsx}`], ...(LANE_HOOKS[name] ?? {}) };
}
/**
 * Work a lane does once per run before its workers start. The hardening lane splits the ReDoS checks
 * over its shard files once (test/helpers/regex-safety-setup.ts) instead of in every shard.
 */
const LANE_HOOKS = {
  hardening: { globalSetup: '<rootDir>/test/helpers/regex-safety-setup.ts', globalTeardown: '<rootDir>/test/helpers/regex-safety-teardown.ts' },
};

const others = Object.values(LANE_DIRS).flat();
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unit = {
  ...shared,
  displayName: 'unit',
  testMatch: [`<rootDir>/test/**/${TEST_FILE}`],
  testPathIgnorePatterns: [
    '/node_modules/',
    `/test/(${others.join('|')})/`,
    ...Object.values(LANE_FILES).flat().map((f) => `/${escapeRe(f)}$`),
    '\\.(integration|browser|hardening)\\.test\\.tsx?$',
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [unit, lane('integration'), lane('browser'), lane('hardening')],
  // A guard against a hang, not a speed check: no test waits on the wall clock (lanes above).
  testTimeout: 30000,
  // CI machines have 2 cores; jest's default would use one worker. Every lane uses two.
  maxWorkers: 2,
};
