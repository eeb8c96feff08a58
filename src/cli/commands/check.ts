// council-mail check [--policy FILE] [--json] [--surface compose|read] FILE.eml…
// Each file is read, parsed and checked on its own: one bad file is reported and the others still
// get their results; the exit code is 2 at the end if any file could not be checked.
import { isEmlError, parseEml } from '../../mail/eml';
import { check, type CheckResult } from '../../policy/engine';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { CliError, EXIT, UsageError } from '../errors';
import { readBytes } from '../files';
import { findingLines, verdictLine } from '../format';
import { loadPolicy } from '../policy-file';

export interface FileResult extends CheckResult {
  file: string;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check .eml files against the policy, like a linter.',
  usage: 'check [--policy FILE] [--json] [--surface compose|read] FILE.eml…',
  help: [
    'Checks each message as if it were being sent (or, with --surface read, as received mail).',
    '',
    'Options:',
    '  --policy FILE     the policy file (default: policy/ware-town-council.json)',
    '  --json            print an array of { file, verdict, findings, retention }',
    '  --surface S       compose (default) or read',
    '',
    'Exit codes: 0 nothing would be stopped; 1 something would be stopped (block);',
    '            2 bad input (unreadable file, invalid policy, not an email).',
  ].join('\n'),
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json'], options: ['policy', 'surface'] });
    const surface = args.options.get('surface') ?? 'compose';
    if (surface !== 'compose' && surface !== 'read') throw new UsageError(`--surface must be "compose" or "read", not "${surface}".`);
    if (!args.positionals.length) throw new UsageError('Give at least one .eml file to check.');
    const config = await loadPolicy(args.options.get('policy'), io.cwd);

    const results: FileResult[] = [];
    let failed = false;
    for (const file of args.positionals) {
      try {
        const bytes = await readBytes(file, io.cwd);
        let draft;
        try {
          draft = await parseEml(bytes);
        } catch (e) {
          if (isEmlError(e)) throw new CliError(`${file}: ${e.message}`);
          throw e;
        }
        const result = check(draft, config, { surface });
        results.push({ file, ...result });
        if (!args.flags.has('json')) {
          for (const line of findingLines(file, result)) io.out(line);
          io.out(verdictLine(file, result));
        }
      } catch (e) {
        failed = true;
        // Anything else is our fault, not the file's; its message could quote the email, so only its name is shown.
        io.err(`council-mail: ${e instanceof CliError ? e.message : `${file}: could not be checked (internal error: ${e instanceof Error ? e.name : typeof e}).`}`);
      }
    }
    if (args.flags.has('json')) {
      io.out(JSON.stringify(results.map((r) => ({ file: r.file, verdict: r.verdict, findings: r.findings, retention: r.retention })), null, 2));
    }
    if (failed) return EXIT.badInput;
    return results.some((r) => r.verdict === 'block') ? EXIT.blocked : EXIT.ok;
  },
};
