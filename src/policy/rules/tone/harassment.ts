// Harassment, including sexual harassment, without a swear word: remarks on someone's looks, body or
// clothes, invitations pressed after a no, prying into or commenting on someone's private life,
// turning up or watching (Equality Act 2010 s.26). Phrases that are harassment in almost any sentence
// (../../data/harassment.ts) block in the shipped policy, and so does a sentence judged by concept
// (./harassment-evidence.ts, ./harassment-concepts.ts: a person aimed at, a personal subject and an
// unwanted turn, or a person pursued after a no); the rest is a learnt
// judgement over candidate sentences (./judged.ts, src/policy/models/council.ts), where the policy lists it.
import { defineRule } from '../../rule';
import type { RuleContext } from '../../context';
import { HARASSMENT_PATTERNS } from '../../data/harassment';
import { compilePhrases, scanPhrases } from '../../text/patterns';
import { judgedSentences, quoteOf, MAX_JUDGED_OFFSET, type JudgedSentence } from './judged';
import { isReported, sentenceReported } from '../../judge/reported';
import { aimedAtNoOne } from '../../judge/aim';
import { perCheck } from '../../judge/per-check';
import { harassmentEvidence } from './harassment-evidence';

const PHRASES = compilePhrases(HARASSMENT_PATTERNS);

/**
 * Sentences of the sender's own words with a harassment phrase the sender does not report (once per
 * check: tone/harassment-possible leaves these sentences to this rule).
 */
export const phraseSentences = perCheck((ctx: RuleContext): JudgedSentence[] => {
  const out: JudgedSentence[] = [];
  const text = ctx.ownText;
  const sentences = ctx.sentences;
  // Only the first MAX_JUDGED_OFFSET characters, as for the learnt judgement: a longer body is a pasted document.
  for (const hit of scanPhrases(PHRASES, text, 0, Math.min(text.length, MAX_JUDGED_OFFSET))) {
    // Someone else's words, or legs and poses aimed at no one ("the walk has two long legs", issue #16).
    if (isReported(text, hit.start, hit.end) || aimedAtNoOne(text, hit.start, hit.end)) continue;
    // The sentence holding the hit (sentences are in order): a binary search, so many hits stay cheap.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= hit.start) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    if (!s || s.start > hit.start || hit.start >= s.end) continue;
    if (out.length && out[out.length - 1].start === s.start) continue;
    out.push({ start: s.start, end: s.end, text: s.text, quote: quoteOf(s.text) });
  }
  return out;
});

export default defineRule({
  meta: {
    id: 'tone/harassment',
    category: 'tone',
    clause: '3.1',
    summary: "Unwelcome personal remarks: looks, private life, pressed invitations",
    defaultLevel: 'block',
    messages: {
      looks:
        'This is a personal remark on someone\'s looks or clothes: "{quote}". The policy forbids harassing messages (3.1), and a remark of a sexual nature about a colleague\'s appearance can be harassment under the Equality Act 2010 (s.26). Remove it; thank people for their work instead.',
      harassment:
        'This reads as unwelcome personal attention: "{quote}". The policy forbids harassing messages (3.1); remarks about someone\'s looks, body or private life, and invitations pressed after a no, can be harassment under the Equality Act 2010 (s.26). Remove it and keep to council business.',
    },
    inputs: ['body'],
  },
  check(ctx, report) {
    const phrases = phraseSentences(ctx);
    const evidence = harassmentEvidence(ctx, true).filter((e) => !phrases.some((p) => p.start === e.start));
    for (const e of evidence) report({ messageId: e.family, data: { quote: e.quote }, span: { field: 'body', start: e.start, end: e.end }, actual: e.text });
    const taken = [...phrases, ...evidence];
    for (const s of [...phrases, ...judgedSentences(ctx, 'harassment', taken)]) {
      // Words the writer passes on (in quotation marks, after "he said") are not the writer's harassment (issue #16).
      if (sentenceReported(ctx.ownText, s.start, s.end)) continue;
      report({ messageId: 'harassment', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
    }
  },
});
