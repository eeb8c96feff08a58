// Errors a command raises to end with a message and an exit code rather than a stack trace.

export const EXIT = {
  /** Nothing is at block level. */
  ok: 0,
  /** Something is at block level. */
  blocked: 1,
  /** Bad input: unreadable file, invalid policy, unparseable message, wrong arguments. */
  badInput: 2,
} as const;

/** Bad input that ends the command: the message says what is wrong and what to do. */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(message);
  }
}

/** Wrong arguments: printed with the command's usage. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
}
