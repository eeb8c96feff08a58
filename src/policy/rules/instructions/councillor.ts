import { defineRule } from '../../rule';
import { detectInstruction } from './detect';
import { judgedInstruction } from './judged';

export default defineRule({
  meta: {
    id: 'instructions/councillor',
    category: 'instructions',
    clause: '4.3c',
    summary: "A councillor's email that instructs staff or contractors, or commits the council",
    defaultLevel: 'block',
    messages: {
      directive:
        '"{cue}" gives an instruction. Emails which give instructions on behalf of the Council must be sent by officers only, not Councillors (4.3c). Ask the Clerk to consider it instead, e.g. "Could the Clerk look into…".',
      commitment:
        '"{cue}" commits the Council. Emails which create obligations on behalf of the Council must be sent by officers only, not Councillors (4.3c). Refer the decision to the Clerk or the relevant committee.',
      judged:
        'This reads as asking an officer or contractor to act on the Council\'s behalf: "{cue}". Emails which give instructions or create obligations on behalf of the Council must be sent by officers only, not Councillors (4.3c). Ask the Clerk to consider it instead, e.g. "Could the Clerk look into…"; if it is a question or your own view, say so plainly.',
    },
    inputs: ['from', 'body'],
  },
  check(ctx, report) {
    if (ctx.sender.role !== 'councillor') return;
    for (const sentence of ctx.sentences) {
      const found = detectInstruction(sentence.text) ?? judgedInstruction(sentence);
      if (!found) continue;
      report({
        messageId: found.kind,
        data: { cue: found.cue },
        span: { field: 'body', start: sentence.start, end: sentence.end },
        actual: sentence.text,
      });
    }
  },
});
