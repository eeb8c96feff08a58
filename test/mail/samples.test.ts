// The shipped samples/*.eml, end to end through parseEml and check() with the shipped policy:
// each sample is written to show one thing, and this pins that it does (and nothing else fires).
import fs from 'fs';
import path from 'path';
import { parseEml } from '../../src/mail/eml';
import { check } from '../../src/policy/engine';
import { policy } from '../helpers/draft';

const SAMPLES = path.resolve(__dirname, '../../samples');

const EXPECTED: Record<string, string[]> = {
  'allotments-officer-to-resident.eml': [],
  'clean-internal.eml': [],
  'councillor-instructs-payment.eml': ['instructions/councillor'],
  'exe-double-extension.eml': ['attachments/executable'],
  'ni-number-external.eml': ['personal-data/external'],
  'personal-views-no-disclaimer.eml': ['disclaimer/personal-views'],
  // The resident's abuse is quoted below "-----Original Message-----": the clerk's reply is clean.
  'reply-quoting-angry-resident.eml': [],
  'visible-external-recipients.eml': ['recipients/visible-external'],
};

describe('samples/*.eml', () => {
  it('every sample is listed here', () => {
    expect(fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.eml')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s → %j', async (file, ruleIds) => {
    const draft = await parseEml(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))));
    const result = check(draft, policy());
    const raised = [...new Set(result.findings.filter((f) => f.level !== 'info').map((f) => f.ruleId))].sort();
    expect(raised).toEqual([...ruleIds].sort());
  });

  it('the angry reply is recognised as a reply with the resident\'s words quoted', async () => {
    const draft = await parseEml(new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'reply-quoting-angry-resident.eml'))));
    expect(draft.composeType).toBe('reply');
    const result = check(draft, policy());
    expect(result.findings.filter((f) => f.category === 'tone')).toEqual([]);
  });

  it('…and the same words unquoted would be flagged (so the test above has teeth)', async () => {
    const raw = fs.readFileSync(path.join(SAMPLES, 'reply-quoting-angry-resident.eml'), 'utf8');
    const unquoted = raw.replace(/-----Original Message-----\r?\nFrom:.*\r?\nSent:.*\r?\nTo:.*\r?\nSubject:.*\r?\n/, '');
    expect(unquoted).not.toBe(raw);
    const result = check(await parseEml(unquoted), policy());
    expect(result.findings.some((f) => f.category === 'tone' && f.level !== 'info')).toBe(true);
  });
});
