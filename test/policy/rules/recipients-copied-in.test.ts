// recipients/copied-in: a reply to a resident that copies in someone new outside the council (warn).
import rule from '../../../src/policy/rules/recipients/copied-in';
import { draft, findingsOf, CLERK, CLLR } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const RESIDENT = 'irene.cockroft@gmail.com';
const CHAIR = 'keith.allotments@gmail.com';
const quoted = (cc = '') =>
  `Dear Mrs Cockroft,\n\n£64 remains outstanding for plot 6; two instalments are fine.\n\nHelen\n\n________________________________\nFrom: Irene Cockroft <${RESIDENT}>\nSent: 02 December 2026 14:20\nTo: Helen Greenwood <${CLERK}>\n${cc}Subject: Plot 6 rent\n\nI am behind with the rent as my hours were cut at work.`;
const reply = (cc: string[], body = quoted(), to = [RESIDENT]) => draft({ from: CLERK, to, cc, subject: 'RE: Plot 6 rent', body, composeType: 'reply' });

describe('recipients/copied-in', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  it('warns on a reply to a resident that copies in someone outside who was not on their message', () => {
    const [f] = findingsOf(rule, reply([CHAIR]));
    expect(f.messageId).toBe('copied-in');
    expect(f.level).toBe('warn');
    expect(f.message).toContain(`This reply to ${RESIDENT} also goes to ${CHAIR} (Cc), who was not on their message`);
    expect(f.fixes).toEqual([{ kind: 'remove-recipient', field: 'cc', address: CHAIR }]);
  });

  tester.flags([
    ['a second resident put in To', reply([], quoted(), [RESIDENT, 'neighbour@hotmail.co.uk']), ['copied-in@to:1-2']],
  ], 'flags %s');

  tester.accepts([
    ['the reply to the resident alone', reply([])],
    ['a councillor copied in', reply([CLLR])],
    ['a councillor by display name at a personal address', draft({ from: CLERK, to: [RESIDENT], cc: [{ name: 'Cllr Dean Sutcliffe', address: 'dean.s@gmail.com' }], subject: 'RE: Plot 6 rent', body: quoted(), composeType: 'reply' })],
    ['an officer copied in', reply(['rfo@waretowncouncil.gov.uk'])],
    ['the district council (a partner body) copied in', reply(['enforcement@eastherts.gov.uk'])],
    ['someone already copied into the resident\'s message', reply([CHAIR], quoted(`Cc: Keith <${CHAIR}>\n`))],
    ['a reply to a company address', draft({ from: CLERK, to: ['office@brookbuilders.example.co.uk'], cc: ['architect@plans.example.co.uk'], subject: 'RE: Quote', body: quoted().replace(RESIDENT, 'office@brookbuilders.example.co.uk'), composeType: 'reply' })],
    ['a new email to the resident and the chair', draft({ from: CLERK, to: [RESIDENT], cc: [CHAIR], subject: 'Plot 6', body: 'Dear Mrs Cockroft, the plot inspection is on Friday.' })],
  ], 'does not flag %s');
});
