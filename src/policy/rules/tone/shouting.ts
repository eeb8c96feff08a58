// SHOUTING (runs of all-capital words) and runs of exclamation marks, in the subject and the
// sender's own words. One linear pass over the words; acronyms neither count nor break a run.
import { defineRule, type Report } from '../../rule';
import { ACRONYMS } from '../../data/acronyms';
import { ALWAYS_CAPITALISED } from '../../data/proper-nouns';
import { COURTESY } from './impolite-register';

const ACRONYM_SET = new Set(ACRONYMS);
const ROMAN = /^[IVXLC]+$/;
const EXCLAMATION_RE = new Map<number, RegExp>();

type Kind = 'counts' | 'neutral' | 'breaks';

/** `[A-Za-z0-9&'’]`, as char codes: the scan below runs over whole bodies, so no regex per word. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38 || c === 39 || c === 0x2019;
}

function kindOfCapitals(word: string, skip: Set<string>): Kind {
  const bare = word.replace(/['’]S?$/, '');
  if (ACRONYM_SET.has(bare) || skip.has(bare) || ROMAN.test(bare)) return 'neutral';
  return 'counts';
}

function kindOf(word: string, skip: Set<string>): Kind {
  if (/[a-z]/.test(word)) return 'breaks';
  const letters = word.replace(/[^A-Z]/g, '').length;
  if (letters < 2 || /[0-9]/.test(word)) return 'neutral';
  return kindOfCapitals(word, skip);
}

/** "I", "I'M", "I'LL", "I'VE", "I'D": the pronoun keeps its capital. */
const PRONOUN_I = /^I(['’](?:M|LL|VE|D))?$/;
const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

export interface CaseContext {
  /** The council's own name words (kept as names). */
  skip: Set<string>;
  /** Lower-case words that are names (days, months, people of the council). */
  proper: Set<string>;
}

/**
 * The run in sentence case: ordinary words lower-cased; acronyms, Roman numerals and "I" kept;
 * names (the council's, people's, days and months) in title case; a capital only where a sentence
 * starts: at the run's start when the text before it ends a sentence, and after . ! ? inside it.
 * "I HAVE TOLD YOU THREE TIMES" flags "HAVE … TIMES" and becomes "have told you three times".
 */
export function toSentenceCase(run: string, atSentenceStart: boolean, c: CaseContext): string {
  const words = run.replace(/[A-Za-z0-9&'’]+/g, (w) => {
    if (/[a-z]/.test(w)) return w;
    if (PRONOUN_I.test(w)) return 'I' + w.slice(1).toLowerCase();
    const bare = w.replace(/['’]S$/, '');
    if (c.skip.has(bare) || c.proper.has(bare.toLowerCase())) return titleCase(w);
    if (w === 'A') return 'a';
    return kindOf(w, c.skip) === 'counts' ? w.toLowerCase() : w;
  });
  const capitalised = words.replace(/([.!?]\s+)([a-z])/g, (_m, gap: string, ch: string) => gap + ch.toUpperCase());
  return atSentenceStart ? capitalised.charAt(0).toUpperCase() + capitalised.slice(1) : capitalised;
}

/** Does a sentence start at `at` (start of text, a new line, or after . ! ? and closing quotes)? A scan, not a regex: no backtracking. */
function sentenceStartsAt(text: string, at: number): boolean {
  let i = at - 1;
  for (; i >= 0 && /\s/.test(text[i]); i--) if (text[i] === '\n') return true;
  if (i < 0) return true;
  while (i >= 0 && '"\'’”)'.includes(text[i])) i--;
  return i >= 0 && '.!?'.includes(text[i]);
}

function shouting(text: string, field: 'subject' | 'body', min: number, skip: Set<string>, proper: Set<string>, report: Report): void {
  let runStart = -1;
  let runEnd = -1;
  let count = 0;
  let lastEnd = 0;
  const flush = () => {
    if (count >= min) {
      const actual = text.slice(runStart, runEnd);
      report({
        messageId: 'shouting',
        data: { words: count },
        span: { field, start: runStart, end: runEnd },
        actual,
        suggestions: [toSentenceCase(actual, sentenceStartsAt(text, runStart), { skip, proper })],
      });
    }
    runStart = -1;
    count = 0;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // One word: classify it from its characters; only all-capital words are sliced out.
    const start = i;
    let lower = 0;
    let upper = 0;
    let digit = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) lower++;
      else if (c >= 65 && c <= 90) upper++;
      else if (c >= 48 && c <= 57) digit++;
      else if (!(c === 38 || c === 39 || c === 0x2019)) break;
    }
    const end = i;
    // A blank line (a new paragraph) ends a run.
    if (count && /\n[ \t]*\n/.test(text.slice(lastEnd, start))) flush();
    lastEnd = end;
    const kind: Kind = lower ? 'breaks' : upper < 2 || digit ? 'neutral' : kindOfCapitals(text.slice(start, end), skip);
    if (kind === 'breaks') {
      flush();
    } else if (kind === 'counts') {
      if (runStart < 0) runStart = start;
      runEnd = end;
      count++;
    }
  }
  flush();
}

function exclamations(text: string, field: 'subject' | 'body', min: number, report: Report): void {
  let re = EXCLAMATION_RE.get(min);
  if (!re) EXCLAMATION_RE.set(min, (re = new RegExp(`[!?]{${Math.max(2, min)},}`, 'g')));
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].indexOf('!') < 0) continue;
    report({
      messageId: 'exclamation',
      data: { count: m[0].length },
      span: { field, start: m.index, end: m.index + m[0].length },
      actual: m[0],
      suggestions: [m[0].indexOf('?') >= 0 ? '?' : '.'],
    });
  }
}

