// `eval council`: what counts as caught and as a false alarm, per class at its level, on a tiny
// made-up corpus run through the real rules.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { evalCouncil } from '../../src/eval/council';
import { evalCommand } from '../../src/cli/commands/eval';

function corpus(lines: object[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'council-'));
  const base = { class: 'disguised-abuse', kind: 'sentence', split: 'dev', rule: 'tone/abusive', level: 'block', role: 'resident', voice: 'v' };
  fs.writeFileSync(path.join(dir, 'disguised-abuse.jsonl'), lines.map((l, i) => JSON.stringify({ ...base, id: `d-${i}`, ...l })).join('\n') + '\n');
  return dir;
}

describe('eval council', () => {
  const dir = corpus([
    { label: 1, text: 'The chairman is a fucking disgrace.' },
    { label: 1, text: 'Lovely weather for the fete.' },
    { label: 0, text: 'Please send the agenda to clerk@waretowncouncil.gov.uk.' },
    { label: 0, text: 'You are a complete bastard.' },
    { label: 1, text: 'You are a bastard.', split: 'test', voice: 'w' },
    { label: 0, text: 'You are a star.', split: 'test', voice: 'x', set: 'v3' },
  ]);

  it('counts a positive as caught and a neighbour as a false alarm when the class rule blocks', () => {
    const r = evalCouncil(dir, { split: 'dev' });
    expect(r.n).toBe(4);
    expect(r.classes['disguised-abuse']).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 1, precision: 0.5, recall: 0.5, ruleExists: true });
    expect(evalCouncil(dir, { split: 'test' }).n).toBe(2);
    // One locked test at a time: an item without a set is in the first (v2).
    expect(evalCouncil(dir, { split: 'test-v2' }).classes['disguised-abuse']).toMatchObject({ n: 1, tp: 1 });
    expect(evalCouncil(dir, { split: 'test-v3' }).classes['disguised-abuse']).toMatchObject({ n: 1, tn: 1 });
  });

  it('never shows the locked test items', () => {
    expect(() => evalCouncil(dir, { split: 'test', show: () => undefined })).toThrow(/locked test/);
    expect(() => evalCouncil(dir, { split: 'test-v3', show: () => undefined })).toThrow(/locked test/);
    const shown: string[] = [];
    evalCouncil(dir, { split: 'dev', show: (s) => shown.push(`${s.outcome}:${s.item.id}`) });
    expect(shown).toEqual(['missed:d-1', 'false alarm:d-3']);
  });

  it('prints a table and a JSON last line through the CLI', async () => {
    const out: string[] = [];
    const code = await evalCommand.run(['council', dir, '--split', 'dev'], { cwd: process.cwd(), out: (s) => out.push(s), err: () => undefined });
    expect(code).toBe(0);
    const last = JSON.parse(out[out.length - 1]);
    expect(last).toMatchObject({ task: 'council', split: 'dev', n: 4, accuracy: 0.5 });
    expect(Object.keys(last)).toEqual(expect.arrayContaining(['baseline', 'precision', 'recall', 'f1', 'classes']));
    await expect(evalCommand.run(['council', dir, '--split', 'eval'], { cwd: process.cwd(), out: () => undefined, err: () => undefined })).rejects.toThrow(/--split needs/);
  });
});
