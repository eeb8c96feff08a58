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

// The fresh innocent set's read half (data/innocent-fresh, README there): 225 ordinary council emails
// by writers who had not seen the checker; the kinds behind its first run's 15 blocks were fixed from
// it. The locked half is counted by `npm run eval` only (never read, never a test: it is the fair figure).
describe("the fresh innocent set's read half", () => {
  const dir = path.resolve(__dirname, '../../data/innocent-fresh');
  const only = /-read\.txt$/;

  it('holds 225 emails from three writers', () => {
    const items = readInnocentCouncil(dir, only);
    expect(items.length).toBe(225);
    expect(new Set(items.map((i) => i.theme))).toEqual(new Set(['w1-read', 'w2-read', 'w3-read']));
  });

  it('never blocks any of them', () => {
    const r = evalInnocentCouncil({ dir, only, config: policy() });
    expect(r.blocks).toEqual([]);
  });
});
