// council-mail: the command-line entry point (bin/council-mail.js calls main). Dispatches to the
// subcommand table in commands/index.ts; prints errors as messages, never stack traces or content.
// First: a short process runs the rules' phrase sets on smaller alternations at first (early-phrases.ts).
import './early-phrases';
import type { Command } from './command';
import { COMMANDS } from './commands';
import { CliError, EXIT, UsageError } from './errors';
import { processIo, type Io } from './io';

function words(c: Command): string[] {
  return c.name.split(' ');
}

/** The command whose name is the longest prefix of argv. */
export function findCommand(argv: readonly string[], commands: readonly Command[] = COMMANDS): Command | undefined {
  let best: Command | undefined;
  for (const c of commands) {
    const w = words(c);
    if (w.every((word, i) => argv[i] === word) && (!best || w.length > words(best).length)) best = c;
  }
  return best;
}

export function helpText(commands: readonly Command[] = COMMANDS, group?: string): string {
  const shown = group ? commands.filter((c) => words(c)[0] === group) : commands;
  const width = Math.max(...shown.map((c) => c.usage.length));
  return [
    'council-mail: checks email against the council\'s Internet and Email Policy.',
    '',
    'Usage:',
    ...shown.map((c) => `  council-mail ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Run "council-mail COMMAND --help" for a command\'s options.',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return [`Usage: council-mail ${c.usage}`, '', c.summary, '', c.help].join('\n');
}

export async function main(argv: string[], io: Io = processIo(), commands: readonly Command[] = COMMANDS): Promise<number> {
  if (argv.length === 0) {
    io.err(helpText(commands));
    return EXIT.badInput;
  }
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(helpText(commands));
    return EXIT.ok;
  }
  const command = findCommand(argv, commands);
  if (!command) {
    const group = commands.some((c) => words(c)[0] === argv[0] && words(c).length > 1) ? argv[0] : undefined;
    if (group) {
      const asked = argv[1] === '--help' || argv[1] === '-h';
      if (asked) {
        io.out(helpText(commands, group));
        return EXIT.ok;
      }
      io.err(argv[1] === undefined ? `council-mail: "${group}" needs a command.` : `council-mail: unknown command "${group} ${argv[1]}".`);
      io.err(helpText(commands, group));
      return EXIT.badInput;
    }
    io.err(`council-mail: unknown command "${argv[0]}".\n\n${helpText(commands)}`);
    return EXIT.badInput;
  }
  const rest = argv.slice(words(command).length);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`council-mail ${command.name}: ${e.message}\nUsage: council-mail ${command.usage}`);
      return e.exitCode;
    }
    if (e instanceof CliError) {
      io.err(`council-mail: ${e.message}`);
      return e.exitCode;
    }
    // Our fault, not the input's. Only the error's name: its message could quote an email.
    io.err(`council-mail ${command.name}: internal error (${e instanceof Error ? e.name : typeof e}). Please report it.`);
    return EXIT.badInput;
  }
}