const TITLES = new Set(['cllr', 'councillor', 'clr', 'mr', 'mrs', 'ms', 'dr']);
let properCache: { key: string; set: Set<string> } | undefined;

/** Days, months, and the first and last names in the councillors' and officers' addresses (ada.lovelace@). */
function properNouns(roles: { councillors: readonly string[]; officers: readonly string[] }): Set<string> {
  const all = [...roles.councillors, ...roles.officers];
  const key = all.join(',');
  if (properCache?.key === key) return properCache.set;
  const set = new Set(ALWAYS_CAPITALISED);
  for (const address of all) {
    const parts = address.slice(0, address.lastIndexOf('@')).toLowerCase().split(/[._-]+/).filter((p) => p && !TITLES.has(p) && !/\d/.test(p));
    // Only personal names (first.last): "clerk@" or "finance@" name a role, not a person.
    if (parts.length >= 2) for (const p of parts) if (p.length > 1) set.add(p);
  }
  properCache = { key, set };
  return set;
}

/**
 * A courteous message written wholly in capitals ("HELLO … PLEASE CAN SOMEONE FILL IT. MANY THANKS"):
 * capitals with nothing in ordinary case to stand out from are a writing habit (caps lock, a visual
 * need), not a raised voice. At least 8 words, at most one in seven with a small letter (a signature).
 */
export function capitalsHabit(text: string): boolean {
  let words = 0;
  let lower = 0;
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'’]+/g)) {
    words++;
    if (/[a-z]/.test(m[0])) lower++;
  }
  return words >= 8 && lower * 7 <= words && COURTESY.test(text);
}

export default defineRule({
  meta: {
    id: 'tone/shouting',
    category: 'tone',
    clause: '4.3c',
    summary: 'SHOUTING in capitals or runs of exclamation marks',
    defaultLevel: 'warn',
    messages: {
      shouting:
        '{words} words in a row are in capitals, which reads as shouting. The policy asks for appropriate language to avoid misunderstandings (4.3c). Use normal capitalisation; bold or a heading can mark what matters.',
      exclamation:
        'A run of {count} exclamation marks can read as angry or alarmed. The policy asks for appropriate language (4.3c). One full stop or exclamation mark is enough.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    const { shoutingWords, exclamationRun } = ctx.config.thresholds;
    // The council's own name in capitals (letterheads, signatures) is not shouting.
    const skip = new Set(ctx.config.organisation.name.toUpperCase().split(/[^A-Z]+/).filter(Boolean));
    const proper = properNouns(ctx.config.roles);
    // A reply's subject kept from the message it answers is the earlier writer's capitals.
    const inherited = ctx.subjectInherited;
    const habit = capitalsHabit(`${ctx.draft.subject}\n${ctx.ownText}`);
    for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const) {
      if (!habit && !(inherited && field === 'subject')) shouting(text, field, shoutingWords, skip, proper, report);
      exclamations(text, field, exclamationRun, report);
    }
  },
});
