// `council-mail policy export exchange`: the generated PowerShell parses (tree-sitter-powershell),
// uses only parameters and values Microsoft documents for Exchange Online, creates or updates each
// rule by name (so a second run changes nothing), and its remove script removes exactly those rules.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { policyExportCommand } from '../../src/cli/commands/policy-export';
import { parsePolicyText, type PolicyConfig } from '../../src/policy/config';
import { applyScript, psString, removeScript } from '../../src/exchange/powershell';
import { exportRules, RULE_PREFIX, type ExportOptions } from '../../src/exchange/rules';
import { parseScript, type PsCommand, type PsLiteral } from './powershell-ast';
import params from '../fixtures/exchange/transport-rule-parameters.json';

interface ParamDoc {
  type: string;
  exchangeOnline: boolean;
  onPremisesOnly: boolean;
  values?: string[];
  onPremisesValues?: string[];
  maxLength?: number;
}
const DOCS = params.cmdlets as unknown as Record<string, Record<string, ParamDoc>>;

const ROOT = path.resolve(__dirname, '../..');
const WARE = fs.readFileSync(path.join(ROOT, 'policy/ware-town-council.json'), 'utf8');
const policy = (extra: Record<string, unknown> = {}): PolicyConfig => parsePolicyText(JSON.stringify({ ...JSON.parse(WARE), ...extra }));
const WITH_BACKSTOP = { backstop: { stampHeader: true, clerk: 'clerk@waretowncouncil.gov.uk', councillorExternal: 'hold' } };
const INFO = { council: 'Ware Town Council', policyVersion: 'test', mode: 'audit', generatedBy: 'test' };

/** The rules as the script declares them: name → settings. */
function declaredRules(cmds: PsCommand[]): Map<string, Record<string, PsLiteral>> {
  const out = new Map<string, Record<string, PsLiteral>>();
  for (const c of cmds.filter((x) => x.name === 'Set-CouncilRule')) {
    const p = Object.fromEntries(c.params);
    out.set(String(p.Name), p.Settings as Record<string, PsLiteral>);
  }
  return out;
}

async function script(config: PolicyConfig, options: ExportOptions = {}) {
  const rules = exportRules(config, options);
  return { rules, apply: await parseScript(applyScript(rules, INFO)), remove: await parseScript(removeScript(rules, INFO)) };
}

