import { defineRule } from '../../rule';
import { CHAIN_STRONG, CHAIN_WEAK } from '../../data/solicitation';
import { cueSets, solicitationHit } from './score';

const CUES = cueSets(CHAIN_STRONG, CHAIN_WEAK);

export default defineRule({
  meta: {
    id: 'solicitation/chain-letter',
    category: 'solicitation',
    clause: '3.1',
    summary: 'Chain letters',
    defaultLevel: 'warn',
    messages: {
      'chain-letter':
        '"{phrase}" is typical of a chain letter. The policy forbids sending chain letters (3.1). Do not send or forward it; if it came from outside, delete it or report it as junk.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const) {
      const hit = solicitationHit(CUES, text);
      if (!hit) continue;
      report({ messageId: 'chain-letter', data: { phrase: hit.text }, span: { field, start: hit.start, end: hit.end }, actual: hit.text });
      return;
    }
  },
});
