// Abuse disguised with symbols inside the word ("d!ckhead", "@rse", "b*stard", "tw4t", "a$$hole"):
// the candidate step of tone/abusive that undoes them. Each word that mixes letters with symbols or
// digits is compared, letter by letter, with the obscene and insulting words the lexicon knows; a
// symbol stands for the letters it is used for ("!" i or l, "@" a, "0" o, "$" s…), "*" for any one
// letter. A match is written back in place (same length, so offsets hold) and the lexicon judges the
// restored text as usual. Two kinds of disguise:
//  - substitution ("d!ck", "pr@t"): written to get a word past a filter, so an insult word is abuse
//    even when it is not plainly aimed at someone;
//  - masking with "*" ("b*stard"): the writer's own courtesy, so an insult is abuse when aimed at
//    someone ("a jumped-up pr*ck", "all p*icks").
// Either way a strong word is obscene, and a mild word ("@rse", "sh!t") is abuse when aimed at
// someone ("a pompous @rse", "you little sh!t", "shove it up his @rse"); on its own it stays
// tone/impolite's (warn).
// Some words are insults only when disguised ("an utter kn*b", "a stupid c*w"): nobody masks a door
// knob or a cow. A hyphen for the middle letters ("f-ing", "f---ing") is a masked "fucking".
// The normaliser (src/policy/text/normalise.ts) is not changed: this runs inside the rule only.
import type { RuleContext } from '../../context';
import { DIRECTED_PHRASES, INSULT_NOUNS } from '../../data/profanity';
import { compilePhrases, scanPhrases } from '../../text/patterns';
import { isDirected, lexiconHits, scanLexicon } from './lexicon';

