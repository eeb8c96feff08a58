// council-mail policy validate FILE
import { isPolicyError, parsePolicyText } from '../../policy/config';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { readText } from '../files';

export const policyValidateCommand: Command = {
  name: 'policy validate',
  summary: 'Check a policy file and name every problem by its key.',
  usage: 'policy validate FILE',
  help: 'Prints OK and a summary, or each problem with its key path (e.g. levels.tone/abusive). Exit 2 when invalid.',
  async run(argv, io) {
    const args = parseArgs(argv, {});
    if (args.positionals.length !== 1) throw new UsageError('Give exactly one policy file to validate.');
    const file = args.positionals[0];
    const text = await readText(file, io.cwd);
    try {
      const c = parsePolicyText(text, file);
      const set = Object.keys(c.levels).length;
      io.out(
        `OK: ${file} is a valid policy for ${c.organisation.name} (version ${c.version}): ` +
          `${c.organisation.domains.length} domain${c.organisation.domains.length === 1 ? '' : 's'}, ` +
          `${c.roles.councillors.length} councillors, ${c.roles.officers.length} officers, mode ${c.mode}, ` +
          `${set} rule level${set === 1 ? '' : 's'} set, ${c.retention.labels.length} retention labels.`,
      );
      return EXIT.ok;
    } catch (e) {
      if (!isPolicyError(e)) throw e;
      io.err(`council-mail: ${e.message}`);
      return EXIT.badInput;
    }
  },
};
