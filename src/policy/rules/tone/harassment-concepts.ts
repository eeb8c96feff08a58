// Harassment judged by concept, not by phrase (clause 3.1 "harassing messages"; Equality Act 2010
// s.26: unwanted conduct, including of a sexual nature, that violates a person's dignity or creates an
// intimidating, hostile, degrading, humiliating or offensive environment). Writers never seen use
// other words for the same things, so each part is a closed class of words a clerk would name:
//   who:   the reader or a colleague ("you", "u", "her", "the new girl", "Gemma," addressed, an
//          imperative such as "come round" or "wear the red one");
//   about: their body, looks or clothes; a pet name; their love life, sexuality or pregnancy; their
//          family and evenings; where they live, their car, number or photos; an outing, a closeness or
//          a gift for two; anything sexual, or innuendo that says there is something sexual;
//   turn:  what makes it unwanted: persistence (asking on, counting asks, "whether you like it or not"),
//          a no or a silence pressed past, watching or following, innuendo (a wink, "for me", "ha ha"),
//          prying (a question into someone's love life, "is it true", "you can tell me"), a favour
//          traded, seclusion and secrecy ("just the two of us", "nobody need know").
// Each class has a weight, how personal or how plainly unwanted it is; a person, a subject and a turn
// weighing 3 together block, when one of them is plainly personal or plainly unwanted (an evening, a
// weekend and "again" are ordinary mail). Turns in the sentences either side count half, a question
// adds a little, a question into someone's love life pries, and anything sexual is unwanted in itself.
// Pursuit needs no subject: persistence and a no or a silence pressed past, aimed at a person, block
// unless the sentence is about a task ("I'll keep chasing you for the forms"). Praise of work, a team
// social open to all, get-well and wedding wishes, a dress code and one polite invitation have no
// turn, or clear.

/** Who: the reader or a colleague (lower-cased), or an imperative to the reader. */
const WHO = /\b(?:you|your|yours|yourself|u|ur|she|shes|her|hers|herself|him|his|himself|girl|lass|lady|woman|receptionist|(?:new|blonde|pretty|young) (?:one|clerk|deputy|rfo|admin\w*|assistant|starter|lad))\b|^(?:come|stay|wear|keep|sit|pop|give)\b/;
/** Who, as written: someone addressed by name ("Gemma," or ", Gemma") or by title ("Miss Pryce"). */
const NAMED = /(?:^|[,;] )[A-Z][a-z]+(?=[,!?]| [-–] )|, [A-Z][a-z]+[.!?]?$|\b(?:Miss|Mrs|Ms) [A-Z]/;

/** "n't" with or without its apostrophe, as texters write it. */
const NT = "n'?t";
/** Garments that show a figure. */
const GARMENT = '(?:dress|frock|skirts?|blouse|jumper|cardigan|jeans|trousers|leggings|shorts|heels|stockings|tights|bikini|swimsuit|t-shirt|top)';