/** Words a disguise is restored to (the lexicon then decides their tier; compounds are matched as prefixes). */
export const DISGUISE_TARGETS: readonly string[] = [
  'fuck', 'cunt', 'wank', 'twat', 'tosser', 'tosspot', 'dick', 'cock', 'prick', 'bitch', 'bastard', 'shit', 'piss',
  'arse', 'ass', 'bollocks', 'bellend', 'knob', 'scumbag', 'moron', 'idiot', 'slag', 'slut', 'whore', 'crap', 'cretin', 'prat', 'pillock',
  'cow',
];
/** Insults only when disguised, and aimed at someone ("an utter kn*b", "a stupid c*w"). */
const DISGUISED_ONLY = /^(?:knob|knobs|cow|cows)$/;
/** "f-ing", "f---ing", "f-off": a hyphen for the middle letters of "fuck". */
const HYPHEN_MASKED = /\bf-+(?:ing|in|in'|ed|er|ers|off)\b/gi;
const DIRECTED = compilePhrases(DIRECTED_PHRASES);
const BY_LENGTH = [...DISGUISE_TARGETS].sort((a, b) => b.length - a.length);
const INSULTS = compilePhrases(INSULT_NOUNS.map((n) => n.word));
const MILD_INSULT = new RegExp(`^(?:${INSULT_NOUNS.filter((n) => n.mild).map((n) => n.word).join('|')})$`, 'i');
/** A masked insult used as a noun for someone: "a jumped-up pr*ck", "all p*icks", "that b*stard". */
/** A mild word called someone: "is a pompous @rse", "you little sh!t" (not "a load of"). */
const CALLED = /\b(?:is|are|was|were|you|you'?re|he'?s|she'?s|what|such) (?:a |an |one )?(?:(?!of\b)[\w-]+ ){0,2}$/i;
const NOUN_BEFORE = /\b(?:a|an|all|some|that|this|those|these|the|you|little|lying|thieving)\s+(?:[\w-]+\s+){0,2}$/i;

/** What each symbol or digit may stand for. "*" stands for any letter. */
const STANDS_FOR: Record<string, string> = {
  '0': 'o', '1': 'il', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'aeiou', $: 's', '!': 'il', '|': 'il', '+': 't',
};
/** A run of letters, digits and disguise symbols. */
const TOKEN = /[A-Za-z0-9@$!*|+]+/g;
const SYMBOL = /[0-9@$!*|+]/;

export interface DisguisedHit {
  field: 'subject' | 'body';
  start: number;
  end: number;
  /** As written ("d!ckhead"). */
  text: string;
  /** Restored ("dickhead"). */
  restored: string;
  messageId: 'abuse' | 'profanity';
}

function fits(written: string, target: string, at: number): boolean {
  for (let k = 0; k < target.length; k++) {
    const c = written[at + k];
    if (c === target[k] || c === '*') continue;
    const s = STANDS_FOR[c];
    if (!s || s.indexOf(target[k]) < 0) return false;
  }
  return true;
}

/** The token with a disguised target word written back, or undefined. */
export function restoreToken(token: string): string | undefined {
  const lower = token.toLowerCase();
  // A word at the start of the token first ("p*icks" is "pricks", not "p" + "dicks"), longest first.
  for (let at = 0; at < lower.length; at++) {
    for (const target of BY_LENGTH) {
      if (at + target.length > lower.length) continue;
      // The word must start the token or follow a letter run that is itself a word part ("bullsh!t").
      if (!fits(lower, target, at)) continue;
      let disguised = false;
      for (let k = at; k < at + target.length; k++) if (SYMBOL.test(lower[k])) disguised = true;
      if (!disguised) continue;
      // Other symbols in the token take their first reading ("@ssh0le" → "asshole").
      const rest = (s: string) => s.replace(/[0-9@$!|+]/g, (c) => STANDS_FOR[c]?.[0] ?? c);
      return rest(lower.slice(0, at)) + target + rest(lower.slice(at + target.length));
    }
  }
  return undefined;
}

interface Restored {
  text: string;
  spans: { start: number; end: number; masked: boolean }[];
}

function restoreText(text: string): Restored | undefined {
  let out: string[] | undefined;
  const spans: Restored['spans'] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let start = m.index;
    let token = m[0];
    // "Yahoo!", "£45*", "*see note": punctuation at the edges, not a disguise.
    while (token.length && (token[token.length - 1] === '!' || token[token.length - 1] === '*')) token = token.slice(0, -1);
    while (token.length && token[0] === '*') (token = token.slice(1)), start++;
    if (token.length < 3 || !SYMBOL.test(token) || !/[A-Za-z]/.test(token)) continue;
    const end = start + token.length;
    // An address ("dick.smith@…", "clerk@waretowncouncil.gov.uk") or a handle is not a word.
    // "tw@t." ends a sentence: an address goes on after the dot ("tw@t.com").
    if (token.indexOf('@') > 0 && text[end] === '.' && /[A-Za-z0-9]/.test(text[end + 1] ?? '')) continue;
    if (token.indexOf('@') > 0 && text[start - 1] === '.') continue;
    const restored = restoreToken(token);
    if (!restored) continue;
    out ??= text.split('');
    for (let k = 0; k < restored.length; k++) out[start + k] = restored[k];
    spans.push({ start, end, masked: !/[0-9@$!|+]/.test(token) });
  }
  return out ? { text: out.join(''), spans } : undefined;
}

/** Disguised obscenity and abuse in the subject and the sender's own words, not already found undisguised. */
export function disguisedAbuse(ctx: RuleContext): DisguisedHit[] {
  const found = lexiconHits(ctx);
  const out: DisguisedHit[] = [];
  for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const) {
    const r = restoreText(text);
    if (!r) continue;
    const spanOf = (start: number, end: number) => r.spans.find((s) => start < s.end && end > s.start);
    const already = (s: { start: number; end: number }) =>
      found.some((h) => h.field === field && h.start < s.end && h.end > s.start && (h.tier === 'strong' || (h.tier === 'insult' && h.directed)));
    const taken = new Set<number>();
    const push = (start: number, end: number, abuse: boolean) => {
      const s = spanOf(start, end);
      if (!s || taken.has(s.start) || already(s)) return;
      taken.add(s.start);
      out.push({ field, start: s.start, end: s.end, text: text.slice(s.start, s.end), restored: r.text.slice(s.start, s.end), messageId: abuse ? 'abuse' : 'profanity' });
    };
    const aimed = (start: number) => isDirected(r.text, start) || NOUN_BEFORE.test(r.text.slice(Math.max(0, start - 40), start));
    for (const hit of scanPhrases(INSULTS, r.text)) {
      const s = spanOf(hit.start, hit.end);
      // Substituted, any insult ("pr@t" too); masked, a strong one aimed at someone.
      if (s && (!s.masked || (!MILD_INSULT.test(hit.text) && aimed(hit.start)))) push(hit.start, hit.end, true);
    }
    for (const hit of scanLexicon(r.text, field)) {
      const s = spanOf(hit.start, hit.end);
      if (!s) continue;
      const before = r.text.slice(Math.max(0, hit.start - 40), hit.start);
      const mildAimed = hit.tier === 'mild' && (hit.directed || CALLED.test(before));
      const insultAimed = hit.tier === 'insult' && (!s.masked || aimed(hit.start));
      if (hit.tier === 'strong' || mildAimed || insultAimed) push(hit.start, hit.end, hit.directed || mildAimed || insultAimed);
    }
    // "shove his agenda up his @rse": the restored phrase aims it.
    for (const hit of scanPhrases(DIRECTED, r.text)) {
      for (const s of r.spans) if (s.start >= hit.start && s.end <= hit.end) push(s.start, s.end, true);
    }
    for (const s of r.spans) {
      if (DISGUISED_ONLY.test(r.text.slice(s.start, s.end)) && aimed(s.start)) push(s.start, s.end, true);
    }
  }
  return out;
}

/** "f-ing", "f---ing" in the subject and the sender's own words: masked obscenity. */
export function hyphenMasked(ctx: RuleContext): DisguisedHit[] {
  const out: DisguisedHit[] = [];
  for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const) {
    if (text.indexOf('-') < 0) continue;
    HYPHEN_MASKED.lastIndex = 0;
    for (let m = HYPHEN_MASKED.exec(text); m; m = HYPHEN_MASKED.exec(text)) {
      out.push({ field, start: m.index, end: m.index + m[0].length, text: m[0], restored: m[0], messageId: 'profanity' });
    }
  }
  return out;
}
