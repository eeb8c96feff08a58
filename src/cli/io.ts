// Where the CLI writes. Commands take an Io so tests can run them in-process and capture output.
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Current directory for resolving relative paths. */
  cwd: string;
}

let pipeGuarded = false;

export function processIo(): Io {
  if (!pipeGuarded) {
    pipeGuarded = true;
    // `council-mail … | head` closes the pipe early: stop quietly rather than crash with a stack trace.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      else throw e;
    });
  }
  return {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    cwd: process.cwd(),
  };
}
