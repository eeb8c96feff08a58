// What test/cli/memory-guard.test.ts and memory-guard-fuzz.test.ts share (two files, so that jest's two
// workers run the large inputs and the fuzz side by side): run `council-mail check` in a child process
// with a 1 GB heap on a generated file, and expect it to finish or stop with a clear error.
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from '../helpers/draft';

const BIN = path.join(ROOT, 'bin', 'council-mail.js');
let dir = '';

/** A temporary folder for the generated files, made before the file's tests and removed after. */
export function tempDirAroundTests(): void {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cep-memory-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
}

export const HEAD = 'From: clerk@waretowncouncil.gov.uk\r\nTo: jo@example.co.uk\r\nSubject: Bins\r\nMessage-ID: <m@example.invalid>\r\nMIME-Version: 1.0\r\n';

function run(file: string): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=1024', BIN, 'check', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

export async function expectHandled(name: string, content: string): Promise<{ code: number | null; stderr: string }> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  const r = await run(file);
  fs.rmSync(file, { force: true });
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/heap out of memory|FATAL ERROR|internal error/i);
  expect([0, 1, 2]).toContain(r.code);
  if (r.code === 2) expect(r.stderr).toMatch(/^council-mail: .+: The (?:message|file) /);
  return r;
}

export const TIMEOUT = 600000;

