// The unsure tier of instructions/councillor (warn): a councillor asking someone outside the council
// for work that may be the council's where the words do not say whose it is ("I'd like it sorted
// before the spring", "Please get the old fridge taken away": forCouncil in ./councillor.ts). The
// writer is asked to read it again; sending is not stopped.
import { defineRule } from '../../rule';
import { instructionFindings } from './councillor';
import { quoteOf } from '../tone/judged';

export default defineRule({
  meta: {
    id: 'instructions/councillor-possible',
    category: 'instructions',
    clause: '4.3c',
    summary: "A councillor's request that may be council work",
    defaultLevel: 'warn',
    messages: {
      possible:
        'This may read as asking someone to act on the Council\'s behalf: "{cue}". Emails which give instructions on behalf of the Council must be sent by officers only, not Councillors (4.3c). If it is council work, ask the Clerk to consider it instead; if it is your own request or advice, say so plainly.',
    },
    inputs: ['from', 'recipients', 'subject', 'body'],
  },
  check(ctx, report) {
    for (const { sure, ...r } of instructionFindings(ctx)) if (!sure) report({ ...r, messageId: 'possible', data: { cue: quoteOf(String(r.actual)) } });
  },
});
