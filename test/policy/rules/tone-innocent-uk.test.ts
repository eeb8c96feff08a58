// The innocent UK set (issue #2): words that look rude but are ordinary in UK council mail must never
// block, whoever sends them; and strong words the sender is only quoting are not the sender's.
import fs from 'fs';
import path from 'path';
import { check } from '../../../src/policy/engine';
import { RULES } from '../../../src/policy/rules';
import { TONE_RULES } from '../../../src/policy/rules/tone';
import { draft, policy, CLERK, CLLR, RESIDENT, ROOT } from '../../helpers/draft';

const SENTENCES = fs
  .readFileSync(path.join(ROOT, 'test/fixtures/innocent-uk.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const config = policy();
const blocks = (from: string, text: string) =>
  check(draft({ from, to: [RESIDENT], body: text }), config, { rules: RULES })
    .findings.filter((f) => f.level === 'block')
    .map((f) => `${f.ruleId}:${f.messageId}`);

describe('innocent UK council sentences', () => {
  it('holds at least 120 sentences', () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(120);
  });

  it.each(SENTENCES)('never blocks from an officer: %s', (s) => {
    expect(blocks(CLERK, s)).toEqual([]);
  });

  it.each(SENTENCES.filter((s) => s.endsWith('?')))('never blocks a councillor asking: %s', (s) => {
    expect(blocks(CLLR, s)).toEqual([]);
  });

  it('never blocks when the subject holds one of them', () => {
    for (const s of SENTENCES) {
      expect(check(draft({ subject: s, body: 'See subject.' }), config, { rules: RULES }).verdict).not.toBe('block');
    }
  });
});

describe('quoted earlier messages', () => {
  const angry = [
    'Dear Mrs Bloggs,',
    '',
    'Thank you for your email. I am sorry about the missed collection and have asked the contractor to return.',
    '',
    'Kind regards,',
    'Clerk',
    '',
    'On 12 March 2026, Jo Bloggs wrote:',
    '> This is fucking ridiculous, you useless idiots. I know where you live.',
    '> FIX MY BINS NOW!!! The clerk is a liar and a crook.',
  ].join('\n');

  it('gives no tone finding for strong words inside the quote', () => {
    const tone = check(draft({ body: angry, composeType: 'reply' }), config, { rules: TONE_RULES }).findings;
    expect(tone.map((f) => f.ruleId)).toEqual([]);
  });

  it('still finds the same words in the sender’s own text', () => {
    const own = check(draft({ body: 'This is fucking ridiculous.\n\n' + angry, composeType: 'reply' }), config, { rules: TONE_RULES }).findings;
    expect(own.map((f) => `${f.ruleId}:${f.messageId}@${f.span?.start}-${f.span?.end}`)).toEqual(['tone/abusive:profanity@8-15']);
  });
});
