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

  // A private matter copied to many (helper warn3): written to one person, greeted by name, about their
  // own or the writer's health, pay or expenses, absence, or a reproach, with three or more copied in
  // or anyone outside the council. Phrasings written for this test.
  const HELEN = { name: 'Helen Greenwood', address: CLERK };
  const ROY = { name: 'Cllr Roy Pike', address: 'cllr.roy.pike@waretowncouncil.gov.uk' };
  const team = ['cllr.a@waretowncouncil.gov.uk', 'cllr.b@waretowncouncil.gov.uk', 'rfo@waretowncouncil.gov.uk'];
  const note = (to: (string | { name: string; address: string })[], cc: string[], body: string) => draft({ from: 'deputy@waretowncouncil.gov.uk', to, cc, subject: 'Note', body });
  tester.flags([
    ['own health copied to every councillor', note([HELEN], team, "Helen,\n\nI've got a physio appointment on Thursday, so I'll be in at eleven.\n\nSam"), ['private-copied@cc:0-1']],
    ["a councillor's expenses copied to the others", note([ROY], team, 'Dear Roy,\n\nYour expenses for the training day are more than the rate allows; could you send a corrected claim?\n\nSam'), ['private-copied@cc:0-1']],
    ["a doctor's appointment copied to every councillor", note([HELEN], team, "Helen,\n\nI have a doctor's appointment at ten, so I'll be late in.\n\nSam"), ['private-copied@cc:0-1']],
    ['being off sick, to the clerk and everyone', note([HELEN], team, 'Morning Helen,\nI am off sick today and tomorrow.\nSam'), ['private-copied@cc:0-1']],
    ['a reproach with the press copied', note([HELEN], ['newsdesk@valleynews.example.co.uk'], 'Helen,\n\nThe minutes are late and it is not the first time.\n\nRoy'), ['private-copied@cc:0-1']],
  ], 'flags a private matter copied to many: %s');

  tester.accepts([
    ["a 'Dear all' note of the clerk's own leave", note(['cllr.a@waretowncouncil.gov.uk', 'cllr.b@waretowncouncil.gov.uk'], [], "Dear all,\n\nI'm off sick today; urgent things to Keith, please.\n\nHelen")],
    ['council business to one person, copied to three', note([HELEN], team, 'Helen,\n\nThe hall booking for Friday is confirmed and the invoice has been paid.\n\nSam')],
    ['own absence copied to the one colleague who covers', note([HELEN], ['rfo@waretowncouncil.gov.uk'], "Helen,\n\nI've got a hospital appointment tomorrow, so Jo will cover the counter.\n\nSam")],
    ['greeting someone not in To', note([HELEN], team, "Roy,\n\nI've got a dentist appointment on Monday.\n\nSam")],
    ["a copy to the writer's own personal address", note([HELEN], ['sam.jones@gmail.com'], "Helen,\n\nI've got a hospital appointment tomorrow, so I'll be in after lunch.\n\nSam")],
    ['the hospital as a place, not anyone\'s health', note([HELEN], team, 'Helen,\n\nThe hospital car park on Baldock Street is closed for resurfacing.\n\nSam')],
  ], 'does not flag %s');

  // Sixth round of suites (helper disc3): a private person's own affairs (what they owe, a quarrel with
  // their neighbours) or a member of staff's pay claim, written to them and copied to three or more.
  // Phrasings written for this test, with innocent neighbours.
  const ROS = { name: 'Ros Keast', address: 'roskeast@gmail.com' };
  const TOM = { name: 'Tom Lane', address: 'tom.lane@waretowncouncil.gov.uk' };
  const BOB = { name: 'Bob Smith', address: 'office@smithbuilders.example.co.uk' };
  const four = [...team, 'gill@hall-trust.example.org.uk'];
  const clerkNote = (to: { name: string; address: string }[], cc: string[], body: string) => draft({ from: CLERK, to, cc, subject: 'Note', body });
  const privateCases: [string, ReturnType<typeof draft>][] = [
    ["a resident's unpaid invoice copied to every councillor and the hall trust", clerkNote([ROS], four, "Dear Mrs Keast,\n\nInvoice 117 for the hire of the field for your son's party, £45.00, remains unpaid.\n\nHelen")],
    ['rent overdue, copied to three', clerkNote([ROS], team, 'Dear Mrs Keast,\n\nYour allotment rent of £32 is now two months overdue; please pay by Friday.\n\nHelen')],
    ['what the resident still owes', clerkNote([ROS], team, 'Dear Ros,\n\nOur records show you still owe £120 for the marquee hire.\n\nHelen')],
    ["a complaint about the resident's neighbour", clerkNote([ROS], team, "Dear Mrs Keast,\n\nThank you for your complaint about your neighbour's bonfires; I have passed it to environmental health.\n\nHelen")],
    ["a member of staff's overtime claim", clerkNote([TOM], team, "Dear Tom,\n\nI've checked your overtime claim for October and the hours don't match the timesheet.\n\nHelen")],
    ['a back pay query', clerkNote([TOM], team, 'Tom,\n\nYour query about the back pay for the grading review has gone to payroll.\n\nHelen')],
  ];
  tester.flags(privateCases.map(([n, d]) => [n, d, ['private-copied@cc:0-1']] as const), 'flags a private matter copied to many: %s (sixth round)');
  tester.accepts([
    ['a complaint about potholes, ward councillors copied', clerkNote([ROS], team, 'Dear Mrs Keast,\n\nThank you for your complaint about the potholes on Mill Lane; the ward councillors are copied in.\n\nHelen')],
    ['rent overdue, copied to one', clerkNote([ROS], ['rfo@waretowncouncil.gov.uk'], 'Dear Mrs Keast,\n\nYour allotment rent of £32 is now two months overdue; please pay by Friday.\n\nHelen')],
    ["a contractor's invoice unpaid (a business, not a private person)", clerkNote([BOB], team, "Dear Bob,\n\nYour invoice 443 for the pavilion roof remains unpaid because the works aren't finished.\n\nHelen")],
    ["the council's own grant outstanding, not the resident's debt", clerkNote([ROS], team, "Dear Mrs Keast,\n\nThe council's outstanding grant to the allotment society will be paid on Friday.\n\nHelen")],
    ['arrears of several tenants, to all', draft({ from: CLERK, to: team, subject: 'Rents', body: "Dear all,\n\nThree allotment tenants are overdue with their rent; I'll chase them this week.\n\nHelen" })],
  ], 'does not flag %s (sixth round)');

  // Seventh round (helper conf4): a private person's debt put to them without "you" (a sum overdue,
  // in arrears or still owing, and a request to pay it or agree a plan), copied to three or more.
  const debtCases: [string, string][] = [
    ['a room hire charge outstanding, pay within 14 days', 'Dear Mrs Keast,\n\nThe hire charge for the community room on 3 October (£55) is still outstanding. Please pay within 14 days.\n\nHelen'],
    ['a burial fee unpaid, a payment plan', 'Hi Ros,\n\nJust a reminder that the burial fee of £310 remains unpaid. Could you ring the office to arrange a payment plan?\n\nHelen'],
    ['garage arrears, settle the account', 'Dear Mrs Keast,\n\nThe ledger shows arrears of £126 on the garage at Mill Court. Please settle the account by the end of the month.\n\nHelen'],
    ['allotment rent overdue, pay before a date', 'Mrs Keast,\n\nThe annual rent for plot 9 is now two months overdue; please pay before 1 March or the tenancy may be ended.\n\nHelen'],
    ['pitch bookings still owing, a repayment plan', "Dear Ros,\n\nI'm afraid £84 is still owing for the pitch bookings in the summer. Please get in touch to agree a repayment plan.\n\nHelen"],
    ['a key deposit overdue, pay by Friday', "Dear Mrs Keast,\n\nWe still haven't received the £20 key deposit, which is now overdue. Please pay by Friday.\n\nHelen"],
  ];
  tester.flags(debtCases.map(([n, b]) => [n, clerkNote([ROS], team, b), ['private-copied@cc:0-1']] as const), 'flags a debt put to a private person, copied to many: %s');
  tester.accepts([
    ['tenants overdue, a question for a councillor', clerkNote([ROS], team, 'Dear Ros,\n\nThree allotment tenants are overdue with their rent; can we discuss it at committee?\n\nHelen')],
    ['a charge paid, the account clear', clerkNote([ROS], team, 'Dear Mrs Keast,\n\nThank you for paying the hire charge for the community room; the account is now clear.\n\nHelen')],
    ['rents due, to all', draft({ from: CLERK, to: team, subject: 'Rents', body: 'Dear all,\n\nAllotment rents for next year are due by 1 October; please pay by then.\n\nHelen' })],
    ['a debt put to the resident, copied to one', clerkNote([ROS], ['rfo@waretowncouncil.gov.uk'], 'Dear Mrs Keast,\n\nThe hire charge of £55 is still outstanding. Please pay within 14 days.\n\nHelen')],
    ["a contractor's bill overdue, the reader asked to approve it", clerkNote([ROS], team, "Dear Ros,\n\nGreenedge's invoice for the verges is overdue. Please approve it at Thursday's meeting so I can pay it.\n\nHelen")],
    ['a rent rise, pay by standing order', clerkNote([ROS], team, 'Dear Mrs Keast,\n\nThe garage rent will rise to £126 a quarter from April; please pay by standing order if you can.\n\nHelen')],
  ], 'does not flag %s (seventh round)');
});
