// `eval suite`: whole emails against their expected verdicts, under the suite's own policy file, on a
// tiny made-up suite run through the real parser and rules.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { evalSuites, readExpectations, readSecondReadings, suiteTable } from '../../src/eval/suite';
import { evalCommand } from '../../src/cli/commands/eval';

const POLICY = JSON.parse(fs.readFileSync(path.join(__dirname, '../../policy/ware-town-council.json'), 'utf8'));

function eml(from: string, to: string, subject: string, body: string): string {
  return [`From: ${from}`, `To: ${to}`, `Subject: ${subject}`, 'Date: Mon, 7 Dec 2026 09:00:00 +0000', 'Message-ID: <x@example.org>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
}

function suite(files: Record<string, string>, expected: unknown, policy: unknown = POLICY): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suite-'));
  fs.writeFileSync(path.join(dir, 'policy.json'), JSON.stringify(policy));
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(expected));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const CLERK = 'clerk@waretowncouncil.gov.uk';
const FILES = {
  '01-thanks.eml': eml(CLERK, 'jo@example.org', 'Hall booking', 'Dear Jo,\n\nThank you for booking the hall for Saturday. The key is with the caretaker.\n\nKind regards,\nSam'),
  '02-abuse.eml': eml(CLERK, 'jo@example.org', 'Re: fence', 'Jo,\n\nYou are a complete fucking idiot and everyone knows it.\n\nSam'),
  '03-missed.eml': eml(CLERK, 'jo@example.org', 'Fence', 'Dear Jo,\n\nThe fence will be mended on Monday.\n\nSam'),
};

