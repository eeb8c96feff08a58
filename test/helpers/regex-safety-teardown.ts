// The hardening lane's global teardown: removes the split file its global setup wrote (regex-safety-setup.ts).
import fs from 'fs';
import path from 'path';
import { SPLIT_FILE_ENV } from './regex-safety';

export default function teardown(): void {
  const file = process.env[SPLIT_FILE_ENV];
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
  delete process.env[SPLIT_FILE_ENV];
}
