import rule from '../../../src/policy/rules/recipients/cc-external-internal';
import { draft, findingsOf, CLERK, CLLR, STAFF, RESIDENT } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const CONTRACTOR = 'works@hertsgroundsmaintenance.co.uk';
const GMAIL = 'jo.resident@gmail.com';

describe('recipients/cc-external-internal', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['an officer copying a contractor on an external thread', draft({ to: ['manager@acmeplay.co.uk'], cc: [CONTRACTOR], subject: 'Play area repairs', body: 'Please see the schedule below.' })],
    ['an internal email copying a contractor (no marker)', draft({ to: [STAFF], cc: [CONTRACTOR], body: 'Can you meet the contractor on site on Tuesday?' })],
    ['a resident in To with a councillor in Cc', draft({ to: [GMAIL], cc: [CLLR], body: 'Thank you for your email about the bins.' })],
    ['an internal marker with only council people copied', draft({ to: [STAFF], cc: [CLLR], subject: 'Staff only: rota' })],
    ['a partner body copied on an internal marker', draft({ to: [STAFF], cc: ['planning@eastherts.gov.uk'], body: 'For internal use only.' })],
    ['ordinary words: internal audit', draft({ to: [STAFF], cc: [CONTRACTOR], body: 'The internal audit report is due.' })],
    ['a marker only in the quoted thread', draft({ to: ['x@example.org'], cc: [RESIDENT], composeType: 'reply', body: 'Thanks, noted.\n\nOn Mon, 9 Nov 2026 at 10:00, Jo <jo@example.com> wrote:\n> Staff only: please do not share\n> the rota' })],
    ['a resident in Bcc on an internal email', draft({ to: [STAFF], bcc: [GMAIL] })],
  ]);

  tester.flags([
    ['a resident’s personal address copied on an all-council email', draft({ to: [CLERK, STAFF], cc: [GMAIL], body: 'Notes from this morning.' }), ['resident-on-internal@cc:0-1']],
    ['a contractor copied on a "staff only" subject', draft({ to: [STAFF], cc: [CLLR, CONTRACTOR], subject: 'STAFF ONLY – rota changes' }), ['marked-internal@cc:1-2']],
    ['a marker in the body', draft({ to: ['x@example.org'], cc: [RESIDENT, GMAIL], body: 'This is for councillors only.\nThe budget options are below.' }), ['marked-internal@cc:0-1', 'marked-internal@cc:1-2']],
    ['a marker phrase across spaces', draft({ to: [STAFF], cc: [CONTRACTOR], body: 'NOT  FOR CIRCULATION' }), ['marked-internal@cc:0-1']],
  ]);

  it('offers to remove the outside person from Cc', () => {
    const [f] = findingsOf(rule, draft({ to: [CLERK], cc: [GMAIL] }));
    expect(f.fixes).toEqual([{ kind: 'remove-recipient', field: 'cc', address: GMAIL }]);
  });
});