describe.each([
  ['the shipped policy', () => policy()],
  ['a policy with the header, the Clerk and councillor holds', () => policy(WITH_BACKSTOP)],
])('%s', (_name, make) => {
  it('every parameter and value the script uses is documented for Exchange Online', async () => {
    const { apply, remove } = await script(make());
    const used: [string, string, PsLiteral | undefined][] = [];
    for (const [name, settings] of declaredRules(apply.commands)) {
      // Set-CouncilRule splats the same settings into New-TransportRule and Set-TransportRule.
      for (const [k, v] of Object.entries(settings)) used.push(['New-TransportRule', k, v], ['Set-TransportRule', k, v]);
      used.push(['New-TransportRule', 'Name', name], ['Set-TransportRule', 'Identity', name]);
    }
    for (const c of [...apply.commands, ...remove.commands].filter((x) => /-TransportRule$/.test(x.name))) {
      for (const [k, v] of c.params) if (k !== 'Settings') used.push([c.name, k, v]);
    }
    expect(used.length).toBeGreaterThan(20);
    for (const [cmdlet, param, value] of used) {
      const doc = DOCS[cmdlet]?.[param] ?? (['Confirm', 'ErrorAction'].includes(param) ? { type: 'common', exchangeOnline: true, onPremisesOnly: false } : undefined);
      expect({ cmdlet, param, documented: !!doc }).toEqual({ cmdlet, param, documented: true });
      if (!doc) continue;
      expect({ cmdlet, param, exchangeOnline: doc.exchangeOnline, onPremisesOnly: doc.onPremisesOnly }).toEqual({ cmdlet, param, exchangeOnline: true, onPremisesOnly: false });
      const values = (Array.isArray(value) ? value : [value]).filter((x): x is string | boolean => typeof x === 'string' || typeof x === 'boolean');
      if (doc.values) {
        for (const v of values) {
          const text = typeof v === 'boolean' ? (v ? '$true' : '$false') : v;
          if (['$true', '$false'].includes(text) && !doc.values.some((x) => x.startsWith('$'))) continue;
          expect({ param, value: text, documented: doc.values.includes(text) && !(doc.onPremisesValues ?? []).includes(text) }).toEqual({ param, value: text, documented: true });
        }
      }
      if (doc.maxLength && typeof value === 'string') expect({ param, length: value.length <= doc.maxLength }).toEqual({ param, length: true });
    }
  });

  it('names every rule "Council Email Policy – …" within 64 characters, once each', async () => {
    const { apply } = await script(make());
    const names = [...declaredRules(apply.commands).keys()];
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      expect(n.startsWith(RULE_PREFIX)).toBe(true);
      expect(n.length).toBeLessThanOrEqual(DOCS['New-TransportRule'].Name.maxLength ?? 0);
    }
  });

  it('keeps the patterns and words within Exchange Online\'s 20 KB for all rules', async () => {
    // The 20 KB (20,480 characters) limit on Patterns, Words and CharacterSets across all rules is
    // stated by the Exchange Team blog "Finding Transport Rule Size, Part 2: Regex Limit"; the
    // service description's limits page was not reachable here to confirm it.
    const { apply } = await script(make());
    let total = 0;
    for (const s of declaredRules(apply.commands).values()) {
      for (const [k, v] of Object.entries(s)) if (/(Patterns|Words)$/.test(k)) total += (Array.isArray(v) ? v : [v]).join('').length;
    }
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(20480 / 4); // leaves three quarters of the tenant's budget to others
  });

  it('creates a rule only when no rule of that name exists, and otherwise updates it', async () => {
    const { apply } = await script(make());
    const fn = apply.commands.filter((c) => c.name === 'New-TransportRule' || c.name === 'Set-TransportRule');
    // Inside Set-CouncilRule: Set-TransportRule -Identity $Name @Settings in the branch where the
    // name is known, New-TransportRule -Name $Name @Settings in the other.
    const set = fn.find((c) => c.name === 'Set-TransportRule' && c.params.some(([k, v]) => k === 'Identity' && (v as { variable?: string })?.variable === '$Name'));
    const create = fn.find((c) => c.name === 'New-TransportRule');
    expect(set && create).toBeTruthy();
    const ifNode = set!.node.parent ? findAncestor(set!.node, 'if_statement') : undefined;
    expect(ifNode?.text).toContain('$existing.ContainsKey($Name)');
    expect(findAncestor(create!.node, 'else_clause')).toBeTruthy();
    expect(findAncestor(set!.node, 'else_clause')).toBeUndefined();
  });

  it('run twice, it leaves the same rules (simulated against a tenant that holds other rules)', async () => {
    const { apply } = await script(make());
    const declared = declaredRules(apply.commands);
    const tenant = new Map<string, Record<string, PsLiteral>>([['Block auto-forwarding', { Mode: 'Enforce' }]]);
    const run = () => {
      for (const [name, settings] of declared) tenant.set(name, { ...(tenant.get(name) ?? {}), ...settings });
    };
    run();
    const first = JSON.stringify([...tenant]);
    run();
    expect(JSON.stringify([...tenant])).toBe(first);
    expect(tenant.size).toBe(declared.size + 1);
  });

  it('the remove script removes exactly the exported rules, each only if it exists, and nothing else', async () => {
    const { apply, remove } = await script(make());
    const names = [...declaredRules(apply.commands).keys()].sort();
    const removes = remove.commands.filter((c) => /^Remove-/.test(c.name));
    expect(removes).toHaveLength(1);
    expect(removes[0].params).toEqual([['Identity', { variable: '$name' }], ['Confirm', false]]);
    expect(findAncestor(removes[0].node, 'if_statement')?.text).toContain('$existing.ContainsKey($name)');
    expect(findAncestor(removes[0].node, 'foreach_statement')?.text).toContain('$names');
    const listed = remove.root.text.match(/\$names = @\(([\s\S]*?)\n\)/)![1].trim().split('\n').map((l) => l.trim());
    expect(listed.map((l) => l.slice(1, -1).replace(/''/g, "'")).sort()).toEqual(names);
    for (const c of remove.commands) expect(['Get-Command', 'Get-TransportRule', 'ForEach-Object', 'Remove-TransportRule', 'Write-Output']).toContain(c.name);
  });

  it('is written the same way every time', () => {
    const a = applyScript(exportRules(make()), INFO);
    expect(applyScript(exportRules(make()), INFO)).toBe(a);
    expect(a.startsWith('\uFEFF#Requires -Modules ExchangeOnlineManagement')).toBe(true);
  });
});

function findAncestor(node: { parent: unknown; type: string } | null, type: string): { text: string } | undefined {
  let n = node?.parent as { parent: unknown; type: string; text: string } | null;
  while (n) {
    if (n.type === type) return n;
    n = n.parent as typeof n;
  }
  return undefined;
}