describe('eval suite', () => {
  it('counts agreement, blockable emails passing as ok and clean emails blocked, per half', async () => {
    const dir = suite(FILES, {
      '01-thanks.eml': { verdict: 'ok', split: 'dev' },
      '02-abuse.eml': { verdict: 'block', split: 'locked' },
      '03-missed.eml': { verdict: 'block', split: 'dev', why: 'made up: nothing here blocks' },
    });
    const shown: string[] = [];
    const r = await evalSuites([dir], { show: (s) => shown.push(`${s.file}:${s.expected}->${s.got}`) });
    expect(r).toMatchObject({ task: 'suite', n: 3, precision: 1, recall: 0.5 });
    expect(r.accuracy).toBeCloseTo(2 / 3);
    expect(r.halves.dev).toMatchObject({ n: 2, agreement: 0.5, blockablePassedOk: 1, cleanBlocked: 0 });
    expect(r.halves.locked).toMatchObject({ n: 1, agreement: 1 });
    expect(r.halves.dev.confusion.block.ok).toBe(1);
    // Only the dev half's disagreements are shown.
    expect(shown).toEqual(['03-missed.eml:block->ok']);
    expect(suiteTable(r)).toMatch(/all \(dev\)\s+2\s+50\.0 %\s+1\s+0/);
  });

  it('gives no row to a half with no emails (a suite held out whole)', async () => {
    const dir = suite({ '01-thanks.eml': FILES['01-thanks.eml'] }, { '01-thanks.eml': { verdict: 'ok', split: 'locked' } });
    const table = suiteTable(await evalSuites([dir]));
    expect(table).toMatch(/all \(locked\)\s+1\s+100\.0 %/);
    expect(table).not.toMatch(/\(dev\)/);
  });

  it('keeps the figures in their columns when a suite name is longer than the label column', async () => {
    const one = suite({ '01-thanks.eml': FILES['01-thanks.eml'] }, { '01-thanks.eml': { verdict: 'ok', split: 'locked' } });
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'suites-'));
    fs.renameSync(one, path.join(parent, 'great-wyrmingham-under-edge-parish-council'));
    const rows = suiteTable(await evalSuites([parent])).split('\n');
    // Every row's agreement figure ends in the same column as the header's.
    const ends = rows.filter((row) => /%/.test(row)).map((row) => row.indexOf('%'));
    expect(rows[1]).toMatch(/^great-wyrmingham-under-edge-parish-council \(locked\)\s+1\s+100\.0 %/);
    expect(new Set(ends).size).toBe(1);
  });

  it('reads a folder of suite folders as the suites in it', async () => {
    const one = suite({ '01-thanks.eml': FILES['01-thanks.eml'] }, { '01-thanks.eml': { verdict: 'ok', split: 'dev' } });
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'suites-'));
    fs.renameSync(one, path.join(parent, 'ashby'));
    fs.writeFileSync(path.join(parent, 'README.md'), 'not a suite');
    const r = await evalSuites([parent]);
    expect(Object.keys(r.suites)).toEqual(['ashby']);
    expect(r.n).toBe(1);
  });

  it('uses the suite\'s own policy file (its councillors and domain)', async () => {
    const policy = { ...POLICY, organisation: { ...POLICY.organisation, name: 'Ashby Parva Parish Council', domains: ['ashbyparva-pc.gov.uk'] }, roles: { councillors: ['cllr.pat@ashbyparva-pc.gov.uk'], officers: ['clerk@ashbyparva-pc.gov.uk'], source: 'file' } };
    const order = eml('cllr.pat@ashbyparva-pc.gov.uk', 'tree@example.org', 'Oak', 'Dear Mr Hill,\n\nPlease fell the oak on the green on Monday and send the invoice to the clerk.\n\nCllr Pat');
    const dir = suite({ '01-order.eml': order }, { '01-order.eml': { verdict: 'block', split: 'dev' } }, policy);
    const r = await evalSuites([dir]);
    expect(r.halves.dev.confusion.block.block).toBe(1);
  });

  it.each([
    [{ '01-thanks.eml': { verdict: 'fine', split: 'dev' } }, /"01-thanks\.eml": "verdict" must be "ok", "warn" or "block", not "fine"/],
    [{ '01-thanks.eml': { verdict: 'ok', split: 'test' } }, /"split" must be "dev" or "locked", not "test"/],
    [{ '01-thanks.eml': { verdict: 'ok', split: 'dev' }, '09-gone.eml': { verdict: 'ok', split: 'dev' } }, /"09-gone\.eml": no such file/],
    [{ '01-thanks.eml': { verdict: 'ok', split: 'dev' } , 'notes.txt': { verdict: 'ok', split: 'dev' } }, /"notes\.txt" is not an \.eml file name/],
  ])('names what is wrong in expected.json (%#)', (expected, message) => {
    const dir = suite({ '01-thanks.eml': FILES['01-thanks.eml'] }, expected);
    expect(() => readExpectations(dir)).toThrow(message);
  });

  it('names an email that has no verdict, a missing policy file and a bad one', async () => {
    const dir = suite(FILES, { '01-thanks.eml': { verdict: 'ok', split: 'dev' } });
    expect(() => readExpectations(dir)).toThrow(/gives no verdict for 02-abuse\.eml, 03-missed\.eml/);
    const noPolicy = suite({ '01-thanks.eml': FILES['01-thanks.eml'] }, { '01-thanks.eml': { verdict: 'ok', split: 'dev' } });
    fs.unlinkSync(path.join(noPolicy, 'policy.json'));
    await expect(evalSuites([noPolicy])).rejects.toThrow(/has no policy\.json/);
    const badPolicy = suite({ '01-thanks.eml': FILES['01-thanks.eml'] }, { '01-thanks.eml': { verdict: 'ok', split: 'dev' } }, { ...POLICY, mode: 'loud' });
    await expect(evalSuites([badPolicy])).rejects.toThrow(/mode/);
  });

  it('prints a table and a JSON last line through the CLI', async () => {
    const dir = suite({ '01-thanks.eml': FILES['01-thanks.eml'] }, { '01-thanks.eml': { verdict: 'ok', split: 'locked' } });
    const out: string[] = [];
    const code = await evalCommand.run(['suite', dir], { cwd: process.cwd(), out: (s) => out.push(s), err: () => undefined });
    expect(code).toBe(0);
    expect(JSON.parse(out[out.length - 1])).toMatchObject({ task: 'suite', n: 1, accuracy: 1 });
    await expect(evalCommand.run(['suite'], { cwd: process.cwd(), out: () => undefined, err: () => undefined })).rejects.toThrow(/suite folders/);
  });
  describe('second readings', () => {
    const EXPECTED = {
      '01-thanks.eml': { verdict: 'ok', split: 'locked' },
      '02-abuse.eml': { verdict: 'block', split: 'locked' },
      '03-missed.eml': { verdict: 'block', split: 'locked' },
    };
    // The checker gives ok, block, ok. Reader a agrees with the writer on 01 and 02 and reads 03 as ok;
    // reader b reads 01 as warn, 02 as block and 03 as ok.
    const READINGS = {
      a: { '01-thanks.eml': { verdict: 'ok' }, '02-abuse.eml': { verdict: 'block', sure: true }, '03-missed.eml': { verdict: 'ok', sure: false } },
      b: { '01-thanks.eml': { verdict: 'warn' }, '02-abuse.eml': { verdict: 'block' }, '03-missed.eml': { verdict: 'ok' } },
    };

    it('measures readers against the writer, each other and the checker, and the checker against the majority', async () => {
      const dir = suite(FILES, EXPECTED);
      fs.writeFileSync(path.join(dir, 'second-readings.json'), JSON.stringify(READINGS));
      const r = await evalSuites([dir]);
      const g = r.readings!;
      expect(g).toMatchObject({ n: 3, readers: 2 });
      // Writer vs reader pairs: 01 ok/ok ✓, ok/warn ✗; 02 ✓ ✓; 03 block/ok ✗ ✗ → 3 of 6.
      expect(g.readerVsWriter).toMatchObject({ pairs: 6, agreement: 0.5 });
      // Marginals: writer ok 2, block 4; readers ok 3, warn 1, block 2 → chance (2·3 + 4·2) / 36.
      expect(g.readerVsWriter.kappa).toBeCloseTo((0.5 - 14 / 36) / (1 - 14 / 36));
      // a vs b: 01 ✗, 02 ✓, 03 ✓.
      expect(g.readerVsReader).toMatchObject({ pairs: 3, agreement: 2 / 3 });
      // Checker (ok, block, ok) vs readers: 01 ✓ ✗, 02 ✓ ✓, 03 ✓ ✓ → 5 of 6; vs the writer on the same pairs 4 of 6.
      expect(g.checkerVsReader).toMatchObject({ pairs: 6, agreement: 5 / 6 });
      expect(g.checkerVsWriter).toMatchObject({ pairs: 6, agreement: 4 / 6 });
      // Majorities: 01 ok (2 of 3), 02 block (3 of 3), 03 ok (2 of 3): the checker agrees on all three.
      expect(g.majority).toMatchObject({ n: 3, agreement: 1, blockablePassedOk: 0, cleanBlocked: 0 });
      // Only 02 is unanimous.
      expect(g.unanimous).toMatchObject({ n: 1, agreement: 1 });
      expect(suiteTable(r)).toMatch(/a reader against the writer\s+50\.0 % of 6 pairs \(Cohen's kappa 0\.18\)/);
      expect(suiteTable(r)).toMatch(/checker vs the majority verdict\s+3\s+100\.0 %/);
    });

    it('has no readings without the file, and names what is wrong in it', () => {
      const dir = suite(FILES, EXPECTED);
      const expected = readExpectations(dir);
      expect(readSecondReadings(dir, expected)).toBeUndefined();
      const bad = (content: unknown, message: RegExp) => {
        fs.writeFileSync(path.join(dir, 'second-readings.json'), typeof content === 'string' ? content : JSON.stringify(content));
        expect(() => readSecondReadings(dir, expected)).toThrow(message);
      };
      bad('{', /second-readings\.json: not valid JSON/);
      bad([], /must be one object/);
      bad({ a: { '09-gone.eml': { verdict: 'ok' } } }, /"a" → "09-gone\.eml": expected\.json names no such email/);
      bad({ a: { '01-thanks.eml': { verdict: 'maybe' } } }, /"verdict" must be "ok", "warn" or "block", not "maybe"/);
      bad({ a: { '01-thanks.eml': { verdict: 'ok', sure: 'yes' } } }, /"sure" must be true or false/);
      bad({ a: 'ok' }, /"a" must be an object/);
    });
  });
});
