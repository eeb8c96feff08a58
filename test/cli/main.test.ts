// main() in-process: dispatch, help, the subcommand table, explain's wording rules, and speed.
import fs from 'fs';
import path from 'path';
import { main, findCommand } from '../../src/cli/main';
import type { Command } from '../../src/cli/command';
import { COMMANDS } from '../../src/cli/commands';
import { explainPolicy, explainRule } from '../../src/cli/explain';
import { parseArgs } from '../../src/cli/args';
import { UsageError } from '../../src/cli/errors';
import type { Io } from '../../src/cli/io';
import { resolvePolicy } from '../../src/policy/config';
import { RULES } from '../../src/policy/rules';
import type { RuleMeta } from '../../src/policy/rule';
import { parseEml } from '../../src/mail/eml';
import { check } from '../../src/policy/engine';
import { MINIMAL_POLICY, ROOT, tempDir, write } from './helpers';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), cwd: ROOT };
}

describe('dispatch', () => {
  it.each([
    [['--help'], 0, 'stdout', /Usage:\n {2}council-mail check/],
    [['help'], 0, 'stdout', /council-mail policy validate/],
    [[], 2, 'stderr', /Usage:/],
    [['frobnicate'], 2, 'stderr', /unknown command "frobnicate"/],
    [['policy'], 2, 'stderr', /"policy" needs a command[\s\S]*council-mail policy explain/],
    [['policy', 'frob'], 2, 'stderr', /unknown command "policy frob"/],
    [['policy', '--help'], 0, 'stdout', /council-mail policy validate/],
    [['check', '--help'], 0, 'stdout', /Exit codes: 0/],
    [['check'], 2, 'stderr', /Give at least one \.eml file/],
    [['check', '--surface', 'sideways', 'x.eml'], 2, 'stderr', /--surface must be "compose" or "read"/],
    [['check', '--policy'], 2, 'stderr', /--policy needs a value/],
    [['policy', 'validate'], 2, 'stderr', /exactly one policy file/],
  ])('%j → exit %i', async (argv, code, stream, pattern) => {
    const io = capture();
    expect(await main(argv as string[], io)).toBe(code);
    expect((stream === 'stdout' ? io.stdout : io.stderr).join('\n')).toMatch(pattern);
  });

  it('the longest command name wins, so a "group sub" command can sit beside "group"', async () => {
    const ran: string[] = [];
    const fake = (name: string): Command => ({ name, summary: name, usage: name, help: '', run: async (args) => (ran.push(`${name}:${args.join(',')}`), 0) });
    const table = [fake('zz'), fake('zz sub'), fake('zz sub deeper')];
    expect(findCommand(['zz', 'sub', '--dry-run'], table)?.name).toBe('zz sub');
    expect(findCommand(['zz', 'other'], table)?.name).toBe('zz');
    expect(await main(['zz', 'sub', '--dry-run'], capture(), table)).toBe(0);
    expect(await main(['zz', 'sub', 'deeper', 'x'], capture(), table)).toBe(0);
    expect(ran).toEqual(['zz sub:--dry-run', 'zz sub deeper:x']);
  });

  it('every registered command has a unique name, usage and help', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of COMMANDS) {
      expect(c.usage.startsWith(c.name)).toBe(true);
      expect(c.summary.length).toBeGreaterThan(10);
    }
  });

  it('an internal error prints only its name (its message could quote an email)', async () => {
    const boom: Command = { name: 'boom', summary: '', usage: 'boom', help: '', run: async () => { throw new TypeError('Dear Clerk secret'); } };
    const io = capture();
    expect(await main(['boom'], io, [boom])).toBe(2);
    expect(io.stderr.join('\n')).toContain('internal error (TypeError)');
    expect(io.stderr.join('\n')).not.toContain('secret');
  });
});

describe('parseArgs', () => {
  it.each([
    [['--json', 'a.eml'], { flags: ['json'], options: {}, positionals: ['a.eml'] }],
    [['--policy=p.json', 'a.eml', 'b.eml'], { flags: [], options: { policy: 'p.json' }, positionals: ['a.eml', 'b.eml'] }],
    [['--policy', 'p.json', '--', '--json'], { flags: [], options: { policy: 'p.json' }, positionals: ['--json'] }],
    [['-'], { flags: [], options: {}, positionals: ['-'] }],
  ])('%j', (argv, expected) => {
    const r = parseArgs(argv, { flags: ['json'], options: ['policy'] });
    expect({ flags: [...r.flags], options: Object.fromEntries(r.options), positionals: r.positionals }).toEqual(expected);
  });

  it.each([
    [['--jsn'], /Did you mean --json\?/],
    [['-j'], /written in full/],
    [['--json=yes'], /does not take a value/],
    [['--policy', 'a', '--policy', 'b'], /more than once/],
  ])('%j is a usage error', (argv, pattern) => {
    expect(() => parseArgs(argv, { flags: ['json'], options: ['policy'] })).toThrow(UsageError);
    expect(() => parseArgs(argv, { flags: ['json'], options: ['policy'] })).toThrow(pattern);
  });
});

