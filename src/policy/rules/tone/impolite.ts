// Curt, hostile or sarcastic wording, mild swearing and mild insults (warn). The phrase lexicon is
// its own function so a trained politeness model (src/policy/models/) can be added beside it.
import { defineRule, type RuleReport } from '../../rule';
import { IMPOLITE_PHRASES } from '../../data/impolite';
import { compilePhrases, scanPhrases } from '../../text/patterns';
import { lexiconHits } from './lexicon';
import { insultHits } from './insults';
import { isReported } from '../../judge/reported';
import type { SpanField } from '../../types';
import { impoliteSentences } from './impolite-model';
import { registerFindings } from './impolite-register';
import { IMPOLITE_MESSAGES, impoliteJudgement } from '../council-judgement-reports';

const PHRASES = compilePhrases(IMPOLITE_PHRASES.map((p) => p.pattern));

/** Phrase-lexicon findings in one text: pure, so other detectors can be compared with it. */
export function impolitePhrases(text: string, field: SpanField): RuleReport[] {
  const out: RuleReport[] = [];
  for (const hit of scanPhrases(PHRASES, text)) {
    const entry = IMPOLITE_PHRASES[hit.index];
    // An entry that starts at the end of the sentence before (". Again.") quotes only its own words.
    const lead = /^[.!?]\s+/.exec(hit.text)?.[0].length ?? 0;
    const phrase = hit.text.slice(lead);
    // Someone else's words passed on ("She wrote, 'Thanks for nothing'") are not the writer's discourtesy.
    if (isReported(text, hit.start + lead, hit.end)) continue;
    out.push({
      messageId: entry.kind,
      data: { phrase },
      span: { field, start: hit.start + lead, end: hit.end },
      actual: phrase,
      suggestions: entry.suggestions.length ? entry.suggestions : undefined,
    });
  }
  // Discourtesy words aimed at someone ("you jobsworth", "the clerk is useless"), judged in ./insults.ts.
  for (const hit of insultHits(text)) {
    if (!hit.entry.mild || hit.use !== 'aimed' || out.some((r) => r.span && r.span.start < hit.end && r.span.end > hit.start)) continue;
    out.push({ messageId: 'insult', data: { phrase: hit.text }, span: { field, start: hit.start, end: hit.end }, actual: hit.text });
  }
  return out;
}

/**
 * Does [start, end) overlap a finding's span? Spans sorted by start with the running furthest end,
 * so each question is a binary search: a body full of flagged phrases stays linear, not quadratic.
 */
function overlapsAny(findings: readonly RuleReport[]): (start: number, end: number) => boolean {
  const spans = findings.flatMap((f) => (f.span ? [f.span] : [])).sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const s of spans) furthest.push(Math.max(s.end, furthest.length ? furthest[furthest.length - 1] : -Infinity));
  return (start, end) => {
    // The last span starting before `end`; any earlier one reaching past `start` overlaps.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthest[lo - 1] > start;
  };
}

/** The reader addressed: second person in the sentence, or a sentence that tells them to do something. */
const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves|ya|u|ur)\b/i;
const IMPERATIVE = /^[\s"'“‘(*>-]*(?:(?:please|just|now|so|oh|and)[\s,]+)*(?:stop|quit|don'?t|do not|never|get|give|go|take|keep|leave|cut|sort|fix|shut|send|put|read|look|tell|move|pack|knock|clean|pick|clear|drop|check|answer|listen|grow|piss|bugger|sod)\b/i;
const SENTENCE_END = /[.!?\n]/;

/**
 * Is mild swearing at [start, end) said to the reader: in a sentence (at most 120 characters either
 * side) that addresses them or tells them what to do? "Your report is a bloody mess" and "Stop sending me
 * this shit" are; "too damn funny", "if we play like
 * shit", "that damn dog" are informal words about things, not discourtesy to a person (issue #16).
 */
function toReader(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 120 && !SENTENCE_END.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 120 && !SENTENCE_END.test(text[b])) b++;
  const sentence = text.slice(a, b).replace(/[’‘]/g, "'");
  return SECOND_PERSON.test(sentence) || IMPERATIVE.test(sentence);
}

export default defineRule({
  meta: {
    id: 'tone/impolite',
    category: 'tone',
    clause: '4.3c',
    summary: 'Curt, hostile, sarcastic or mildly rude wording',
    defaultLevel: 'warn',
    messages: {
      phrase:
        '"{phrase}" may come across as curt or hostile. The policy asks for appropriate language to avoid misunderstandings (4.3c). Consider a gentler wording.',
      sarcasm:
        '"{phrase}" may read as sarcasm, which is easily misunderstood in writing. The policy asks for appropriate language (4.3c). Say what you mean directly.',
      insult:
        '"{phrase}" belittles the person it is aimed at. Council emails must be courteous (4.3c). Describe the problem instead.',
      model:
        'This sentence may read as curt: {drivers} made it score as impolite against thousands of rated requests. The policy asks for appropriate language to avoid misunderstandings (4.3c). Consider thanking, asking rather than telling, or softening it.',
      mild:
        '"{phrase}" is mild swearing, which is out of place in council email. The policy asks for appropriate language and courtesy (4.3c). Remove it.',
      condescending:
        '"{phrase}" may read as talking down to the reader. Council emails must be courteous (4.3c). Make the point plainly, as to an equal.',
      passive:
        '"{phrase}" may read as a dig, not a reminder. Council emails must be courteous (4.3c). Say plainly what you need and by when.',
      curt:
        '"{phrase}" and the rest of this note may read as curt, with no greeting, please or thank you. Council emails must be courteous (4.3c). Say what is wrong and ask for what you need.',
      ...IMPOLITE_MESSAGES,
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    // A reply's subject kept from the message it answers is the earlier writer's words.
    const inherited = ctx.subjectInherited;
    if (!inherited) for (const r of impolitePhrases(ctx.draft.subject, 'subject')) report(r);
    const bodyFindings = impolitePhrases(ctx.ownText, 'body');
    for (const r of bodyFindings) report(r);
    // Condescension and curt notes, which need the sentence's context (./impolite-register.ts).
    for (const r of registerFindings(ctx.ownText, overlapsAny(bodyFindings))) {
      bodyFindings.push(r);
      report(r);
    }
    // The trained model adds sentences the lexicon does not know (src/policy/models/politeness.ts).
    for (const r of impoliteSentences(ctx.draft.body.text, ctx.sentences, overlapsAny(bodyFindings))) report(r);
    for (const r of impoliteJudgement(ctx, overlapsAny(bodyFindings))) report(r);
    for (const hit of lexiconHits(ctx)) {
      // Undirected swearing that is not obscene, and undirected insult words that are still coarse.
      const coarseAlone = hit.tier === 'insult' && !hit.directed && /^(?:bastard|slut|whore|cuck)/i.test(hit.word);
      const text = hit.field === 'subject' ? ctx.draft.subject : ctx.ownText;
      // A word named as a word is not sworn; mild swearing in someone else's words (a quotation, a
      // resident's complaint passed on) is not the writer's discourtesy to the reader.
      if (hit.mentioned || (hit.tier === 'mild' && ((inherited && hit.field === 'subject') || isReported(text, hit.start, hit.end)))) continue;
      if ((hit.tier === 'mild' && (hit.directed || toReader(text, hit.start, hit.end))) || coarseAlone) {
        report({ messageId: 'mild', data: { phrase: hit.text }, span: { field: hit.field, start: hit.start, end: hit.end }, actual: hit.text });
      }
    }
  },
});
