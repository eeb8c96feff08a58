import { defineRule } from '../../rule';
import { judgedTone } from './candidates';
import { judgedSentences } from './judged';
import { sentenceReported } from '../../judge/reported';
import { judgesByCharacteristic } from '../../judge/generalisation';
import { MAX_JUDGED_OFFSET, quoteOf } from './judged';

/** A sentence about the writer's own characteristic: "As a practising Muslim, I …", "I'm disabled and …". */
const SELF_DESCRIBED = /^\s*(?:as an? [^,.;]{1,40},?\s+(?:i|we)\b|(?:i|i'm|i’m|i am)\s)/i;
/** The same for the rule's own judgement, which reads "I'd rather not …" as the writer's decision, not their own data. */
const AS_A = /^\s*as an? [^,.;]{1,40},?\s+(?:i|we)\b/i;

export default defineRule({
  meta: {
    id: 'tone/discriminatory',
    category: 'tone',
    clause: '3.1',
    summary: 'Slurs and discriminatory language',
    defaultLevel: 'block',
    messages: {
      slur: '"{word}" is a slur. The policy forbids sending discriminatory messages (3.1, 2.3). Remove it.',
      statement:
        '"{phrase}" is discriminatory. The policy forbids sending discriminatory messages (3.1) and asks for courtesy (4.3c). Remove it.',
      generalisation:
        'This judges people by a protected characteristic (age, disability, race, religion, sex, sexual orientation, pregnancy, marriage or gender reassignment): "{quote}". The policy forbids sending discriminatory messages (3.1). Judge people as individuals, on what the matter needs.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    // Candidates judged in ./candidates.ts: "send them back to me" is about documents, reported words warn.
    const found: { start: number; end: number }[] = [];
    for (const j of judgedTone(ctx)) {
      if (j.family !== 'discriminatory') continue;
      if (j.field === 'body') found.push(j);
      if (j.outcome !== 'block') continue;
      const data: Record<string, string> = j.messageId === 'slur' ? { word: j.text } : { phrase: j.text };
      report({ messageId: j.messageId, data, span: { field: j.field, start: j.start, end: j.end }, actual: j.text });
    }
    // Generalisations with no slur ("Older staff can't cope", "not the right sort for this village"): a group
    // named by a protected characteristic and a judgement of it in one sentence (../../judge/generalisation.ts).
    const said = (s: { start: number; end: number }) => sentenceReported(ctx.ownText, s.start, s.end);
    for (const s of ctx.sentences) {
      if (s.start > MAX_JUDGED_OFFSET) break;
      if (found.some((t) => t.start < s.end && t.end > s.start) || !judgesByCharacteristic(s.text) || said(s) || AS_A.test(s.text)) continue;
      found.push(s);
      const quote = quoteOf(s.text);
      report({ messageId: 'generalisation', data: { quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
    }
    // The learnt judgement of the same, on sentences not already decided.
    // Nor the writer describing themselves ("As a practising Muslim I'll be fasting"): their own data, no generalisation.
    for (const s of judgedSentences(ctx, 'discrimination', found)) if (!said(s) && !SELF_DESCRIBED.test(s.text)) report({ messageId: 'generalisation', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
  },
});
