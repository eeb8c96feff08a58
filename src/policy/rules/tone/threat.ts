// Threats the sender makes (3.1). A phrase hit is a candidate; ./candidates.ts decides: a sure
// threat blocks here, an unsure one is tone/threat-possible's (warn), a reported one tone/reported's.
// Threats with no threatening phrase ("Nice house. Big windows.") are a learnt judgement (./judged.ts).
import { defineRule } from '../../rule';
import { judgedTone } from './candidates';
import { judgedSentences, type JudgedSentence } from './judged';
import type { RuleContext } from '../../context';
import { sentenceReported } from '../../judge/reported';

/**
 * Sentences the learnt threat judgement reads as a veiled threat, from `pick` (./judged.ts:
 * judgedSentences for this rule, where the policy file lists the judgement; possibleSentences for
 * tone/threat-possible, where it does not). A sentence with a threat phrase, whatever the phrase's
 * judgement, is the phrase's: one judged an offer ("I will get you the plans") is not judged again.
 * A threat the writer passes on (a note's words in quotation marks) is not the writer's threat.
 */
export function veiledThreats(ctx: RuleContext, pick: typeof judgedSentences): JudgedSentence[] {
  const phrases = judgedTone(ctx).filter((j) => j.family === 'threat' && j.field === 'body');
  return pick(ctx, 'threat', phrases).filter((s) => !sentenceReported(ctx.ownText, s.start, s.end));
}

export default defineRule({
  meta: {
    id: 'tone/threat',
    category: 'tone',
    clause: '3.1',
    summary: 'Threatening language',
    defaultLevel: 'block',
    messages: {
      threat:
        '"{phrase}" reads as a threat. The policy forbids sending threatening messages (3.1) and asks for courtesy (4.3c). Remove it; if you mean a formal step (a complaint, legal action), say so plainly.',
      veiled:
        'This reads as a veiled threat to a person or their property: "{quote}". The policy forbids sending threatening messages (3.1) and asks for courtesy (4.3c). Remove it; if you mean a formal step (a complaint, legal action), say so plainly.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const j of judgedTone(ctx)) {
      if (j.family === 'threat' && j.outcome === 'block') report({ messageId: 'threat', data: { phrase: j.text }, span: { field: j.field, start: j.start, end: j.end }, actual: j.text });
    }
    for (const s of veiledThreats(ctx, judgedSentences)) report({ messageId: 'veiled', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
  },
});
