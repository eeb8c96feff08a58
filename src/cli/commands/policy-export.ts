// council-mail policy export exchange [--policy FILE] [--mode audit|notify|enforce|policy] [--remove] [--out FILE.ps1]
import fs from 'fs';
import path from 'path';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { CliError, EXIT, UsageError } from '../errors';
import { loadPolicy } from '../policy-file';
import { applyScript, BOM, removeScript } from '../../exchange/powershell';
import { exportRules, NOT_COVERED, type ExportOptions } from '../../exchange/rules';

const MODES = ['audit', 'notify', 'enforce', 'policy'] as const;

export const policyExportCommand: Command = {
  name: 'policy export',
  summary: 'Write the policy as Exchange Online mail flow rules (a PowerShell script), a backstop for mail the add-in never saw.',
  usage: 'policy export exchange [--policy FILE] [--mode audit|notify|enforce|policy] [--remove] [--out FILE.ps1]',
  help: [
    'Writes a PowerShell script for the ExchangeOnlineManagement module that creates or updates the rules named',
    '"Council Email Policy – …" (running it twice changes nothing); --remove writes the script that removes exactly those rules.',
    '--mode sets every rule\'s mode (default audit: rules only record what they would do); "policy" follows the policy',
    'file\'s modes (monitor → Audit, warn → AuditAndNotify, enforce → Enforce). Without --out the script is printed.',
    'Default policy: policy/ware-town-council.json. See docs/ADMIN.md, "Server-side backstop".',
  ].join('\n'),
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['remove'], options: ['policy', 'mode', 'out'] });
    const [target, ...rest] = args.positionals;
    if (target !== 'exchange' || rest.length) throw new UsageError('Say what to export to: "policy export exchange".');
    const mode = args.options.get('mode');
    if (mode !== undefined && !(MODES as readonly string[]).includes(mode)) {
      throw new UsageError(`--mode "${mode}" is not one of ${MODES.join(', ')}.`);
    }
    const config = await loadPolicy(args.options.get('policy'), io.cwd);
    const options: ExportOptions = { mode: mode as ExportOptions['mode'] };
    const rules = exportRules(config, options);
    const info = {
      council: config.organisation.name,
      policyVersion: config.version,
      mode: mode ?? 'audit',
      generatedBy: 'council-mail policy export exchange',
    };
    const script = args.flags.has('remove') ? removeScript(rules, info) : applyScript(rules, info);
    const out = args.options.get('out');
    if (!out) {
      io.out(script.slice(BOM.length).trimEnd());
      return EXIT.ok;
    }
    const file = path.resolve(io.cwd, out);
    try {
      fs.writeFileSync(file, script, 'utf8');
    } catch (e) {
      throw new CliError(`Could not write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
    }
    io.out(`Wrote ${out}: ${rules.length} mail flow rules${args.flags.has('remove') ? ' to remove' : `, mode ${info.mode}`}.`);
    for (const r of rules) io.out(`  ${r.name} (${r.effect}${r.content && config.backstop.stampHeader ? ', skipped for mail the add-in checked' : ''})`);
    if (!args.flags.has('remove')) {
      io.out('Not covered by any mail flow rule (only the add-in checks these):');
      for (const l of NOT_COVERED) io.out(`  - ${l}`);
    }
    return EXIT.ok;
  },
};
