// The hardening lane's global setup (jest.config.js): the ReDoS checks' split of the expressions in
// src/ over the shard files (test/helpers/regex-safety.ts, computeSplit), computed once before the
// workers start and left in a new temporary file that every shard reads (laneSplit), instead of
// being computed again in each of the eight shard files. The file is new on every run and names
// nothing but the expressions and their shards: no verdict is kept, each shard checks its own.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { computeSplit, SPLIT_FILE_ENV } from './regex-safety';

export default function setup(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regex-safety-split-'));
  const file = path.join(dir, 'split.json');
  fs.writeFileSync(file, JSON.stringify(computeSplit()));
  // jest starts its workers after the global setup, and they inherit this process's environment.
  process.env[SPLIT_FILE_ENV] = file;
}
