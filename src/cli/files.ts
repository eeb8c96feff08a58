// Reading files for the CLI, with errors that say which file and what is wrong in plain words.
import { readFile } from 'fs/promises';
import { resolve } from 'path';
import { CliError } from './errors';

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
};

/** Read a file's bytes; a failure becomes a CliError naming the file and the reason. */
export async function readBytes(file: string, cwd: string): Promise<Uint8Array> {
  try {
    const buf = await readFile(resolve(cwd, file));
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new CliError(`${file}: cannot read the file (${REASONS[code] ?? code ?? 'unknown error'}).`);
  }
}

export async function readText(file: string, cwd: string): Promise<string> {
  return new TextDecoder('utf-8').decode(await readBytes(file, cwd));
}
