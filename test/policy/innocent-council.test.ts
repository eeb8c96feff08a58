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
// test: they are the fair figures). The third set (data/innocent-fresh3) has mail inside the council
// too; its read half first ran at 9 blocks, all a councillor's ordinary mail read as an instruction
// (apologies, a chased reply, an agenda request, advice to a resident), fixed by kind (helper prec8).
// The fourth (data/innocent-fresh4), mostly a councillor to an officer, first ran at 2 blocks in its
// read half and 1 in its locked half on helper prec9's branch (3 and 5 on main before it), fixed by kind.
// The fifth (data/innocent-fresh5), with replies quoting the earlier message and long emails, first ran
// at 8 blocks in its read half (helper prec10 fixed them by kind: quoted text in a reply sent as a new
// message, a well-wish, a list of the writer's own plan, what an officer is already doing, a job title).
// The sixth (data/innocent-fresh6, one writer, 75 emails a half), unread by anyone for a session, first
// ran at 5 blocks in its read half; helper instr10 fixed the 4 left by kind (a "you" getting past a
// nuisance, a resident's question passed on, a reassurance passed on, a form that "just needs signing").
describe.each([
  ['innocent-fresh', ['w1-read', 'w2-read', 'w3-read']],
  ['innocent-fresh2', ['w4-read', 'w5-read', 'w6-read']],
  ['innocent-fresh3', ['w7-read', 'w8-read', 'w9-read']],
  ['innocent-fresh4', ['w10-read', 'w11-read', 'w12-read']],
  ['innocent-fresh5', ['w13-read', 'w14-read', 'w15-read']],
  ['innocent-fresh6', ['w16-read']],
])("the fresh innocent set's read half (data/%s)", (set, writers) => {
  const dir = path.resolve(__dirname, '../../data', set);
  const only = /-read\.txt$/;

  it('holds 75 emails from each writer', () => {
    const items = readInnocentCouncil(dir, only);
    expect(items.length).toBe(75 * writers.length);
    expect(new Set(items.map((i) => i.theme))).toEqual(new Set(writers));
  });

  it('never blocks any of them', () => {
    const r = evalInnocentCouncil({ dir, only, config: policy() });
    expect(r.blocks).toEqual([]);
  });
});

// `voice > to | text` (the third fresh set): the recipient decides the address the email goes to, and
// the rules see an internal officer or councillor exactly as the policy file lists them.
describe('a line that names its recipient', () => {
  const fs = jest.requireActual<typeof import('fs')>('fs');
  const os = jest.requireActual<typeof import('os')>('os');
  const write = (text: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'innocent-'));
    fs.writeFileSync(path.join(dir, 'set.txt'), text);
    return dir;
  };

  it('reads the recipient and sends to an address of that role', () => {
    const dir = write(
      [
        '# persona: a councillor',
        'councillor > officer | Hi,\\nCould you send me the minutes?',
        'councillor > councillor | Lift on Thursday?',
        'clerk > officer | The rota is attached.',
        'rfo | Your invoice is paid.',
        'councillor > outside | Dear Mrs Khan,\\nThank you.',
      ].join('\n'),
    );
    const items = readInnocentCouncil(dir);
    expect(items.map((i) => [i.voice, i.to])).toEqual([
      ['councillor', 'officer'],
      ['councillor', 'councillor'],
      ['clerk', 'officer'],
      ['rfo', 'outside'],
      ['councillor', 'outside'],
    ]);
    expect(items[0].text).toBe('Hi,\nCould you send me the minutes?');
  });

  it("sends the same words to the council's own officer or to an outsider as the line says", () => {
    // A councillor telling the office to have work done is what policy 4.3 is about; the same words to
    // a resident are measured as an outside email (the rule's addressee design).
    const words = 'Hi,\\nPlease ring Highways and report the pothole on Mill Lane by Friday.\\nThanks';
    const dir = write([`councillor > officer | ${words}`, `councillor > outside | ${words}`].join('\n'));
    const r = evalInnocentCouncil({ dir, config: policy() });
    expect(r.blocks).toEqual(['set.txt:1 [instructions/councillor]']);
  });

  it('names the line and what is wrong when the recipient is not one it knows', () => {
    const dir = write('councillor > staff | Hello');
    expect(() => readInnocentCouncil(dir)).toThrow('set.txt:1: expected "voice | text" or "voice > to | text" with to one of outside, officer, councillor, found "councillor > staff".');
  });
});
