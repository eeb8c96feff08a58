// Statements that accuse a person or the council of dishonesty or incompetence (3.1, 4.2). A term
// needs a subject and an asserting verb, so "fraud prevention" and "report fraud" are not accusations.
import { defineRule } from '../../rule';
import { ACCUSATION_TERMS, ACCUSING_VERBS, COPULA, FILLERS, NOT_NAMES, SUBJECT_WORDS, TITLES } from '../../data/defamation';

// Case-sensitive so that a capitalised word can stand for a name; the fixed words accept any case.
const ci = (src: string) => src.replace(/\\.|[a-z]/g, (c) => (c.length > 1 ? c : `[${c}${c.toUpperCase()}]`));
const NAME = '[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?';
const SUBJECT = `${ci(SUBJECT_WORDS)}|${ci(TITLES)}\\.? ${NAME}|${NAME}`;
export const ACCUSATION = new RegExp(
  `\\b(${SUBJECT})(?:(?:\\s+${ci(COPULA)}|['’]s)\\s+${ci(FILLERS)}(?:${ci(ACCUSATION_TERMS.join('|'))})|\\s+(?:${ci(ACCUSING_VERBS.join('|'))}))\\b`,
  'g',
);
const NOT_NAME = new Set(NOT_NAMES);
const FIXED_SUBJECT = new RegExp(`^(?:${ci(SUBJECT_WORDS)}|${ci(TITLES)})\\b`);

export default defineRule({
  meta: {
    id: 'tone/defamation-risk',
    category: 'tone',
    clause: '3.1',
    summary: 'Accusations about people or the council that could be defamatory',
    defaultLevel: 'warn',
    messages: {
      accusation:
        '"{phrase}" accuses someone of wrongdoing. The policy forbids sending information that is defamatory to the Council or members of the public (3.1), and emails can lead to claims for defamation (4.2). State the facts you can show, or raise it through the complaints or whistleblowing procedure.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const) {
      ACCUSATION.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ACCUSATION.exec(text)) !== null) {
        const subject = m[1];
        const first = subject.split(/\s/)[0].toLowerCase();
        if (!FIXED_SUBJECT.test(subject) && NOT_NAME.has(first)) continue;
        report({ messageId: 'accusation', data: { phrase: m[0] }, span: { field, start: m.index, end: m.index + m[0].length }, actual: m[0] });
      }
    }
  },
});
