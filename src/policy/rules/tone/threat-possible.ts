// The unsure tier of tone/threat (warn): a threat phrase whose aim the words around it do not settle
// ("I'll get you next week"). The writer is asked to read it again; sending is not stopped.
import { defineRule } from '../../rule';
import { judgedTone } from './candidates';

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
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const j of judgedTone(ctx)) {
      if (j.family !== 'threat' || j.outcome !== 'possible') continue;
      report({ messageId: 'threat', data: { phrase: j.text }, span: { field: j.field, start: j.start, end: j.end }, actual: j.text });
    }
  },
});
