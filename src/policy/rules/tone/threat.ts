import { defineRule } from '../../rule';
import { THREAT_PATTERNS } from '../../data/threats';
import { compilePhrases, scanPhrases } from '../../text/patterns';

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
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const) {
      for (const hit of scanPhrases(THREATS, text)) {
        report({ messageId: 'threat', data: { phrase: hit.text }, span: { field, start: hit.start, end: hit.end }, actual: hit.text });
      }
    }
  },
});
