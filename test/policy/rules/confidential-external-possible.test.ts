import rule from '../../../src/policy/rules/confidential/external-possible';
import blocking from '../../../src/policy/rules/confidential/external';
import { draft, findingsOf, idsOf, CLERK, RESIDENT } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const out = (body: string, extra: Parameters<typeof draft>[0] = {}) => draft({ to: [RESIDENT], body, ...extra });

describe('confidential/external-possible', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['a standard footer (issue #16)', out('Thanks for the figures.\n\nThis message may contain confidential, proprietary or legally privileged information. It is intended only for the addressee.')],
    ['a footer wrapped over lines', out('Noted.\n\nThis email is strictly confidential. If you are not the\nintended recipient, please notify the sender.')],
    ['talk about confidentiality (issue #16)', out('We have become increasingly concerned about confidential information leaving the council.')],
    ['an assurance', out('Any information you provide will be kept strictly confidential.')],
    ['Part II mentioned without content (issue #16)', out("The tender was considered in Part II at Tuesday's meeting, so I am not able to say more until the decision is published.")],
    ['legal advice still to be sought', out('We will seek legal advice before replying.')],
    ['a marker that labels this email (confidential/external blocks)', out('CONFIDENTIAL\n\nThe tender scores are below.')],
    ['to council people only', draft({ to: [CLERK], body: 'A confidential report found the roof unsafe.' })],
  ], 'is silent on %s');

  it.each([
    ['a marker used in passing', out('A confidential report found the roof unsafe.'), ['marker@body:2-21']],
    ['a request to keep it in confidence', out('I am sharing the figures with you in strict confidence.'), ['marker@body:34-54']],
    ['a stamp with a request not to forward', out('STRICTLY CONFIDENTIAL: please do not forward.'), ['marker@body:0-21']],
    ['a reply to a confidential thread', out('Agreed, thanks.', { subject: 'Re: Confidential' }), ['marker@subject:4-16']],
    // A stamp the learnt judgement does not confirm (as shipped): nothing around it reads as a leak.
    ['a stamp on trading figures', out('CONFIDENTIAL: the attached spreadsheet shows the revised trading limits for the desk.'), ['marker@body:0-12']],
  ])('warns on %s', (_name, d, expected) => {
    expect(idsOf(rule, d)).toEqual(expected);
    expect(idsOf(blocking, d)).toEqual([]);
  });

  it('is silent on a confirmed stamp, which confidential/external blocks', () => {
    const d = out('CONFIDENTIAL\n\nMembers have agreed to sell the depot to Harlow Homes for £420,000.');
    expect(idsOf(rule, d)).toEqual([]);
    expect(idsOf(blocking, d)).toEqual(['marker@body:0-12']);
  });

  it('warns by default', () => {
    const [f] = findingsOf(rule, out('A confidential report found the roof unsafe.'));
    expect(f.level).toBe('warn');
  });

  // Issue #16: reported words lower a block to a warning at most.
  it('warns on legal advice a resident’s email is quoted as giving, which confidential/external does not block', () => {
    const d = out('A resident wrote: "the council’s solicitor reckons you would lose the footpath case."');
    expect(idsOf(rule, d)).toEqual(['content@body:0-85']);
    expect(idsOf(blocking, d)).toEqual([]);
  });
});
