// The staged scan for lists of residents (src/policy/rules/personal-data/debt-list.ts, entries) finds
// exactly what the single expression it replaced found — the same entries, starts and ends, and so the
// same lists — on seeded generated text and on the texts of the existing table tests. The single
// expression is kept here only, built from the stages' own sources, so a change to a stage is checked
// against the expression it stands for.
import fs from 'fs';
import path from 'path';
import { findContactLists, findDebtLists, ENTRY_ADDRESS as address, ENTRY_HOME_THE as homeThe, ENTRY_HOME_WORDS as homeWords, ENTRY_NAME, ENTRY_PHONE as phone, ENTRY_SUM as sum, type DebtList } from '../../../src/policy/rules/personal-data/debt-list';
import type { Range } from '../../../src/policy/text/quotes';

const HOME = `(?:${address.source}|${homeWords.source}|${homeThe.source})`;
/** The single expressions the scan replaced (debt-list.ts before the stages, 2026-12-07). */
const OLD_DEBT = new RegExp(`${ENTRY_NAME.source}[^\\n;£]{0,40}?${address.source}[^\\n;£]{0,30}?${sum.source}`, 'g');
const OLD_CONTACT = new RegExp(`${ENTRY_NAME.source}[^\\n;£]{0,40}?${HOME}[^\\n;£]{0,30}?${phone.source}`, 'g');

/** The old findList, as it ran the single expression. */
function oldList(entry: RegExp, least: number, text: string, own: readonly Range[]): DebtList[] {
  const entries: Range[] = [];
  entry.lastIndex = 0;
  for (let m = entry.exec(text); m; m = entry.exec(text)) {
    const start = m.index;
    if (own.some((r) => start >= r.start && start < r.end)) entries.push({ start, end: start + m[0].length });
    if (entries.length >= 50) break;
  }
  return entries.length >= least ? [{ start: entries[0].start, end: entries[entries.length - 1].end, entries }] : [];
}

/** Every entry of both kinds in `text`, old and new (two full lists appended, so that every entry is listed). */
function both(text: string, own?: Range[]): { old: DebtList[][]; now: DebtList[][] } {
  const all = own ?? [{ start: 0, end: text.length }];
  return {
    old: [oldList(OLD_DEBT, 2, text, all), oldList(OLD_CONTACT, 3, text, all)],
    now: [findDebtLists(text, all), findContactLists(text, all)],
  };
}

const DEBTS = '\nJ. Barker, 12 Mill Lane, £84\nS. Patel, 3 Orchard Close, £126';
const CONTACTS = '\n1. Gwen Tapley, 8 Sorrel Way, 01632 960 118\n2. Mr D. Okafor, 21 Mill Road, 07700 900 456\n3. Priya Menon, Flat 4, 2 Kiln Lane, 01632960742';

