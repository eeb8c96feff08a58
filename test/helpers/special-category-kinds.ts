// Issue #17, round 7: three kinds of personal detail about someone identifiable, each in at least six
// phrasings in different voices, with as many innocent close neighbours: a criminal record told as a
// warning (offences in the plural, time served without a number), a member of staff's disciplinary
// matter or sickness-absence record, and a person's sexuality passed on as a warning. As [name, body,
// findings] rows; the rule tests read them with the learnt judgement off and on, so the two tables
// cannot drift apart.
type Row = [string, string, string[]];

export const KINDS: Record<'criminal' | 'hr' | 'sexuality' | 'faith' | 'diagnosis', { flags: Row[]; accepts: [string, string][] }> = {
  criminal: {
    flags: [
      ['plural offences, a prison named', 'She did two years in Styal for thefts from the till at her last job.', ['criminal@body:4-37']],
      ['served years for robberies', 'Just so you know, Gary Moss served three years for robberies in Carlisle.', ['criminal@body:28-60']],
      ['done for thefts', 'Our new helper was done for thefts from cars when he was younger.', ['criminal@body:15-34']],
      ['previous for assaults', 'Mr Fell has got previous for assaults on door staff, so not the bar.', ['criminal@body:12-37']],
      ['time, not a number', 'Between us, Kev spent time in Walton for burglaries in the nineties.', ['criminal@body:16-51']],
      ['a stretch', "Her lad did a stretch in Durham for robbery, I'd keep him off the cash.", ['criminal@body:8-43']],
    ],
    accepts: [
      ['burglaries in the area', "We've had three burglaries round Kendal this year, so please lock the tool store."],
      ['a talk on burglaries', 'PC Hart did a talk for the Neighbourhood Watch on thefts from sheds.'],
      ['the writer’s own past, plural', 'I did two years in Haverigg for burglaries when I was young, and I have been straight since.'],
      ['time spent on a project', 'Sue spent time in Kendal for the training on fraud awareness.'],
      ['a news report, unnamed', 'From the Gazette: two Kendal men were jailed for burglaries, police said.'],
      ['a stretch of the path', 'The volunteers did a stretch of the beck path for the footpaths group.'],
    ],
  },
  hr: {
    flags: [
      ['a final written warning', "Alan got a final written warning last week for his timekeeping, so don't expect miracles.", ['learnt@body:0-32']],
      ['a final warning, for a role', "Between ourselves, the groundsman is on a final warning over the fuel receipts.", ['learnt@body:23-55']],
      ['a written warning, passive', "Word is that Kevin's been given a written warning over the van.", ['learnt@body:13-49']],
      ['sick days over a period', 'Our cleaner has taken 23 days off sick since Easter, mostly Fridays.', ['learnt@body:4-38']],
      ['sick days so far this year', 'He has taken twelve days off sick so far this year, so we are starting the capability route.', ['learnt@body:0-33']],
      ['a disciplinary hearing', 'Mrs Dyson is facing a disciplinary hearing on Thursday about the petty cash.', ['learnt@body:4-34']],
      ['a verbal warning', "Tracey's on a verbal warning for her timekeeping, as you'd expect.", ['learnt@body:0-28']],
      ['facing a disciplinary', "Darren's facing a disciplinary over his mileage, so he won't be at the bridge day.", ['learnt@body:0-30']],
      // Suspended or dismissed (restored, issue #17).
      ['suspended pending', 'Between ourselves, the groundsman was suspended pending an investigation into the fuel receipts.', ['learnt@body:23-55']],
      ['sacked for', "Darren was sacked for fiddling his mileage, so he won't be at the bridge day.", ['learnt@body:0-21']],
      ['suspended over', 'FYI Karen has been suspended over the missing petty cash, so please deal with me.', ['learnt@body:4-33']],
      ['dismissed after', 'Our caretaker was dismissed after the complaint about the hall keys, hence the new code.', ['learnt@body:4-33']],
      ['sacked after, a role', 'Between ourselves, the clerk has been sacked after the complaints about the keys.', ['learnt@body:23-50']],
      ['dismissed for, a title', 'Mr Pattinson was dismissed for gross misconduct in March, as the chair will tell you.', ['learnt@body:3-30']],
    ],
    accepts: [
      ['off sick today', 'Alan is off sick today, so Ruth will open the hall for you.'],
      ['a day off last week', 'She had two days off sick last week, so the minutes are a little late.'],
      ['the writer’s own sick days', "I've had 5 days off sick since Easter, so sorry for the slow reply."],
      ['a warning to a contractor', 'The council has given the contractor a final written warning about the mess on the green.'],
      ['a disciplinary panel', 'Cllr Fell is on the disciplinary panel for the staffing committee this year.'],
      ['the meeting suspended', 'The meeting was suspended for ten minutes while the projector was fixed.'],
      ['staff absence in total', 'Staff sickness absence averaged 4 days last year, well below the sector.'],
      ['the procedure itself', 'The clerk will send you the disciplinary procedure adopted in May.'],
      ['a building on a warning', "The hall's on a final warning from the fire officer about the exit signs."],
      ['a warning the writer gave', 'I gave him a final written warning in May, as the chair asked.'],
      ['a service suspended', 'The bus service was suspended for the bank holiday, so allow extra time.'],
      ['an appeal dismissed', 'His appeal was dismissed after a short hearing, the Gazette says.'],
      ['the writer’s own suspension', 'I was suspended pending an investigation in 2019, which the tribunal overturned.'],
      ['play suspended', 'Play was suspended for rain at the cricket club, so the teas ran late.'],
      ['pupils let go', 'The pupils were let go after the fire drill, about half past two.'],
      ['councillors dismissed for lunch', 'The chair dismissed the working group for lunch at one.'],
    ],
  },
  sexuality: {
    flags: [
      ['lives with his boyfriend, told as a warning', "Before you take Ian on for the youth club, he lives with his boyfriend. I'm only telling you so you're not caught out.", ['sexuality@body:46-70']],
      ['her girlfriend, only telling you', "About Sarah: she lives with her girlfriend, and I'm only telling you so the church isn't caught out.", ['sexuality@body:17-42']],
      ['his husband, ought to know', "You ought to know he is married to his husband, Phil, and some of the congregation won't like it.", ['sexuality@body:35-46']],
      ['you ought to know', 'You ought to know, before the interview, that she lives with her wife on Elm Road.', ['sexuality@body:50-69']],
      ['only telling you, about a bloke', "Tom? He's been seeing a bloke from the rugby club. I'm only telling you so you can decide about the camping trip.", ['sexuality@body:5-29']],
      ['thought you ought to know', 'I thought you ought to know that Dean has moved in with his boyfriend.', ['sexuality@body:42-69']],
      // A partner said plainly with "has" (restored, issue #17).
      ['has got a girlfriend, only telling you', "About Sarah: she's got a girlfriend, and I'm only telling you so the church isn't caught out.", ['sexuality@body:13-35']],
      ['has a husband, ought to know', "I thought you ought to know: he has a husband in Leeds, and some of the congregation won't like it.", ['sexuality@body:29-45']],
      ['got a boyfriend, keep it to yourself', "Keep this to yourself, but he's got a boyfriend in Kendal.", ['sexuality@body:27-47']],
      ['has a wife, parents have no idea', "She has a wife, though her parents have no idea, so please don't mention it at the lunch.", ['sexuality@body:0-14']],
      ['another boyfriend, between you and me', 'Between you and me, he has another boyfriend now.', ['sexuality@body:20-44']],
      ['a wife, in confidence', "In confidence: she's got a wife back in Poland.", ['sexuality@body:15-31']],
    ],
    accepts: [
      ['a partner said openly', 'Helen and her wife will both help on the tombola, so put them together.'],
      ['a different-sex partner, as a warning', "I'm only telling you so you're not caught out: she lives with her husband in Leeds."],
      ['a warning about something else', "Before you take Ian on, he's not got a driving licence. I'm only telling you so you're not caught out."],
      ['a boyfriend of a daughter', 'Her daughter has a boyfriend in the army, so use your own judgement on the date.'],
      ['the writer’s own', "I'm only telling you because you asked: I live with my girlfriend Jo."],
      ['has a man for the garden', 'He has a man who does his hedges, if you need a name.'],
      ['a wife, as a warning', "I'm only telling you so you're not caught out: he has a wife in Leeds."],
      ['a husband, between you and me', "Between you and me, she's got a husband who plays for the Lions."],
      ['he’s a lad, in confidence', "In confidence, he's a lad who knows the hall better than anyone."],
      ['a daughter’s boyfriend, ought to know', 'Her daughter has a boyfriend in the army, I thought you ought to know.'],
      ['the writer’s own girlfriend', "I've got a girlfriend, between you and me, so I'll bring her."],
      ['a girlfriend said openly', 'She has a girlfriend coming to help with the teas, so two cups.'],
    ],
  },
  // Faith in practice about a named person (restored, issue #17).
  faith: {
    flags: [
      ['Friday prayers', 'Yusuf will be at Friday prayers until two, so the site visit is better at three.', ['identity@body:0-31']],
      ['goes to Mass', 'Mrs Hill goes to Mass every morning, so ring her after ten.', ['identity@body:4-21']],
      ['fasting for Ramadan', "Priya is fasting for Ramadan, so don't book her for the lunch.", ['identity@body:0-28']],
      ['a husband keeps kosher', 'Her husband keeps kosher, so the caterer needs to know.', ['identity@body:4-24']],
      ['observes the Sabbath', 'Between us, Mr Levy observes the Sabbath, so no Saturday meetings.', ['identity@body:15-40']],
      ['at the mosque for jummah', "Ask Tariq first. He's at the mosque for jummah on Fridays.", ['identity@body:17-46']],
    ],
    accepts: [
      ['an iftar at the centre', 'The Ramadan iftar at the community centre starts at sunset on Friday.'],
      ['the writer fasting', "I'm fasting for Ramadan, so I'll skip the lunch."],
      ['the hall open during Ramadan', 'We are keeping the hall open late during Ramadan.'],
      ['a councillor at a mosque open day', 'Cllr Ahmed will be at the mosque for the Eid open day.'],
      ['a service at the church', 'The Remembrance service is at the church at eleven.'],
      ['a caterer’s menus', 'The caterer does kosher and halal menus if you ask a week ahead.'],
      ['those fasting, in general', 'Those fasting for Ramadan are welcome at the iftar after sunset.'],
      ['residents at Friday prayers', 'Residents going to Friday prayers can park at the school.'],
      ['everyone who goes to Mass', 'Everyone who goes to Mass on Sunday can park at the school.'],
    ],
  },
  // A named person's diagnosis with the condition before it (restored, issue #17).
  diagnosis: {
    flags: [
      ['her autism diagnosis', 'Since her autism diagnosis, Ellie has needed a quiet room at the club.', ['health@body:6-26']],
      ['his dementia diagnosis', 'His dementia diagnosis came through last month, so his daughter deals with the allotment.', ['health@body:0-22']],
      ['an ADHD diagnosis', "Tom's had a rough year after his ADHD diagnosis, so go gently on the complaint.", ['health@body:29-47']],
      ['an MS diagnosis', "Her MS diagnosis means she can't do the stairs at the hall.", ['health@body:0-16']],
      ['a PTSD diagnosis', 'He told me about his PTSD diagnosis, which is why he left the army.', ['health@body:17-35']],
      ['a bipolar diagnosis', 'Jan asked me to explain that her bipolar diagnosis is why she missed the meeting.', ['health@body:29-50']],
    ],
    accepts: [
      ['an engineer’s diagnosis', "The engineer's diagnosis of the boiler fault is attached."],
      ['the writer’s own diagnosis', 'My autism diagnosis came late, so bear with my emails.'],
      ['a diagnosis pathway', 'The autism diagnosis pathway for children has a two-year wait.'],
      ['to the person themselves', 'Sorry to hear about your cancer diagnosis, and take your time.'],
      ['a stroke awareness talk', 'His stroke awareness talk at the library was well attended.'],
      ['an autism-friendly session', 'Her autism-friendly swim session runs on Sunday mornings.'],
    ],
  },
};