/** About, with a weight: how personal a subject it is. */
const ABOUT: readonly [RegExp, number][] = [
  // Sexual: undressing, bed, dreams, being turned on; innuendo that says so.
  [/\b(?:sexy|sexual|sex|naked|nude|(?:with|wearing) nothing on|and not much else|under (?:that|your|ur|her) (?:uniform|skirt|dress|clothes|top)|undress\w*|dream(?:t|ed|ing)? (?:about|of) (?:you|u|her)|fantasi[sz]\w*|turns? me on|switch(?:es)? me on|frisky|kinky|lingerie|underwear|knickers|bra|worth (?:her|your) while|wink wink|nudge nudge|does (?:things|something) to me)\b/, 2],
  // The body, possessed or admired.
  [/\b(?:(?:your|ur|her|his|those|them) (?:figure|legs|thighs|bum|backside|cleavage|chest|bust|boobs|curves|lips|skin|hair|waist|hips|body|physique|arms|smile)|(?:lovely|nice|great|gorgeous|beautiful|pretty|perfect|amazing|cute|cracking|fine|fair|long|toned|soft|firm|shapely|becoming|sexy)(?: (?:long|young|small|soft|little|toned|pair of))? (?:figure|legs|thighs|arms|biceps|muscles|chest|bust|boobs|cleavage|bum|backside|curves|skin|lips|waist|hips|physique|shape|hands|hair|neck|eyes|smile|face|body|laugh))\b|\b(?:(?:sit|sat) on my (?:knee|lap)|filled out|lost weight|put on weight|put weight on|slimmer|bend(?:s|ing)? (?:over|down)|shirt off)\b/, 2],
  // Looks, and clothes that show them.
  [new RegExp(`\\b(?:gorgeous|beautiful|stunning|attractive|handsome|fetching|ravishing|radiant|flushed|blonde|brunette|redhead|looker|eye candy|easy on the eye|(?:nice|good|better|great|lovely) view|nice to look at|looks department|pretty (?:one|girl|lass|thing|face|woman|lady|young|little)|(?:you|u|she|her)(?:'re| are| were|'s| is| was)? (?:look|looks|looked|looking)(?: \\w+)? (?:hot|fit|sexy|pretty|lovely|gorgeous|good|nice|better|younger|stunning|relaxed|rested|tired|upset|smart|well|like trouble)|(?:well|proper|so|very|too) (?:hot|fit|sexy|pretty)|made an effort|complexion|scent|ankles|perfect age|years off|${GARMENT}|scarf|perfume|lipstick|make-?up|(?:tight|short|clingy|revealing|low-cut|see-through|skimpy) ${GARMENT}|something (?:tighter|shorter|skimpier|more revealing)|clingy|revealing|low-cut|see-through|skimpy)\\b|🔥|🥵|😍`), 1.5],
  // What they wear, in words that also serve for a dress code.
  [/\b(?:wear|wearing|wore|dress up|shirt|lycra|uniform|hi-vis|outfit|kit|dressing gown|collar|glasses|earrings?)\b/, 1],
  // A pet name at work.
  [/\b(?:darling|sweetheart|babe|hun|sweetie|petal|princess|gorgeous|my dear|dear girl|young lady)\b|(?:^|, )love\b/, 1],
  // Love life, sexuality, pregnancy, intimate health.
  [/\b(?:boyfriend|girlfriend|bf|gf|fella|(?:you're|you are|are you|is she|she's|still|now|u) single(?!-)|single(?=\s*\?| again)|divorced?|unmarried|dating|hot date|on a date|date with (?:me|you|u|her)|seeing (?:someone|anyone|each other)|(?:you|u) (?:two )?(?:are )?an item|(?:with|leaving with) that (?:man|chap|bloke|woman|girl|lad|fella)|love life|an affair|affair with|cheating|playing away|on the rocks|(?:have|'ve|has|'s) (?:split up|broken up|separated)|split up with|(?:man|woman|someone) in (?:your|ur|her) life|engagement is off|separate rooms|pregnan\w+|gay|gays|lesbian|sexuality|gynae\w*|women's (?:trouble|problems)|menopause|antidepressants|closer friends|fair game)\b/, 1.5],
  // Family and private time.
  [/\b(?:husband|wife|hubby|partner|married|marriage|honeymoon|children|weekend|wkend|nights? off|evenings?|last (?:night|nite)|tonight|tonite|2nite|(?:friday|saturday|sunday) night|after work|after hours|way home|live with|living alone|(?:on (?:your|ur|her) own|home) alone|lonely|asleep|staying over|curtains|telly|mum's)\b/, 1],
  // Where they live or go, their car, number or photos.
  [/\b(?:your|ur|her|his) (?:house|home|flat|address|doorstep|front door|window|road|street|close|car|mobile|number|phone|daughter|son|kids|mum|texts)\b|\b(?:at|round|to) (?:home|hers|yours)\b|\bwhere (?:you|u|she|he) (?:live|lives|go|goes|park|parks|swim|drink)|\b(?:facebook|instagram|insta|strava|tiktok|whatsapp|pics|photos?|snaps|photograph)\b/, 1],
  // An outing, a closeness or a gift for two.
  [/\b(?:dinner|supper|lunch|luncheon|tea|coffee|cuppa|drinks?|pint|wine|sherry|fizz|nightcap|meal|curry|cinema|theatre|ballet|dancing|hug|kiss|cuddle|my (?:room|place|flat|house|office)|round mine|hotel|travelodge|sofa|lap|knee|next to me|beside me|keep (?:me|u|you) (?:company|warm)|pick (?:you|u) up|collect (?:you|u)|take (?:you|u) out|asked (?:you|u|her) out|flowers|roses|necklace|bracelet|jewellery|chocolates|present|gift|(?:bought|sent|got) (?:you|u|her) (?:a|some)|tickets|table for two|a table|room (?:adjoining|next to)|share my room|cellar|potting shed|privately|my bed|spend the night|bedroom|toothbrush)\b/, 1],
];

/** Turn, with a weight: what makes the remark unwanted. */
const TURN: readonly [RegExp, number][] = [
  // Persistence: asking on, asks counted, not giving up, not accepting a no.
  [new RegExp(`\\bkeeps? (?:on )?(?:asking|writing|trying|ringing|calling|phoning|texting|messaging|sending|coming round|popping|turning up|emailing|inviting|pestering)|\\b(?:i'll|ill|i will|i shall) (?:renew|write again|call again)|\\b(?:ask|invite) (?:you |u |her )?again|\\b(?:not|never|wo${NT}|shan't|will not)\\b[^.?!]{0,25}\\bgiv(?:e|ing) up|\\bpatient (?:man|woman)|\\b(?:asked|rung|rang|phoned|called|texted|messaged|written to|emailed|wrote to|invited|tried)(?: (?:you|u|her))?(?: \\w+)? (?:twice|\\d+ times|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few) times)|\\bwhether (?:you|u|she) (?:like|want)s? (?:it |them |me )?or not|\\b(?:wo${NT}|will not|shan't|shall not|not) (?:accept|take) (?:no|a refusal|'?i'm busy)|\\bno for an answer|\\bmatter is closed|\\b(?:not|wo${NT}|will not|shan't) accept (?:it|that|your (?:no|refusal|answer))|\\bwear (?:her|you|u|him) down|\\bfirst in the queue|\\bno intention of stopping`), 2],
  // Persisting, weaker: every week, waiting, turning up, things counted.
  [/\bevery (?:week|day|night|morning|evening|time|meeting|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:i'll|ill|i will|i shall) (?:(?:just )?wait|be waiting|be back|be there|be outside|be at (?:the|your|ur|her) (?:door|house|flat)|happen to be|come (?:round|back)|collect|see you there|pop round)|\btomorrow then|\bnext time\b|\b(?:twice|\d+ times|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few) (?:times|letters|messages|texts|now))\b/, 1],
  // Again, anyway: the weakest.
  [/\b(?:again|anyway)\b/, 0.5],
  // A no or a silence pressed past.
  [new RegExp(`\\b(?:you|u|she) (?:said|told me|say|says) (?:no\\b|(?:that )?(?:you|u|she)(?:'re|'d|'s| were| are| would| was| is)? (?:busy|not|rather|could${NT}|ca${NT}|did${NT}|were${NT}|was${NT}))|\\b(?:you|u|she)(?:'ve| have| had)? (?:declined?|declining|refused?|refusing|turned (?:me )?down|blocked|blanked)|\\bsend (?:it|them) back|\\brefusal|\\bturned me down|\\bignor(?:ed|ing) (?:me|my)|\\bavoiding me|\\bblock\\w* (?:me|my)|\\b(?:have${NT}|has${NT}|did${NT}|do${NT}|wo${NT}|never|still not|not) (?:replied|reply|answered|answer|responded|respond|rung|rang|texted back|written back|get back to me)|\\bno (?:reply|answer)\\b|\\bnothing back|\\bexcuses\\b|\\bno excuses|\\brather (?:i|you) did${NT}|\\bnot interested|\\bclam\\w* up|\\bplaying hard to get|\\b(?:said|saying) no|\\b(?:until|till?) (?:you|u|she) (?:reply|answer|respond|pick up|agree|say yes|do|give in|reconsider|smile)|\\bpleaded|\\bbrush off|\\blaughing it off|\\bmoaning|\\bpretending not|\\bsneak|\\bout the back|\\basked me to stop|\\bsaid i should${NT}|\\bcan't take a joke|\\bnot your thing`), 1.5],
  // Watching or following.
  [/\b(?:saw|seen|noticed|watched|watching|spotted|followed|observed) (?:you|u|her|him)\b|\b(?:saw|noticed|spotted) (?:your|ur|her) (?:car|house|flat|lights|window)|\b(?:drove|driving|walked|went|been|ran|cycled|came) past\b|\b(?:sat|parked|waiting|waited|stood) (?:outside|opposite|by (?:your|ur|her)|in (?:my|the) car)|\bthrough (?:your|ur|her|the) (?:\w+ )?window|\b(?:close )?eye on (?:you|u|her|him)\b|\bkeeping a note|\bfound (?:out where|(?:your|her|the) (?:\w+ )?(?:address|number))|\bi know (?:where (?:you|u|she) (?:live|park|go|swim|drink)|(?:which|what time) (?:you|u|she))|\bcan see (?:you|u)\b|\bchecked (?:the )?(?:door|entry|swipe) logs|\bchecked (?:your|her) (?:phone|facebook)|\bwhose car|\bwho (?:drops|collects|picks)|\b(?:couldn't|could not|can't|cannot) help (?:noticing|observing|reading|looking)|\bover (?:your|her) shoulder|\bsaved (?:a few|some) of (?:your|her)|\bsaved (?:your|her) (?:number|photos?|pics)|\bkept (?:your|her) (?:photo\w*|picture|emails|letters)|\bguessed (?:your|her) (?:size|measurements)|\b(?:sent|left|delivered|dropped|posted)\b[^.?!]{0,30}\b(?:to|at|on|through|in) (?:your|ur|her) (?:home|house|flat|door|doorstep|desk|pigeonhole)/, 1.5],
  // Innuendo, plain.
  [/😉|😏|😘|💋|\bwink|\b(?:know|get|catch) (?:what i mean|my (?:meaning|drift))|\bif you get me|\bonly joking|\bunless\s?\.\.\.|\bnaughty|\bi liked it|\b(?:wear|dress|smile|wave|pose|dance)\w* (?:\w+ ){0,3}for me\b|\bi'll give (?:her|him|you) that|\bnot complaining|\bi confess|\bpersonal appreciation|\bi hope you don't mind me (?:saying|asking)|\basking (?:4|for) a friend|\bi'd give|\btaking bets|\bdon't be (?:so )?(?:prim|shy|coy)|\bcheers me|\bkeeps? (?:\w+ ){0,3}(?:awake|cheerful)|\bjust how i like|\bdon't mind me|\bwhenever (?:you|u|she) like|\bmade my (?:day|ride|morning|week)|\bwhat he's got|\bcan apprec|\bnot that i mind/, 1.5],
  // Innuendo, weaker: a laugh, a "wow", "any time", "for me".
  [/\bha ?ha|\bhaha|\blol\b|\bwow\b|\btho\b|\bbet\b|\bany ?time\b|\bfor me(?:[.!,)]|$)|\bi must say|\bif i may say so|\bsomething else\b|\bmind\.?$|\bare we\?|\bday or night|\bdistracts?\b/, 1],
  // Prying: talk heard, a confidence asked for, thinking about someone.
  [/\bis it true|\bi (?:heard|gather|understand from|did hear)|\bheard (?:you|u|she)|\bi've been told|\bi'm told|\bpeople are talking|\bthought you'd want to know|\byou can tell me|\btell me (?:everything|yourself)|\bi do wonder|\bi ask (?:only|because)|\bthought of you|\b(?:thinking|think|thought) about (?:you|u)\b|\bcan't stop thinking|\bknows who i am|\bi'll be telling|\bwhat i'm up against|\bdoesn't bother me|\bget it out of|\bfind out for me|\bcurious to learn|\bnone of my business|\bnot my business|\bfor reasons you|\bi'd rather you didn't|\bpeople will talk|\bgive everyone a laugh|\bentitled to know|\bget further in|\bwasted behind/, 1.5],
  // A favour traded for it.
  [/\b(?:and|if) (?:i'll|ill|i will) (?:sign|approve)|\bif (?:you|u) give me (?:your|ur|a) (?:number|kiss|hug|cuddle)|\bhow's that for a deal/, 1.5],
  // Seclusion.
  [/\b(?:just )?the two of us|\bbooked (?:us|the two of us)|\breserved (?:us|a table for two)|\bjust (?:you and me|me and you|me n u|u n me)\b|\balone with/, 1.5],
  // Secrecy.
  [new RegExp(`\\bnobody (?:need|needs|will|would|has to) (?:know|see)|\\b(?:he|she|your (?:husband|wife)) (?:does${NT}|does not) need to know|\\bdo${NT} tell (?:anyone|anybody|the others|your|ur|him|her)|\\bbetween (?:ourselves|you and me)|\\bjust between us|\\bour (?:little )?secret|\\bsecret between|\\b(?:shan't|wo${NT}|will not) (?:tell (?:your|ur|anyone|a soul)|gossip)|\\b(?:my|the) (?:wife|husband)(?:'s| is) away|\\b(?:wife|husband) (?:wo${NT}|will not) be there|\\bwith the door shut`), 2],
];
const [PERSIST, , , REFUSED] = TURN.map(([re]) => re);
const SEXUAL = ABOUT[0][0];
/** The body, looks and clothes: a remark on them has its own message. */
const LOOKS = [1, 2].map((i) => ABOUT[i][0]);
/** Prying: a question into someone's love life, sexuality or pregnancy. */
const PRY = /\b(?:boyfriend|girlfriend|bf|gf|fella|(?:you're|you are|are you|is she|she's|still|u) single(?!-)|single(?=\s*\?)|seeing (?:someone|anyone|each other)|(?:two|you|u) (?:are )?an item|love life|(?:are you|is (?:she|he)|you're|she's|he's) (?:gay|a lesbian)|sexuality)\b/;
const SECLUDED = TURN[9][0];

/** A question adds a little to a remark that already has a subject and a turn. */
const QUESTION = /\?/;
/** A task in view: business, not the person ("I'll keep chasing you for the forms until you send them"). */
const WORK = /\b(?:forms?|report|invoices?|receipts?|minutes|agenda|quotes?|figures|payment|accounts|budget|application|documents?|papers|returns?|timesheets?|expenses|declarations?|rota|repairs?|contract|grant|bank|county|council|highways|footpath|drain|lights|keys?|booking|parcel|delivery|(?:about|re|regarding|for) the)\b/;
/** A working purpose for a meeting. */
const PURPOSE = /\bto (?:go (?:through|over)|discuss|talk (?:about|through)|look (?:at|over)|run through|sign|agree|check)\b/;
/** Kindness, good news, the whole team, or a report of someone else's conduct. */
const CLEARS = /\b(?:as (?:agreed|arranged|discussed)|hope (?:you|u) (?:have|had|enjoy)|have a (?:great|good|lovely|nice) (?:day|weekend|time|holiday|christmas|break|evening|trip|rest)|congratulat\w+|congrats|get well|feeling better|sorry to hear|welcome back|well done|thank(?:s| you)|dress code|everyone|everybody|anyone|anybody|all (?:staff|members|welcome)|whole (?:team|office)|partners? (?:are |very )?welcome|bring (?:your|the) (?:partner|family)|complain\w*|grievance|inappropriate|polic(?:y|ies)|training|harassment|discrimination|equality|report(?:ed)? (?:it|this|him|her)|uncomfortable|(?:staff|christmas|team|office) (?:dinner|lunch|party|do|drinks|social|barbecue|meal))\b/;

/** The sum of the weights of the classes a text has. */
const sum = (t: string, classes: readonly [RegExp, number][]) => classes.reduce((n, [re, w]) => n + (re.test(t) ? w : 0), 0);
/** Is one of the classes with at least this weight in the text? */
const strong = (t: string, classes: readonly [RegExp, number][]) => classes.some(([re, w]) => w >= 1.5 && re.test(t));

/**
 * The weights of a sentence's subject and turn, [0, 0] when no one is aimed at, it is kind or the team's, or
 * nothing in it is plainly personal or plainly unwanted.
 */
export function conceptScore(sentence: string, around: string, written = ''): [number, number] {
  if (!(WHO.test(sentence) || NAMED.test(written)) || CLEARS.test(sentence) || !(strong(sentence, ABOUT) || strong(sentence, TURN))) return [0, 0];
  // A question into someone's love life pries; anything sexual said to a colleague is unwanted in itself.
  const own = sum(sentence, TURN) + (QUESTION.test(sentence) && PRY.test(sentence) ? 1.5 : 0) + (SEXUAL.test(sentence) ? 0.5 : 0);
  return [sum(sentence, ABOUT), own + sum(around, TURN) / 2];
}

/**
 * Does one sentence (lower-cased, ’ as '), with the sentences either side (`around`, lower-cased) and as
 * written (`written`, for names), harass? A person aimed at, a subject and a turn weighing 3 (less one for
 * a working purpose: "a coffee to go through the figures"), or a person pursued (persistence and a no or a
 * silence) with no task in view. The answer is the message to give: 'looks' for a remark on someone's
 * body, looks or clothes, 'harassment' for the rest; undefined when it does not harass.
 */
export function conceptual(sentence: string, around: string, written = ''): 'looks' | 'harassment' | undefined {
  const [about, turn] = conceptScore(sentence, around, written);
  const work = WORK.test(sentence);
  // Time alone with someone to go through the budget is a meeting.
  const less = (PURPOSE.test(sentence) ? 1 : 0) + (work && SECLUDED.test(sentence) ? 1.5 : 0);
  if (about && turn && about + turn - less + (QUESTION.test(sentence) ? 0.5 : 0) >= 3) return LOOKS.some((re) => re.test(sentence)) ? 'looks' : 'harassment';
  if (turn && REFUSED.test(sentence) && PERSIST.test(sentence) && !work) return 'harassment';
}

export const CONCEPT_REGEXES: readonly RegExp[] = [WHO, NAMED, PRY, QUESTION, WORK, PURPOSE, CLEARS, ...ABOUT.map(([re]) => re), ...TURN.map(([re]) => re)];
