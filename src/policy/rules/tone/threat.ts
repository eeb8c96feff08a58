// Threats the sender makes (3.1). A phrase hit is a candidate; ./candidates.ts decides: a sure
// threat blocks here, an unsure one is tone/threat-possible's (warn), a reported one tone/reported's.
// Threats with no threatening phrase ("Nice house. Big windows.") are a learnt judgement (./judged.ts).
import { defineRule } from '../../rule';
import { judgedTone } from './candidates';
import { judgedSentences } from './judged';
import { sentenceReported } from '../../judge/reported';

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
    // Every threat phrase in the body, whatever its judgement: a sentence whose phrase was judged an
    // offer ("I will get you the plans") is not judged again by the learnt model.
    const phrases: { start: number; end: number }[] = [];
    for (const j of judgedTone(ctx)) {
      if (j.family !== 'threat') continue;
      if (j.field === 'body') phrases.push(j);
      if (j.outcome === 'block') report({ messageId: 'threat', data: { phrase: j.text }, span: { field: j.field, start: j.start, end: j.end }, actual: j.text });
    }
    // A threat the writer passes on (a note's words in quotation marks) is not the writer's threat.
    for (const s of judgedSentences(ctx, 'threat', phrases)) if (!sentenceReported(ctx.ownText, s.start, s.end)) report({ messageId: 'veiled', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
  },
});
