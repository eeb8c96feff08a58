// Unambiguous obscenity anywhere, and insults aimed at a person. Mild words and mild insults are
// tone/impolite's (warn): one rule has one level, so what must not block lives in another rule.
import { defineRule } from '../../rule';
import { DIRECTED_PHRASES, INSULT_NOUNS } from '../../data/profanity';
import { compilePhrases, scanPhrases } from '../../text/patterns';
import { isDirected, lexiconHits } from './lexicon';
import { disguisedAbuse } from './disguised';

const DIRECTED = compilePhrases(DIRECTED_PHRASES);
const STRONG_INSULTS = compilePhrases(INSULT_NOUNS.filter((n) => !n.mild).map((n) => n.word));

export default defineRule({
  meta: {
    id: 'tone/abusive',
    category: 'tone',
    clause: '4.3c',
    summary: 'Obscene or abusive language',
    defaultLevel: 'block',
    messages: {
      profanity:
        '"{word}" is obscene. Council emails must comply with codes of courtesy and decency (4.3c) and offensive material is not tolerated (2.3). Remove it.',
      abuse:
        '"{word}" insults the person you are writing to or about. Council emails must be courteous (4.3c) and must not harass anyone (3.1). Say what the problem is instead.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    const taken: { field: string; start: number; end: number }[] = [];
    const overlaps = (field: string, start: number, end: number) => taken.some((t) => t.field === field && start < t.end && end > t.start);
    for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const) {
      for (const hit of scanPhrases(DIRECTED, text)) {
        taken.push({ field, start: hit.start, end: hit.end });
        report({ messageId: 'abuse', data: { word: hit.text }, span: { field, start: hit.start, end: hit.end }, actual: hit.text });
      }
      for (const hit of scanPhrases(STRONG_INSULTS, text)) {
        if (overlaps(field, hit.start, hit.end) || !isDirected(text, hit.start)) continue;
        taken.push({ field, start: hit.start, end: hit.end });
        report({ messageId: 'abuse', data: { word: hit.text }, span: { field, start: hit.start, end: hit.end }, actual: hit.text });
      }
    }
    for (const hit of lexiconHits(ctx)) {
      if (overlaps(hit.field, hit.start, hit.end)) continue;
      const span = { field: hit.field, start: hit.start, end: hit.end };
      if (hit.tier === 'strong') {
        report({ messageId: hit.directed ? 'abuse' : 'profanity', data: { word: hit.text }, span, actual: hit.text });
      } else if (hit.tier === 'insult' && hit.directed) {
        report({ messageId: 'abuse', data: { word: hit.text }, span, actual: hit.text });
      }
    }
    // Symbols inside a word ("d!ckhead", "@rse"): restored, then judged as above (./disguised.ts).
    for (const hit of disguisedAbuse(ctx)) {
      if (!overlaps(hit.field, hit.start, hit.end)) report({ messageId: hit.messageId, data: { word: hit.text }, span: { field: hit.field, start: hit.start, end: hit.end }, actual: hit.text });
    }
  },
});
