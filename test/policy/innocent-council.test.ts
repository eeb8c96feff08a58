// The innocent council set (issue #16 item 5, test/fixtures/innocent-council/): over 1,000 sentences
// and short emails from council life, written before the checker was run on them, none of which may
// be blocked. The failure message lists every blocked item (file:line and the rules that blocked).
import path from 'path';
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

  it('never blocks any of them', () => {
    const r = evalInnocentCouncil({ config: policy() });
    expect(r.blocks).toEqual([]);
  });
});

// The fresh innocent sets' read halves (data/innocent-fresh and data/innocent-fresh2, READMEs there):
// 225 ordinary council emails each by writers who had not seen the checker. The first set's kinds were
// fixed from its read half; the second set's read half first ran at 11 blocks, all a councillor's
// ordinary mail read as an instruction, and reads none since the rule judges by the addressee (fixed
// without reading it). The locked halves are counted by `npm run eval` only (never read, never a
// test: they are the fair figures).
describe.each([
  ['innocent-fresh', ['w1-read', 'w2-read', 'w3-read']],
  ['innocent-fresh2', ['w4-read', 'w5-read', 'w6-read']],
])("the fresh innocent set's read half (data/%s)", (set, writers) => {
  const dir = path.resolve(__dirname, '../../data', set);
  const only = /-read\.txt$/;

  it('holds 225 emails from three writers', () => {
    const items = readInnocentCouncil(dir, only);
    expect(items.length).toBe(225);
    expect(new Set(items.map((i) => i.theme))).toEqual(new Set(writers));
  });

  it('never blocks any of them', () => {
    const r = evalInnocentCouncil({ dir, only, config: policy() });
    expect(r.blocks).toEqual([]);
  });
});
