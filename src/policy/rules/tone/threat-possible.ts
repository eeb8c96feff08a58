// The unsure tier of tone/threat (warn): a threat phrase whose aim the words around it do not settle
// ("I'll get you next week"), and a sentence the learnt threat judgement reads as a veiled threat where
// the policy file does not let that judgement block (not in `learntJudgements`, as shipped: on writers
// it has never seen it is right when it speaks but misses most, docs/QUALITY.md); and harm to a thing
// foretold on a condition with no menace beside it ("if that mast goes up it won't be standing for long",
// ./harassment-evidence.ts). The writer is asked to read it again; sending is not stopped.
import { defineRule } from '../../rule';
import { judgedTone } from './candidates';
import { veiledThreats } from './threat';
import { evidenceSentences } from './harassment-evidence';

export default defineRule({
  meta: {
    id: 'tone/threat-possible',
    category: 'tone',
    clause: '3.1',
    summary: 'Wording that could be read as a threat',
    defaultLevel: 'warn',
    messages: {
      threat:
        '"{phrase}" could be read as a threat. The policy forbids threatening messages (3.1) and asks for courtesy (4.3c). If you mean something ordinary, say what you will do, for example "I will send you the plans".',
      veiled:
        '"{quote}" could be read as a veiled threat to a person or their property. The policy forbids threatening messages (3.1) and asks for courtesy (4.3c). If you mean something ordinary, or a formal step (a complaint, legal action), say so plainly.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const j of judgedTone(ctx)) {
      if (j.family === 'threat' && j.outcome === 'possible') report({ messageId: 'threat', data: { phrase: j.text }, span: { field: j.field, start: j.start, end: j.end }, actual: j.text });
    }
    // One piece of evidence of a veiled threat; a sentence the learnt judgement or a phrase already reports is theirs.
    const phrases = judgedTone(ctx).filter((j) => j.family === 'threat' && j.field === 'body' && j.outcome !== 'dropped');
    const learnt = [...veiledThreats(ctx, false), ...veiledThreats(ctx, true)];
    for (const s of evidenceSentences(ctx)) {
      if (s.family !== 'veiled' || s.sure || [...phrases, ...learnt].some((t) => t.start < s.end && t.end > s.start)) continue;
      report({ messageId: 'veiled', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
    }
    for (const s of veiledThreats(ctx, false)) report({ messageId: 'veiled', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
  },
});
