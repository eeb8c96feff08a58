// The unsure tier of tone/discriminatory (warn): a sentence the learnt judgement reads as judging
// people by a protected characteristic, with no slur, where the policy file does not let that
// judgement block (it is not in `learntJudgements`, as shipped: on writers it has never seen it is
// right when it speaks but misses most, docs/QUALITY.md). The rule's own context checks apply
// (./discriminatory.ts). The writer is asked to read it again; sending is not stopped. Text below a
// forward separator typed into the body warns here even where the file lists the judgement. So does
// a hedged remark about a group the rule's own judgement reads but does not block: "in my experience",
// "we all know" beside a group with no low opinion or forecast named (../../judge/generalisation.ts).
import { defineRule } from '../../rule';
import { hedgedGeneralisations, learntGeneralisations } from './discriminatory';

export default defineRule({
  meta: {
    id: 'tone/discriminatory-possible',
    category: 'tone',
    clause: '3.1',
    summary: 'Wording that could be read as judging people by a protected characteristic',
    defaultLevel: 'warn',
    messages: {
      generalisation:
        '"{quote}" could be read as judging people by a protected characteristic (age, disability, race, religion, sex, sexual orientation, pregnancy, marriage or gender reassignment). The policy forbids sending discriminatory messages (3.1). If that is not what you mean, say plainly what the matter needs, about people as individuals.',
    },
    inputs: ['body'],
  },
  check(ctx, report) {
    const learnt = learntGeneralisations(ctx, 'warn');
    // The rule's own hedged sentences ("In my experience, older applicants …"), unless the learnt judgement already warns on them.
    const hedged = hedgedGeneralisations(ctx).filter((h) => !learnt.some((s) => s.start === h.start));
    for (const s of [...learnt, ...hedged]) {
      report({ messageId: 'generalisation', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
    }
  },
});
