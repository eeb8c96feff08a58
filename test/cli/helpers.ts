// Shared helpers for CLI tests: run the real bin as a child process, and write temporary files.
import { execFile } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/council-mail.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(args: string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024, timeout: 120000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'council-mail-test-'));
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** A message with the same resident in To and Cc: recipients/duplicate (the pattern rule) finds it. */
export const DUPLICATE_EML = [
  'From: Town Clerk <clerk@waretowncouncil.gov.uk>',
  'To: "Jo Bloggs" <jo.bloggs@example.co.uk>',
  'Cc: jo.bloggs@example.co.uk',
  'Subject: Allotment gate key',
  'Date: Mon, 16 Nov 2026 09:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Dear Jo, the new gate key is ready for collection from Priory Lodge.',
  '',
].join('\r\n');

export const MINIMAL_POLICY = {
  organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'] },
  roles: { councillors: ['cllr.ada.lovelace@waretowncouncil.gov.uk'], officers: ['clerk@waretowncouncil.gov.uk'] },
};
