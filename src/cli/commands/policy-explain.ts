// council-mail policy explain [FILE]
import { parseArgs } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { explainPolicy } from '../explain';
import { loadPolicy } from '../policy-file';

export const policyExplainCommand: Command = {
  name: 'policy explain',
  summary: 'Say in plain words what each rule will do under a policy file.',
  usage: 'policy explain [FILE]',
  help: 'Lists every rule with what it does under the file (stops, warns, notes, off), its clause, and why (levels, mode, ruleModes). Default FILE: policy/ware-town-council.json.',
  async run(argv, io) {
    const args = parseArgs(argv, {});
    if (args.positionals.length > 1) throw new UsageError('Give at most one policy file to explain.');
    const config = await loadPolicy(args.positionals[0], io.cwd);
    // Loaded here, not at the top: the pane rules bring a part-of-speech tagger that other commands
    // (check above all) should not pay for at start-up.
    const { TASKPANE_RULES } = await import('../../policy/rules/pane');
    for (const line of explainPolicy(config, TASKPANE_RULES)) io.out(line);
    return EXIT.ok;
  },
};