describe('policy explain wording follows the engine', () => {
  const meta: RuleMeta = { id: 'tone/abusive', category: 'tone', clause: '4.3c', summary: 'Obscene or abusive language', defaultLevel: 'block', messages: {}, inputs: ['body'] };
  const base = resolvePolicy(MINIMAL_POLICY);
  it.each([
    ['default block under enforce', {}, /^Stops the message: Obscene or abusive language \(clause 4\.3c\)\.$/],
    ['overridable', { allowOverride: ['tone/abusive'] }, /^Stops the message: .* may override it by giving a reason/],
    ['warn mode turns block into a warning', { mode: 'warn' }, /^Warns, the sender can still send: .*\(normally block, but the policy's mode is "warn"\)/],
    ['monitor mode', { mode: 'monitor' }, /^Notes it, never stops or warns: .*the policy's mode is "monitor"/],
    ['ruleModes for this rule', { ruleModes: { 'tone/abusive': 'monitor' } }, /this rule's mode \(ruleModes\) is "monitor"/],
    ['set to warn in the file', { levels: { 'tone/abusive': 'warn' } }, /^Warns, .*\(set to warn in the policy file\)$/],
    ['turned off', { levels: { 'tone/abusive': 'off' } }, /^Off: .*\(turned off in the policy file\)$/],
  ])('%s', (_name, overrides, pattern) => {
    expect(explainRule(meta, { ...base, ...overrides } as typeof base)).toMatch(pattern);
  });

  it.each([
    ['block', /^Shows a strong warning to whoever reads the message: /],
    ['warn', /^Warns whoever reads the message: /],
  ])('a received-mail rule at %s never "stops the message"', (level, pattern) => {
    const read: RuleMeta = { ...meta, id: 'authenticity/impersonation', category: 'authenticity', surface: 'read', defaultLevel: level as 'block' | 'warn' };
    expect(explainRule(read, base)).toMatch(pattern);
  });

  it('lists every registered rule once, with thresholds and mode', () => {
    const lines = explainPolicy(base, RULES);
    for (const r of RULES) expect(lines.filter((l) => l === `  ${r.meta.id}`)).toHaveLength(1);
    expect(lines.join('\n')).toContain(`warns at ${base.thresholds.visibleExternalRecipients} or more outside addresses`);
    expect(lines.join('\n')).toContain('Mode: enforce');
  });
});

describe('a 1 MB body', () => {
  // How long this takes is `npm run bench`'s figure; how it grows is test/hardening/linear-cost.test.ts.
  it('is parsed and checked', async () => {
    const para =
      'Thank you for your letter about the Buryfield play area. The Town Council agreed at its meeting on 9 November ' +
      'to replace the swings in the spring, and the Clerk will write to residents when a date is fixed. ';
    const body = para.repeat(Math.ceil(1024 * 1024 / para.length)).replace(/(.{1,72})(?: |$)/g, '$1\r\n');
    const eml = `From: Town Clerk <clerk@waretowncouncil.gov.uk>\r\nTo: resident@example.co.uk\r\nSubject: Play area\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`;
    const policy = resolvePolicy(JSON.parse(fs.readFileSync(path.join(ROOT, 'policy/ware-town-council.json'), 'utf8')));
    const draft = await parseEml(eml);
    const result = check(draft, policy);
    expect(draft.body.text.length).toBeGreaterThan(1000000);
    expect(result.findings.filter((f) => f.messageId === 'rule-failed')).toEqual([]);
    expect(result.verdict).toBe('ok');
  });
});

describe('check in-process', () => {
  it('a folder given as a file is bad input, not a crash', async () => {
    const io = capture();
    const dir = tempDir();
    write(dir, 'policy.json', JSON.stringify(MINIMAL_POLICY));
    expect(await main(['check', '--policy', path.join(dir, 'policy.json'), dir], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('it is a folder, not a file');
  });
});
