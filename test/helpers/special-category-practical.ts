// Issue #17, round 6: special-category details given in passing as a practical reason or a heads-up,
// as [name, body, findings] rows. The rule test reads them with the learnt judgement off and on, so
// the two tables cannot drift apart.
export const PRACTICAL_REASONS: Record<'health' | 'criminal' | 'faith' | 'partner', [string, string, string[]][]> = {
  health: [
    ['Sue won’t be at the fete', "Sue won't be at the fete, she's having chemo again on the Friday.", ['health@body:26-44']],
    ['Our caretaker Bill is in for a new hip next week', 'Our caretaker Bill is in for a new hip next week, so the hall keys are with me.', ['health@body:14-38']],
    ['Could you deal with Karen instead? Tom has been ', 'Could you deal with Karen instead? Tom has been signed off with depression until the new year.', ['health@body:35-74']],
    ['Mrs Ellis is off after her stroke', 'Mrs Ellis is off after her stroke, so the minutes will be late.', ['health@body:4-33']],
    ['Jess is going through IVF at the moment', "Jess is going through IVF at the moment, so she can't do the late shifts.", ['health@body:0-25']],
    ['Gary’s been off since his heart attack', "Gary's been off since his heart attack, so please send the invoice to me.", ['health@body:0-38']],
    ['Nasreen is having radiotherapy for her bowel can', "Nasreen is having radiotherapy for her bowel cancer and won't be answering her phone.", ['health@body:0-30']],
    ['The verger', 'The verger, Alan, is in hospital after a heart attack so the tower tours are off.', ['health@body:12-53']],
  ],
  criminal: [
    ['Wayne served three years a while back for burgla', 'Wayne served three years a while back for burglary.', ['criminal@body:6-50']],
    ['She spent six months inside in 2019', 'She spent six months inside in 2019, so no cash handling.', ['criminal@body:4-27']],
    ['The new lad got four years at Strangeways for ro', 'The new lad got four years at Strangeways for robbery.', ['criminal@body:12-53']],
    ['Heads up', 'Heads up, the chap on the end pitch did two years at HMP Hull.', ['criminal@body:36-56']],
    ['He was given eighteen months last year for fraud', 'He was given eighteen months last year for fraud.', ['criminal@body:7-48']],
    ['Ryan did eighteen months at Channings Wood for h', 'Ryan did eighteen months at Channings Wood for handling stolen quad bikes.', ['criminal@body:5-55']],
  ],
  faith: [
    ['Just so you know', "Just so you know, Colin is very religious and won't like the raffle.", ['identity@body:18-41']],
    ['Nadeem is very devout and never misses', 'Nadeem is very devout and never misses.', ['identity@body:0-21']],
  ],
  partner: [
    ['Adrian lives with his partner Simon', 'Adrian lives with his partner Simon, if you follow me, and some of the chapel families are a bit old-fashioned about that sort of thing.', ['sexuality@body:18-29']],
    ['Worth knowing that Pete lives with his partner D', 'Worth knowing that Pete lives with his partner Dave, if you get my drift.', ['sexuality@body:35-46']],
    ['Mark moved in with his partner Alan last year', 'Mark moved in with his partner Alan last year, and the bowls club is a bit funny about that.', ['sexuality@body:19-30']],
    ['Jo and her partner Claire run the stall', 'Jo and her partner Claire run the stall. Some of the chapel lot are old-fashioned about it, so maybe not the church fete.', ['sexuality@body:7-18']],
  ],
};
