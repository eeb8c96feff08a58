import { defineRule } from '../../rule';
import { THREAT_PATTERNS } from '../../data/threats';
import { compilePhrases, scanPhrases } from '../../text/patterns';
import { judgedSentences } from './judged';

const THREATS = compilePhrases(THREAT_PATTERNS);

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
    const found: { start: number; end: number }[] = [];
    for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const) {
      for (const hit of scanPhrases(THREATS, text)) {
        if (field === 'body') found.push(hit);
        report({ messageId: 'threat', data: { phrase: hit.text }, span: { field, start: hit.start, end: hit.end }, actual: hit.text });
      }
    }
    // Threats without a threatening phrase ("Nice house. Big windows."): a learnt judgement.
    for (const s of judgedSentences(ctx, 'threat', found)) report({ messageId: 'veiled', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
  },
});
