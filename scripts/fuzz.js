#!/usr/bin/env node
// `npm run fuzz`: the property and fuzz tests of `npm test` with far more cases (FUZZ_RUNS, default
// 3000) and a seed of your choice (FUZZ_SEED), e.g. FUZZ_SEED=$RANDOM npm run fuzz.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS || '3000' };
console.log(`fuzz: ${env.FUZZ_RUNS} cases per property, seed ${env.FUZZ_SEED || '20261128 (fixed)'}`);
const r = spawnSync(path.join(root, 'node_modules', '.bin', 'jest'), ['test/hardening/fuzz.test.ts', '--testTimeout=3600000'], { cwd: root, stdio: 'inherit', env });
process.exit(r.status === null ? 1 : r.status);
