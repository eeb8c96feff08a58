// SHOUTING (runs of all-capital words) and runs of exclamation marks, in the subject and the
// sender's own words. One linear pass over the words; acronyms neither count nor break a run.
import { defineRule, type Report } from '../../rule';
import { ACRONYMS } from '../../data/acronyms';

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

function toSentenceCase(run: string, skip: Set<string>): string {
  const lowered = run.replace(/[A-Za-z0-9&'’]+/g, (w) => (kindOf(w, skip) === 'counts' ? w.toLowerCase() : w));
  return lowered.charAt(0).toUpperCase() + lowered.slice(1);
}

function shouting(text: string, field: 'subject' | 'body', min: number, skip: Set<string>, report: Report): void {
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
        suggestions: [toSentenceCase(actual, skip)],
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
    for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const) {
      shouting(text, field, shoutingWords, skip, report);
      exclamations(text, field, exclamationRun, report);
    }
  },
});
