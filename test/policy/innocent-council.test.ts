// The innocent council set (issue #16 item 5, test/fixtures/innocent-council/): over 1,000 sentences
// and short emails from council life, written before the checker was run on them, none of which may
// be blocked. The failure message lists every blocked item (file:line and the rules that blocked).
import { evalInnocentCouncil, readInnocentCouncil } from '../../src/eval/innocent-council';
import { policy } from '../helpers/draft';

describe('the innocent council set', () => {
  const items = readInnocentCouncil();

  it('holds at least 1,000 items in many voices and themes', () => {
    expect(items.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(items.map((i) => i.voice)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(items.map((i) => i.theme)).size).toBeGreaterThanOrEqual(10);
  });

  it('keeps a multi-line email whole', () => {
    const email = items.find((i) => i.theme === 'emails' && i.text.startsWith('Dear Mr Okafor'));
    expect(email?.text.split('\n').length).toBeGreaterThan(3);
  });

  // it.failing while issue #17's learnt judgements (merged at 35a10b0) still block four items:
  // confidentiality.txt:75 and own-health.txt:39 (tone/harassment), complaints.txt:21 and
  // own-health.txt:43 (instructions/councillor, the learnt 'judged' sentences). The block-level
  // rules of issue #16 block none. Flip to `it` when those are fixed.
  it('never blocks any of them', () => {
    const r = evalInnocentCouncil({ config: policy() });
    expect(r.blocks).toEqual([]);
  });
});