/** A seeded generator (mulberry32): the same inputs every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generator(seed: number): () => string {
  const r = random(seed);
  const int = (n: number): number => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const run = (chars: string, min: number, max: number): string => Array.from({ length: min + int(max - min + 1) }, () => pick([...chars])).join('');
  const digits = (min: number, max: number): string => run('0123456789', min, max);
  const cap = (min: number, max: number): string => pick([...'ABCDFJMPRSTW']) + run('aeiloruy', min, max);
  const surname = (): string => pick([...'BDHMOPS']) + run("aeilnort'’-", 1, pick([3, 8, 19, 20, 21, 24]));
  const space = (): string => pick([' ', ' ', ' ', '  ', '\t', '   ', '    ', '']);
  const title = (): string => pick(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx', 'MR']) + pick(['', '', '.']);
  const initial = (): string => pick(['', '', 'D ', 'D. ', 'D.', 'D  ', 'DJ ', 'd. ']);
  const street = (): string => pick(['Road', 'Rd', 'Street', 'St', 'Str', 'Lane', 'Lanes', 'Close', 'Green', 'Avenue', 'Ave', 'Cottage', 'Cottages', 'End', 'Fold', 'Meadow', 'Meadows', 'Barn', 'Walkway']);
  const tokens: (() => string)[] = [
    () => title() + space() + initial() + surname(),
    () => pick([...'ABJS']) + pick(['.', '. ', '.  ', ' ']) + surname(),
    () => cap(1, 6) + space() + surname(),
    () => pick(['Mrs', 'Dr', 'Miss']) + space() + cap(2, 7) + space() + surname(),
    () => digits(1, 5) + pick(['', '', 'a', 'B']) + pick(['', ',']) + space() + (r() < 0.6 ? cap(2, 8) + space() : '') + (r() < 0.3 ? cap(2, 8) + space() : '') + street(),
    () => 'Flat' + space() + digits(1, 4) + pick(['', ',', ', ']) + space() + digits(1, 3) + space() + cap(2, 6) + space() + street(),
    () => 'Flat' + space() + digits(1, 4),
    () => cap(2, 8) + space() + (r() < 0.5 ? cap(2, 8) + space() : '') + street(),
    () => 'The' + space() + cap(2, 8) + (r() < 0.5 ? space() + cap(2, 8) : '') + pick(['', ',', ' -', ', ', ',  ', ' , -  ']),
    () => '£' + pick(['', ' ', '  ']) + digits(1, 12) + pick(['', '.50', '.5', ',000']),
    () => pick(['0', '+44 ', '+44(0)', '+44 (0) ', '00', '']) + pick(['1632', '16329', '7700', '20', '3069', '115', '7']) + space() + digits(2, 4) + space() + digits(2, 5),
    () => pick([', ', ',', ' ', ' - ', '\n', ';', ': ', ' (', ') ', '. ', ' owes ', ' on ', ' tel ', '\n- ', '\n1. ']),
    () => run('abcdefghij ,.-()/', 0, pick([5, 25, 29, 30, 31, 39, 40, 41, 45])),
    () => run('x', pick([28, 29, 30, 31, 38, 39, 40, 41]), 0),
  ];
  // A whole entry, near misses included: a name, a gap, an address or home, a gap, a sum or number.
  const sep = tokens[11];
  const gap = tokens[12];
  const entry = (): string => [pick(tokens.slice(0, 4))(), r() < 0.3 ? gap() : sep(), pick(tokens.slice(4, 9))(), r() < 0.3 ? gap() : sep(), pick(tokens.slice(9, 11))()].join('');
  return () => Array.from({ length: 2 + int(10) }, () => (r() < 0.4 ? entry() : pick(tokens)())).join(pick(['', ' ', ', ', '\n']));
}

describe('lists of residents: the staged scan finds what the single expression found', () => {
  it('on 10,000 seeded generated texts, alone and with two full lists after them, and with the sender’s own words cut short', () => {
    const next = generator(20261207);
    let withEntries = 0;
    for (let i = 0; i < 10_000; i++) {
      const text = next();
      const alone = both(text);
      expect({ text, now: alone.now }).toEqual({ text, now: alone.old });
      const listed = both(text + DEBTS + CONTACTS);
      expect({ text, now: listed.now }).toEqual({ text, now: listed.old });
      const own = both(text + DEBTS + CONTACTS, [{ start: 0, end: Math.floor(text.length / 2) }]);
      expect({ text, now: own.now }).toEqual({ text, now: own.old });
      if (listed.old.some((l) => l[0].entries.some((e) => e.start < text.length))) withEntries++;
    }
    // The generator makes entries, not only near misses.
    expect(withEntries).toBeGreaterThan(1_000);
    // A hang guard (the old expression is slow on a loaded machine), not a speed check.
  }, 240_000);

  it('on every string in the table tests of lists, personal data and council judgements', () => {
    const dir = path.join(__dirname);
    const files = fs.readdirSync(dir).filter((f) => /^(personal-data|council-judgement)/.test(f) && f.endsWith('.test.ts') && !f.includes('list-stages'));
    files.push('../models/council.test.ts');
    let strings = 0;
    for (const f of files) {
      const source = fs.readFileSync(path.join(dir, f), 'utf8');
      const found = [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map((m) => (m[1] ?? m[2]).replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(.)/g, '$1'));
      for (const t of [...found, source]) {
        for (const text of [t, t + DEBTS + CONTACTS]) {
          const { old, now } = both(text);
          expect({ text, now }).toEqual({ text, now: old });
        }
      }
      strings += found.length;
    }
    expect(strings).toBeGreaterThan(500);
  });
});
