// The real command, run as a child process: exit codes 0/1/2, --json shape, one bad file not
// losing the others, and no message content on stderr.
import path from 'path';
import { DUPLICATE_EML, MINIMAL_POLICY, ROOT, run, tempDir, write } from './helpers';

const SECRET = 'Zebra-Quokka-7731'; // stands for body text that must never reach stderr
let dir: string;
let blockPolicy: string;
let warnPolicy: string;
let duplicate: string;

beforeAll(() => {
  dir = tempDir();
  blockPolicy = write(dir, 'block.json', JSON.stringify({ ...MINIMAL_POLICY, levels: { 'recipients/duplicate': 'block' } }));
  warnPolicy = write(dir, 'warn.json', JSON.stringify({ ...MINIMAL_POLICY, levels: { 'recipients/duplicate': 'warn' } }));
  duplicate = write(dir, 'duplicate.eml', DUPLICATE_EML);
});

describe('council-mail check (child process)', () => {
  it('exit 0 and a linter-style line when the worst finding is a warning', async () => {
    const r = await run(['check', '--policy', warnPolicy, duplicate]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/duplicate\.eml: cc:0-1 warn .+ \[recipients\/duplicate\]\n/);
    expect(r.stdout).toMatch(/duplicate\.eml: warn: .*\(0 block, 1 warning, 0 notes\); retention "/);
    expect(r.stderr).toBe('');
  });

  it('exit 1 when something is at block level', async () => {
    const r = await run(['check', '--policy', blockPolicy, duplicate]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/duplicate\.eml: cc:0-1 block .+ \[recipients\/duplicate\]\n/);
  });

  it('--json prints an array of { file, verdict, findings[], retention }', async () => {
    const r = await run(['check', '--json', '--policy', blockPolicy, duplicate, path.join(ROOT, 'samples/clean-internal.eml')]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { file: string; verdict: string; findings: Record<string, unknown>[]; retention: Record<string, string> }[];
    expect(out.map((o) => Object.keys(o).sort())).toEqual([
      ['file', 'findings', 'retention', 'verdict'],
      ['file', 'findings', 'retention', 'verdict'],
    ]);
    expect(out[0].file).toBe(duplicate);
    expect(out[0].verdict).toBe('block');
    const f = out[0].findings.find((x) => x.ruleId === 'recipients/duplicate');
    expect(f).toMatchObject({ ruleId: 'recipients/duplicate', level: 'block', category: 'recipients', span: { field: 'cc', start: 0, end: 1 } });
    expect(typeof f?.messageId).toBe('string');
    expect(Object.keys(out[0].retention).sort()).toEqual(['labelId', 'name', 'reason']);
  });

  it('exit 2 for a missing file, and the other files still get their results', async () => {
    const r = await run(['check', '--json', '--policy', warnPolicy, path.join(dir, 'missing.eml'), duplicate]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.eml: cannot read the file \(there is no such file\)/);
    const out = JSON.parse(r.stdout) as { file: string }[];
    expect(out.map((o) => o.file)).toEqual([duplicate]);
  });

  it.each([
    ['not an email', 'Dear Clerk,\n' + SECRET + ' is my password.\n', /not an email/],
    ['empty', '', /file is empty/],
    ['binary', new Uint8Array([0x50, 0x4b, 3, 4, 0x41, 0x42]), /not an email/],
  ])('exit 2 for an unreadable message (%s), naming the problem and never the content', async (_name, content, problem) => {
    const bad = write(dir, `bad-${_name.replace(/\W/g, '')}.eml`, content);
    const r = await run(['check', '--policy', warnPolicy, bad, duplicate]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(problem);
    expect(r.stderr).not.toContain(SECRET);
    expect(r.stderr).not.toContain('Dear Clerk');
    expect(r.stdout).toMatch(/duplicate\.eml: warn/);
  });

  it('findings print the rule\'s message, never the body, on stderr or stdout', async () => {
    const eml = DUPLICATE_EML.replace('the new gate key', `the new gate key ${SECRET}`);
    const file = write(dir, 'secret.eml', eml);
    const r = await run(['check', '--policy', warnPolicy, file]);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('exit 2 for an invalid policy, naming the key path', async () => {
    const bad = write(dir, 'typo.json', JSON.stringify({ ...MINIMAL_POLICY, levels: { 'tone/abusiv': 'block' } }));
    const r = await run(['check', '--policy', bad, duplicate]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('levels.tone/abusiv');
    expect(r.stderr).toContain('Did you mean "tone/abusive"?');
    expect(r.stdout).toBe('');
  });

  it('exit 2 for wrong arguments, with a suggestion and the usage', async () => {
    const r = await run(['check', '--jsno', duplicate]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean --json?');
    expect(r.stderr).toContain('Usage: council-mail check');
  });
});

describe('council-mail policy (child process)', () => {
  it('validate: OK and a summary for the shipped file', async () => {
    const r = await run(['policy', 'validate', 'policy/ware-town-council.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^OK: policy\/ware-town-council\.json is a valid policy for Ware Town Council/);
  });

  it('validate: exit 2 with each problem by key path', async () => {
    const bad = write(dir, 'bad.json', JSON.stringify({ organisation: { name: 'Ware', domains: ['Ware Town.gov.uk'] }, roles: { councillors: [] }, mode: 'enforcing' }));
    const r = await run(['policy', 'validate', bad]);
    expect(r.code).toBe(2);
    for (const p of ['organisation.domains[0]', 'roles.officers', 'mode']) expect(r.stderr).toContain(`- ${p}:`);
  });

  it('validate: broken JSON gives line and column', async () => {
    const bad = write(dir, 'broken.json', '{\n  "mode": "warn",\n}\n');
    const r = await run(['policy', 'validate', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 3, column 1');
  });

  it('explain: exit 0, every rule in words', async () => {
    const r = await run(['policy', 'explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/recipients\/duplicate\n {4}Warns, the sender can still send: .+ \(clause 4\.3c\)\./);
  });
});
