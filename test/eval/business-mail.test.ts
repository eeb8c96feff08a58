import fs from 'fs';
import os from 'os';
import path from 'path';
import { evalCommand } from '../../src/cli/commands/eval';
import { businessVerdict } from '../../src/eval/business-mail';
import type { Finding } from '../../src/policy/finding';

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bm-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await evalCommand.run(['business-mail', ...args], { out: (l) => lines.push(l), err: (l) => lines.push(l), cwd: process.cwd() });
  return { code, lines };
}

describe('eval business-mail', () => {
  it('counts blocks and warnings per set and per rule, and prints the JSON line last', async () => {
    const a = folder({
      '1.txt': 'Subject: site visit\nThanks for the plans, see you on Friday.\n',
      '2.txt': 'Subject: login\nThe password for the shared drive is Tr0ub4dor&3x\n',
      '3.txt': 'Please see attached the minutes.\n',
    });
    const b = folder({ '1.txt': 'The meeting is on Tuesday at 7pm in the Priory.\n' });
    const { code, lines } = await run([a, b]);
    expect(code).toBe(0);
    const r = JSON.parse(lines[lines.length - 1]);
    expect(r.task).toBe('business-mail');
    expect(r.n).toBe(4);
    const setA = r.sets[path.basename(a)];
    expect(setA.n).toBe(3);
    // The password email is blocked; "see attached" with nothing attached does not count as a warning.
    expect(setA.blockRate).toBeCloseTo(1 / 3, 4);
    expect(setA.warnRate).toBe(0);
    expect(r.byRule['credentials/secret'].block).toBe(1);
    expect(r.byRule['attachments/missing'].warn).toBe(1);
    expect(r.sets[path.basename(b)]).toMatchObject({ n: 1, blockRate: 0, warnRate: 0 });
    expect(r.blockRate).toBeCloseTo(0.25, 4);
    for (const k of ['baseline', 'accuracy', 'precision', 'recall', 'f1']) expect(r).not.toHaveProperty(k);
  });

  it('--show prints the sentence each finding of one rule pointed at', async () => {
    const a = folder({ '1.txt': 'Subject: login\nHello.\nThe password for the shared drive is Tr0ub4dor&3x\n' });
    const { lines } = await run([a, '--show', 'credentials/secret']);
    const shown = lines.filter((l) => l.includes(': block: '));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown[0]).toContain('1.txt');
    expect(shown[0]).toContain('[');
  });

  it('names a folder that does not exist', async () => {
    await expect(run(['/nonexistent/business'])).rejects.toThrow(/nonexistent\/business is not a folder/);
  });

  it('an email whose only warning is attachments/missing counts as ok', () => {
    const f = (ruleId: string, level: Finding['level']) => ({ ruleId, level }) as Finding;
    expect(businessVerdict([f('attachments/missing', 'warn')])).toBe('ok');
    expect(businessVerdict([f('attachments/missing', 'warn'), f('tone/impolite', 'warn')])).toBe('warn');
    expect(businessVerdict([f('tone/impolite', 'warn'), f('credentials/secret', 'block')])).toBe('block');
  });
});
