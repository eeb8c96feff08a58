// What a subcommand is. Commands live in commands/<name>.ts and are listed in commands/index.ts.
import type { Io } from './io';

export interface Command {
  /** The words after `council-mail`, e.g. "check" or "policy validate". */
  name: string;
  /** One line for the command list in --help. */
  summary: string;
  /** Usage after "council-mail", e.g. "check [--policy FILE] [--json] FILE.eml…". */
  usage: string;
  /** Longer help: options and what the exit codes mean. */
  help: string;
  /** Run with the arguments after the command's name; resolves to the exit code. */
  run(args: string[], io: Io): Promise<number>;
}