describe('modes', () => {
  const modes = (config: PolicyConfig, options: ExportOptions = {}) =>
    Object.fromEntries(exportRules(config, options).map((r) => [r.key, r.settings.find(([k]) => k === 'Mode')![1]]));

  it('defaults to audit, the safe first step; --mode sets every rule that can stop or change mail', () => {
    expect(new Set(Object.values(modes(policy())))).toEqual(new Set(['Audit']));
    const enforced = modes(policy(WITH_BACKSTOP), { mode: 'enforce' });
    expect(enforced['executable-content']).toBe('Enforce');
    expect(enforced['part-ii-outside']).toBe('Enforce');
    expect(modes(policy(), { mode: 'notify' }).passwords).toBe('AuditAndNotify');
  });

  it('a rule the add-in only warns about is always record-only, and the header strip always runs', () => {
    const m = modes(policy(WITH_BACKSTOP), { mode: 'enforce' });
    expect(m['ni-numbers-outside']).toBe('Audit');
    expect(modes(policy(WITH_BACKSTOP))['strip-header']).toBe('Enforce');
  });

  it('--mode policy follows the file: ruleModes, else mode (monitor, warn, enforce)', () => {
    const m = modes(policy({ mode: 'warn', ruleModes: { 'credentials/secret': 'monitor', 'attachments/executable': 'enforce' } }), { mode: 'policy' });
    expect(m.passwords).toBe('Audit');
    expect(m['executable-content']).toBe('Enforce');
    expect(m['part-ii-outside']).toBe('AuditAndNotify');
  });
});

describe('the checked header', () => {
  it('content rules skip mail carrying it; the executable rules never do; the strip rule runs last', () => {
    const rules = exportRules(policy(WITH_BACKSTOP));
    const excepted = (key: string) => rules.find((r) => r.key === key)!.settings.some(([k]) => k === 'ExceptIfHeaderContainsMessageHeader');
    expect(excepted('part-ii-outside')).toBe(true);
    expect(excepted('passwords')).toBe(true);
    expect(excepted('executable-content')).toBe(false);
    expect(excepted('blocked-types')).toBe(false);
    expect(rules[rules.length - 1].key).toBe('strip-header');
    expect(applyScript(rules, INFO)).toMatch(/Set-TransportRule -Identity 'Council Email Policy – Remove checked header' -Priority \(\$count - 1\)\n$/);
  });

  it('without the setting no rule mentions a header', () => {
    for (const r of exportRules(policy())) expect(r.settings.map(([k]) => k).join(' ')).not.toMatch(/Header/);
  });
});

describe('PowerShell quoting', () => {
  it.each([
    ["Ware Town Council's", "'Ware Town Council''s'"],
    ['the Clerk\u2019s office', "'the Clerk\u2019\u2019s office'"],
    ['$env:USERPROFILE `n', "'$env:USERPROFILE `n'"],
  ])('%s', (input, quoted) => expect(psString(input)).toBe(quoted));
});

describe('council-mail policy export exchange', () => {
  const run = async (args: string[]) => {
    const out: string[] = [];
    const code = await policyExportCommand.run(args, { out: (l) => out.push(l), err: (l) => out.push(l), cwd: ROOT });
    return { code, out };
  };

  it('writes the apply and remove scripts with a byte-order mark, and says what no rule covers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
    const a = await run(['exchange', '--out', path.join(dir, 'rules.ps1'), '--mode', 'enforce']);
    expect(a.code).toBe(0);
    expect(a.out.join('\n')).toMatch(/Not covered by any mail flow rule[\s\S]*harassment/);
    const text = fs.readFileSync(path.join(dir, 'rules.ps1'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("Mode = 'Enforce'");
    const r = await run(['exchange', '--remove', '--out', path.join(dir, 'remove.ps1')]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'remove.ps1'), 'utf8')).toContain('Remove-TransportRule -Identity $name -Confirm:$false');
  });

  it.each([
    [['exchange', '--mode', 'strict'], /--mode "strict" is not one of audit, notify, enforce, policy/],
    [['purview'], /policy export exchange/],
  ])('rejects %j with a clear message', async (args, message) => {
    await expect(run(args)).rejects.toThrow(message);
  });

  it('names the key when holds are chosen without the Clerk\'s address', () => {
    expect(() => policy({ backstop: { councillorExternal: 'hold' } })).toThrow(/backstop\.clerk/);
  });
});
