// The block-level tone families (abusive, threat, discriminatory) as candidates, then a judgement.
// A lexicon or phrase hit is a candidate; its context decides: words the sender reports (a resident's
// abuse, a news item) go to tone/reported (warn), a threat phrase whose aim is unclear goes to
// tone/threat-possible (warn), and an offer ("I will get you the plans") or a request about documents
// ("send them back to me") is dropped. Only a confident judgement blocks. Computed once per check.
import type { RuleContext } from '../../context';
import { DIRECTED_PHRASES } from '../../data/profanity';
import { DISCRIMINATORY_PHRASES } from '../../data/slurs';
import { THREAT_PATTERNS } from '../../data/threats';
import { aimedAtGroup, threatAim, type Confidence } from '../../judge/aim';
import { inNamePosition } from '../../judge/names';
import { isReported } from '../../judge/reported';
import { perCheck } from '../../judge/per-check';
import { compilePhrases, scanPhrases } from '../../text/patterns';
import { lexiconHits } from './lexicon';
import { crudePerson, insultHits, insultStrings } from './insults';
import { disguisedAbuse, hyphenMasked } from './disguised';

export type Family = 'abusive' | 'threat' | 'discriminatory';
/**
 * Where a candidate ends up: its family's block rule, the unsure tier, the reported tier, or nowhere
 * (`dropped`: kept so the learnt judgements of ./judged.ts do not judge a decided sentence again).
 */
export type Outcome = 'block' | 'possible' | 'reported' | 'dropped';

export interface Judged {
  family: Family;
  /** The family rule's message id ("profanity", "abuse", "threat", "slur", "statement"). */
  messageId: string;
  outcome: Outcome;
  field: 'subject' | 'body';
  start: number;
  end: number;
  text: string;
}

const DIRECTED = compilePhrases(DIRECTED_PHRASES);
const THREATS = compilePhrases(THREAT_PATTERNS);
const STATEMENTS = compilePhrases(DISCRIMINATORY_PHRASES);
/** "someone of your sort of experience": "kind of" / "sort of" is not about a kind of person. */
const KIND_OF = /^\s*of\b/i;

function outcomeOf(confidence: Confidence, reported: boolean): Outcome {
  if (confidence === 'not') return 'dropped';
  if (reported) return 'reported';
  return confidence === 'sure' ? 'block' : 'possible';
}

function judge(ctx: RuleContext): Judged[] {
  const out: Judged[] = [];
  const taken: { field: string; start: number; end: number }[] = [];
  const overlaps = (field: string, start: number, end: number) => taken.some((t) => t.field === field && start < t.end && end > t.start);
  const add = (j: Judged | undefined) => {
    if (!j) return;
    taken.push(j);
    out.push(j);
  };
  // Abuse in a reply's subject kept from the message it answers is passed on, like a quotation.
  const inherited = ctx.subjectInherited;
  const passedOn = (field: string, text: string, start: number, end: number) => (inherited && field === 'subject') || isReported(text, start, end);
  const texts = [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const;
  for (const [field, text] of texts) {
    for (const hit of scanPhrases(THREATS, text)) {
      const outcome = outcomeOf(threatAim(text, hit.start, hit.end), isReported(text, hit.start, hit.end));
      out.push({ family: 'threat', messageId: 'threat', outcome, field, start: hit.start, end: hit.end, text: hit.text });
    }
    for (const hit of scanPhrases(STATEMENTS, text)) {
      const send = /^(?:send|ship|kick)\b/i.test(hit.text);
      const kind = /(?:kind|sort)$/i.test(hit.text) && KIND_OF.test(text.slice(hit.end, hit.end + 8));
      const confidence: Confidence = kind ? 'not' : send ? aimedAtGroup(text, hit.start, hit.end) : 'sure';
      // An unsure "send them back" is ordinary business far more often than not: silent.
      const outcome = confidence === 'unsure' ? 'dropped' : outcomeOf(confidence, isReported(text, hit.start, hit.end));
      out.push({ family: 'discriminatory', messageId: 'statement', outcome, field, start: hit.start, end: hit.end, text: hit.text });
    }
    for (const hit of scanPhrases(DIRECTED, text)) {
      add({ family: 'abusive', messageId: 'abuse', outcome: passedOn(field, text, hit.start, hit.end) ? 'reported' : 'block', field, start: hit.start, end: hit.end, text: hit.text });
    }
    // Name-calling ("you pillock", "the clerk is a numpty"), judged in ./insults.ts; discourtesy words are tone/impolite's.
    // Name-calling built from ordinary words ("you lying little weasel", "you're a disgrace"), after the words above.
    for (const hit of [...insultHits(text).filter((h) => !h.entry.mild), ...insultStrings(text)]) {
      if (overlaps(field, hit.start, hit.end)) continue;
      add({ family: 'abusive', messageId: 'abuse', outcome: hit.use === 'reported' || (inherited && field === 'subject') ? 'reported' : 'block', field, start: hit.start, end: hit.end, text: hit.text });
    }
  }
  for (const hit of lexiconHits(ctx)) {
    const text = hit.field === 'subject' ? ctx.draft.subject : ctx.ownText;
    const base = { field: hit.field, start: hit.start, end: hit.end, text: hit.text };
    // A word named as a word ("the word …") is passed on at most, like a quotation.
    const reported = hit.mentioned || isReported(text, hit.start, hit.end);
    if (hit.tier === 'slur') {
      if (hit.ambiguous && !hit.directed) continue;
      out.push({ family: 'discriminatory', messageId: 'slur', outcome: reported ? 'reported' : 'block', ...base });
      continue;
    }
    if (overlaps(hit.field, hit.start, hit.end)) continue;
    // A crude word as a noun for a person ("a grubby little shit who …") is name-calling, not mild swearing.
    const person = hit.tier === 'mild' && /^(?:shit|turd|arse|ass)s?$/i.test(hit.text) && crudePerson(text, hit.start, hit.end);
    if (hit.tier === 'strong' || (hit.tier === 'insult' && hit.directed) || person) {
      // "Thank you Dick": a name after a greeting is not an insult aimed at the reader.
      if (hit.tier === 'insult' && inNamePosition(text, hit.start, hit.end)) continue;
      const messageId = hit.directed || person ? 'abuse' : 'profanity';
      add({ family: 'abusive', messageId, outcome: reported || (inherited && hit.field === 'subject') ? 'reported' : 'block', ...base });
    }
  }
  // Symbols inside a word ("d!ckhead", "@rse"), restored by ./disguised.ts: judged like the rest.
  for (const hit of [...disguisedAbuse(ctx), ...hyphenMasked(ctx)]) {
    if (overlaps(hit.field, hit.start, hit.end)) continue;
    const text = hit.field === 'subject' ? ctx.draft.subject : ctx.ownText;
    // "D1ck Wh1771ng70n": a capitalised word before another is a name, disguised or not (as in the lexicon).
    if (/^[A-Z][a-z0-9]/.test(hit.text) && /^[ \t]+[A-Z][a-z0-9]/.test(text.slice(hit.end, hit.end + 3))) continue;
    add({ family: 'abusive', messageId: hit.messageId, outcome: passedOn(hit.field, text, hit.start, hit.end) ? 'reported' : 'block', field: hit.field, start: hit.start, end: hit.end, text: hit.text });
  }
  return out;
}

/** Judged tone candidates of this check, computed once. */
export const judgedTone = perCheck(judge);
