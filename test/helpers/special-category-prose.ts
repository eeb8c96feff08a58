// Special-category details in prose about someone identifiable (issue #17, helper sc6): written for
// these tables, in many voices (clerk, RFO, councillors formal and chatty, caretaker, residents), before
// the code. Each kind: phrasings that must block when sent outside, and innocent neighbours on the same
// topics (the writer's own health, a service or event, a generic or aggregate statement, the same
// word in another sense, the person doing something about the subject rather than having it).
// Rows: [name, body, message id, the words the finding must span].
type Flag = [string, string, string, string];

export const PROSE: Record<'health' | 'hr' | 'identity', { flags: Flag[]; accepts: [string, string][] }> = {
  health: {
    flags: [
      ['a psychiatric ward', "Mr Okafor from the bowls club has been in a psychiatric ward since Easter, so he can't do the teas.", 'health', 'Mr Okafor from the bowls club has been in a psychiatric ward'],
      ['deaf, as a reason', 'Our litter picker, Dave, is profoundly deaf, so wave at him rather than shouting.', 'health', 'Dave, is profoundly deaf'],
      ['losing sight', "Councillor Hurst is losing his sight to glaucoma and can't read the plans any more.", 'health', 'Councillor Hurst is losing his sight to glaucoma'],
      ['her MS, possessive', 'Joan Pike is stepping back from the fete committee now her multiple sclerosis has got worse.', 'health', 'Joan Pike is stepping back from the fete committee now her multiple sclerosis'],
      ['laid up with bronchitis', "The hall cleaner is laid up with bronchitis again, so the floors won't be done this week.", 'health', 'The hall cleaner is laid up with bronchitis'],
      ['months pregnant', "Ms Adeyemi in the office is five months pregnant, so she won't be lifting the stacking chairs.", 'health', 'Ms Adeyemi in the office is five months pregnant'],
      ['a tracheostomy', 'Our handyman, Phil, has had a tracheostomy, so go easy on him with the heavy lifting.', 'health', 'Phil, has had a tracheostomy'],
      ['a transplant list', 'Mrs Quayle at number 12 is on the waiting list for a kidney transplant, bless her.', 'health', 'Mrs Quayle at number 12 is on the waiting list for a kidney transplant'],
      ['gambling as a difficulty', "The treasurer's trouble is gambling, and he has had help for it before.", 'health', "The treasurer's trouble is gambling"],
      ['a nervous breakdown', 'Sorry for the delay: Karen in the office had a nervous breakdown in the spring.', 'health', 'Karen in the office had a nervous breakdown'],
    ],
    accepts: [
      ["the writer's own deafness", "I'm profoundly deaf in one ear, so please text me rather than ringing."],
      ['a hearing loop', 'The pavilion has a hearing loop for anyone who is hard of hearing.'],
      ['a name and no detail', 'Mrs Quayle has kindly agreed to run the tombola again this year.'],
      ['an awareness stall', 'Councillor Hurst is organising the glaucoma awareness stall at the fair.'],
      ['asking about a unit', "Mr Okafor asked whether the psychiatric unit's minibus could use the car park."],
      ['a charity run', "Our clerk, Sue, ran the London Marathon for the Alzheimer's Society."],
      ['cover during leave', 'Ms Adeyemi will cover reception while the deputy clerk is on annual leave.'],
      ['the writer’s household', 'My husband has been diagnosed with bronchitis, so I will be working from home.'],
      ['a deaf ear', 'Councillor Pike turned a deaf ear to the residents of Mill Lane.'],
      ['replacement benches', 'Mr Hale has ordered two replacement benches for the green.'],
      ['a breakdown of the van', "Phil's van had a breakdown on the bypass, so the mowing is a day late."],
    ],
  },
  hr: {
    flags: [
      ['dismissed for drink', 'Mr Abbott was dismissed for turning up drunk to the bonfire set-up.', 'learnt', 'Abbott was dismissed for'],
      ['a contract ended in probation', "Paul's contract was terminated during his probation because of his timekeeping.", 'learnt', "Paul's contract was terminated"],
      ['a sickness record', 'The assistant clerk’s sickness record is dreadful: fourteen absences since January.', 'learnt', 'The assistant clerk’s sickness record'],
      ['under investigation', 'Our groundsman, Keith, is under investigation for misusing the fuel card.', 'learnt', 'Keith, is under investigation'],
      ['left after a disciplinary', 'Jan Wilkes left us after a disciplinary for swearing at a hirer.', 'learnt', 'Jan Wilkes left us after a disciplinary'],
      ['a second written warning', 'The cleaner is on her second written warning for lateness.', 'learnt', 'The cleaner is on her second written warning'],
      ['spells of sickness absence', 'Mrs Tunstall has had three spells of sickness absence this year, all with stress.', 'learnt', 'Mrs Tunstall has had three spells of sickness absence'],
      ['one absence from dismissal', 'The bookings assistant, Lee Hart, is one absence away from dismissal.', 'learnt', 'Lee Hart, is one absence away from dismissal'],
      ['suspended while we look', 'Sharon at the office has been suspended while the petty cash is looked into.', 'learnt', 'Sharon at the office has been suspended'],
    ],
    accepts: [
      ['the absence policy', "The council's sickness absence policy is attached for the staffing review."],
      ['a contract running out', "Paul's contract runs until the end of March, when the post will be re-advertised."],
      ['someone off, cover needed', 'The assistant clerk is off this week, so please ring the main office instead.'],
      ['the procedure', 'Our disciplinary procedure follows the ACAS code of practice.'],
      ['dismissing an idea', 'Mr Abbott dismissed the idea of a second skip as too expensive.'],
      ['an aggregate', 'Two members of staff had more than ten days of sickness absence last year.'],
      ['the writer’s own warning', 'I had a written warning years ago at my last job, so I know how it feels.'],
      ['a hearing suspended', 'The hearing into the planning appeal was suspended for lunch.'],
      ['leading an investigation', 'Keith is leading the investigation into the blocked drains on Mill Lane.'],
      ['apologies for absence', 'Councillor Tunstall sent apologies for absence, so the item is deferred.'],
    ],
  },
  identity: {
    flags: [
      ['a convert to Islam', 'The new verger, Mr Daly, has converted to Islam, so he may not want to do the Christmas lights.', 'identity', 'Mr Daly, has converted to Islam'],
      ['homosexual, kept quiet', "Between you and me, the treasurer is homosexual and his family don't know.", 'identity', 'the treasurer is homosexual'],
      ['born a girl', 'Our youth worker, Sam, was born a girl and transitioned a few years ago.', 'identity', 'Sam, was born a girl'],
      ['plural Muslims', "The couple at number 9, the Khans, are strict Muslims, so they won't come to the beer tent.", 'identity', 'Khans, are strict Muslims'],
      ['a union member', 'Councillor Byrne is a paid-up member of Unison, which explains his views on the pay award.', 'identity', 'Councillor Byrne is a paid-up member of Unison'],
      ['has transitioned', 'The bookings officer has transitioned and now goes by Alex.', 'identity', 'The bookings officer has transitioned'],
      ['Jewish, as a warning', "Mrs Fine on the market committee is Jewish, so don't book the Saturday.", 'identity', 'Mrs Fine on the market committee is Jewish'],
      ['ethnic descent', 'The new tenant at the lodge is of Romanian descent, for what it is worth.', 'identity', 'The new tenant at the lodge is of Romanian descent'],
    ],
    accepts: [
      ['the mosque books the hall', 'The mosque on Mill Road has asked to book the hall for Eid.'],
      ['a name and an event', 'Mr Daly is organising the Christmas lights switch-on again.'],
      ['the writer’s own faith', "I converted to Islam in my twenties and I'm happy to advise on the Eid event."],
      ['a union writes', 'Unison has written to all parish councils about the pay award.'],
      ['the equality policy', 'Our equality policy covers gender reassignment and sexual orientation.'],
      ['a household asks', 'The Khans at number 9 have asked for a new recycling box.'],
      ['a history month session', 'The youth worker is running a session for LGBT history month at the club.'],
      ['moving the accounts', 'The bookings officer is transitioning the accounts to the new system in May.'],
      ['a Jewish community event', 'Mrs Fine asked whether the Jewish community group could use the hall on Sunday.'],
    ],
  },
};
