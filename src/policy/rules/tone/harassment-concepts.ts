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
// Since harass7 the concepts also carry what the older phrase families did (./harassment-evidence.ts's
// looks, pressed, private and waiting, ./harassment-compose.ts): a no in the sentence beside aims a
// sentence at the reader and lets the pursuit rule read it ("You've said no twice. I'll come round to
// your house"); a no stated in the sentence takes in the invitation beside it at half weight; the
// reader's no in the quoted message being answered ("I'd rather not") makes an outing for two pressed;
// a remark on looks beside an outing for two is a come-on; and a concept short of the bar (a remark on
// the body or looks alone, persistence alone) is worth a second look (warn).

/** Who: the reader or a colleague (lower-cased), their partner or news by name, or an imperative to the reader. */
const WHO = /\b(?:you|your|yours|yourself|u|ur|she|shes|her|hers|herself|him|his|himself|girl|lass|lady|woman|receptionist|(?:new|blonde|pretty|young) (?:one|clerk|deputy|rfo|admin\w*|assistant|starter|lad)|\w+'s (?:husband|wife|marriage|pregnant)|(?:that|those) (?:skirt|dress|jeans|jumper|shorts|leggings))\b|^(?:come|stay|wear|keep|sit|pop|give)\b/;
/** Who, as written: someone addressed by name ("Gemma," or ", Gemma") or by title ("Miss Pryce"). */
const NAMED = /(?:^|[,;] )[A-Z][a-z]+(?=[,!?]| [-–] )|, [A-Z][a-z]+[.!?]?$|\b(?:Miss|Mrs|Ms) [A-Z]/;

/** "n't" with or without its apostrophe, as texters write it. */
const NT = "n'?t";
/** Garments that show a figure. */
const GARMENT = '(?:dress|frock|skirts?|blouse|jumper|cardigan|jeans|trousers|leggings|shorts|heels|stockings|tights|bikini|swimsuit|t-shirt)';

/** About, with a weight: how personal a subject it is. */
const ABOUT: readonly [RegExp, number][] = [
  // Sexual: undressing, bed, dreams, being turned on; innuendo that says so.
  [/\b(?:sexy|sexual|sex|naked|nude|(?:with|wearing) nothing on|and not much else|under (?:that|your|ur|her) (?:uniform|skirt|dress|clothes|top)|undress\w*|dream(?:t|ed|ing)? (?:about|of) (?:you|u|her)|fantasi[sz]\w*|turns? me on|switch(?:es)? me on|frisky|kinky|lingerie|underwear|knickers|bra|worth (?:her|your) while|wink wink|nudge nudge|does (?:things|something) to me|(?:blokes|lads|chaps)\b[^.?!]{0,40}\blooking)\b/, 2],
  // The body, possessed or admired.
  [/\b(?:(?:your|ur|her|his|those|them) (?:figure|legs|thighs|bum|backside|cleavage|chest|bust|boobs|curves|lips|skin|hair|waist|hips|body|physique|arms|smile)|(?:lovely|nice|great|gorgeous|beautiful|pretty|perfect|amazing|cute|cracking|fine|fair|long|toned|soft|firm|shapely|becoming|sexy)(?: (?:long|young|small|soft|little|toned|pair of))? (?:figure|legs|thighs|arms|biceps|muscles|chest|bust|boobs|cleavage|bum|backside|curves|skin|lips|waist|hips|physique|shape|hands|hair|neck|eyes|smile|face|body|laugh))\b|\b(?:(?:sit|sat) on my (?:knee|lap)|(?:the|what a) (?:figure|legs|body)(?: for)?|filled out (?:nicely|a bit|since)|lost weight|put on weight|put weight on|slimmer|bend(?:s|ing)? (?:over|down)|shirt off)\b/, 2],
  // Looks, and clothes that show them.
  [new RegExp(`\\b(?:gorgeous|beautiful|stunning|attractive|handsome|fetching|ravishing|radiant|flushed|blonde|brunette|redhead|looker|eye candy|easy on the eye|(?:nice|good|better|great|lovely) view|nice to look at|looks department|pretty (?:one|girl|lass|thing|face|woman|lady|young|little)|(?:you|u|she|her)(?:'re| are| were|'s| is| was)? (?:look|looks|looked|looking)(?: \\w+)? (?:hot|fit|sexy|pretty|lovely|gorgeous|good|nice|better|younger|stunning|relaxed|rested|tired|upset|smart|well|like trouble)|(?:well|proper|so|very|too) (?:hot|fit|sexy|pretty)|made an effort|looked a (?:proper |real )?picture|(?:${GARMENT}|uniform|outfit)s? (?:is|are|was|were|'s) (?:\\w+ ){0,2}too (?:tight|short)|complexion|scent|ankles|perfect age|years off|${GARMENT}|scarf|perfume|lipstick|make-?up|(?:tight|short|clingy|revealing|low-cut|see-through|skimpy) ${GARMENT}|something (?:tighter|shorter|skimpier|more revealing|that tight)|clingy|revealing|low-cut|see-through|skimpy)\\b|🔥|🥵|😍`), 1.5],
  // What they wear, in words that also serve for a dress code.
  [new RegExp(`\\b(?:suit(?:s|ed)? (?:you|u|her)|in (?:that|those|your|her) (?:\\w+ )?${GARMENT}|wear|wearing|wore|dress up|shirt|lycra|uniform|hi-vis|outfit|kit|dressing gown|collar|glasses|earrings?)\\b`), 1],
  // A pet name at work.
  [/\b(?:darling|sweetheart|babe|hun|sweetie|petal|princess|gorgeous|my dear|dear girl|young lady)\b|(?:^|, )love\b/, 1],
  // Love life, sexuality, pregnancy, intimate health.
  [/\b(?:boyfriend|girlfriend|bf|gf|fella|(?:you're|you are|are you|is she|she's|still|now|u) single(?!-)|single(?=\s*\?| again)|divorced?|unmarried|dating|hot date|on a date|date with (?:me|you|u|her)|seeing (?:someone|anyone|each other)|(?:you|u) (?:two )?(?:are )?an item|(?:with|leaving with) that (?:man|chap|bloke|woman|girl|lad|fella)|love life|an affair|affair with|cheating|playing away|on the rocks|(?:have|'ve|has|'s) (?:split up|broken up|separated)|split up(?! the| into)|(?:trouble|problems) at home|(?:man|woman|someone) in (?:your|ur|her) life|engagement is off|(?:'ve|'s|has) moved out(?! of)|separate rooms|pregnan\w+|gay|gays|lesbian|sexuality|gynae\w*|women's (?:trouble|problems)|menopause|antidepressants|closer friends|fair game)\b/, 1.5],
  // Family and private time.
  [/\b(?:husband|wife|hubby|partner|married|marriage|honeymoon|children|weekend|wkend|nights? off|evenings?|last (?:night|nite)|tonight|tonite|2nite|(?:friday|saturday|sunday) night|after work|after hours|way home|live with|living alone|lives? alone|(?:on (?:your|ur|her) own|home) alone|lonely|asleep|staying over|curtains|telly|mum's)\b/, 1],
  // Where they live or go, their car, number or photos.
  [/\b(?:your|ur|her|his) (?:house|home|flat|address|doorstep|front door|window|road|street|close|car|mobile|number|phone|daughter|son|kids|mum|texts)\b|\b(?:at|round|to) (?:home|hers|yours)\b|\bwhere (?:you|u|she|he) (?:live|lives|go|goes|park|parks|swim|drink)|\b(?:facebook|instagram|insta|strava|tiktok|whatsapp|pics|photos?|snaps|photograph)\b/, 1],
  // An outing, a closeness or a gift for two.
  [/\b(?:dinner|supper|lunch|luncheon|tea|coffee|cuppa|drinks?|pint|wine|sherry|fizz|nightcap|meal|curry|cinema|theatre|ballet|dancing|hug|kiss|cuddle|my (?:room|place|flat|house|office)|round mine|hotel|travelodge|sofa|lap|knee|next to me|beside me|keep (?:me|u|you) (?:company|warm)|pick (?:you|u) up|drive (?:you|u|her) home|(?:go|going|come) out with me|the two of us|collect (?:you|u)|take (?:you|u) out|asked (?:you|u|her) out|flowers|roses|necklace|bracelet|jewellery|chocolates|present|gift|(?:bought|sent|got) (?:you|u|her) (?:a|some)|tickets|table for two|a table|room (?:adjoining|next to)|share my room|cellar|potting shed|privately|my bed|spend the night|bedroom|toothbrush)\b/, 1],
];

/** Turn, with a weight: what makes the remark unwanted. */
const TURN: readonly [RegExp, number][] = [
  // Persistence: asking on, asks counted, not giving up, not accepting a no.
  [new RegExp(`\\bkeeps? (?:on )?(?:asking|writing|trying|ringing|calling|phoning|texting|messaging|sending|coming round|popping|turning up|emailing|inviting|pestering)|\\b(?:email|text|ring|call|message) (?:you|u|her) every|\\btry (?:you|u|her) again|\\bkeep a seat|\\b(?:did${NT}|do${NT} think you) mean\\w* it|\\b(?:i'll|ill|i will|i shall) (?:renew|write again|call again)|\\b(?:ask|invite) (?:you |u |her )?again|\\b(?:not|never|wo${NT}|shan't|will not)\\b[^.?!]{0,25}\\bgiv\\w* up|\\bpatient (?:man|woman)|\\b(?:asked|told|rung|rang|phoned|called|texted|messaged|written to|emailed|wrote to|invited|tried)(?: (?:you|u|her))?(?: \\w+)? (?:twice|\\d+ times|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few) times)|\\bwhether (?:you|u|she) (?:like|want)s? (?:it |them |me )?or not|\\b(?:wo${NT}|will not|shan't|shall not|not|do${NT}) (?:accept|tak(?:e|ing)) (?:no|a refusal|'?i'm busy)|\\bno for an answer|\\bmatter is closed|\\b(?:not|wo${NT}|will not|shan't) accept (?:it|that|your (?:no|refusal|answer))|\\bwear (?:her|you|u|him) down|\\bfirst in the queue|\\bno intention of stopping`), 2],
  // Persisting, weaker: every week, waiting, turning up, things counted.
  [/\bevery (?:week|day|night|morning|evening|time|meeting|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:i'll|ill|i will|i shall) (?:(?:just )?wait|be waiting|be back|be there|be outside|be at (?:the|your|ur|her) (?:door|house|flat)|happen to be|come (?:round|back)|collect|see you there|pop round)|\btomorrow then|\bnext time\b|\bmore often|\bsent (?:you |u |her )?(?:the |some )?flowers|\b(?:second|third|fourth|fifth) time|\b(?:twice|\d+ times|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few) (?:times|letters|messages|texts|now))\b/, 1],
  // Again, anyway: the weakest.
  [/\b(?:again|anyway)\b/, 0.5],
  // A no or a silence pressed past.
  [new RegExp(`\\b(?:you|u|she)(?:'ve)? (?:said|told me|say|says|keep saying)(?: \\w+){0,2}? (?:no\\b|(?:that )?(?:you|u|she)(?:'re|'d|'s| were| are| would| was| is)? (?:busy|not|rather|could${NT}|ca${NT}|did${NT}|were${NT}|was${NT}))|\\b(?:you|u|she)(?:'ve| have| had)? (?:declined?|declining|refused?|refusing|turned (?:me )?down|blocked|blanked)|\\bsend (?:it|them) back|\\brefusal|\\bturned me down|\\bignor(?:ed|ing) (?:me|my)|\\bavoiding me|\\bblock\\w* (?:me|my)|\\b(?:have${NT}|has${NT}|did${NT}|do${NT}|wo${NT}|never|still not|not) (?:replied|reply|answered|answer|responded|respond|rung|rang|texted back|written back|get back to me)|\\bno (?:reply|answer)\\b|\\bnothing back|\\bexcuses\\b|\\bno excuses|\\brather (?:i|you) did${NT}|\\bnot (?:interested|keen)|\\brather not|\\bif (?:it's|it is) still no\\b|\\bsay no forever|\\bno for an answer|\\bwhy wo${NT} (?:you|u)\\b|\\bsince (?:you|u) (?:wo${NT}|refuse)|\\bthe back way|\\bclam\\w* up|\\bplaying hard to get|\\b(?:said|saying) no|\\b(?:until|till?) (?:you|u|she) (?:reply|answer|respond|pick up|agree|say yes|do|give in|reconsider|smile|come out|leave)|\\bpleaded|\\bbrush off|\\blaughing it off|\\bmoaning|\\bpretending not|\\bsneak|\\bout the back|\\basked me to stop|\\bsaid i should${NT}|\\bcan't take a joke|\\bnot your thing`), 1.5],
  // Watching or following.
  [/\b(?:saw|seen|noticed|watched|watching|spotted|followed|observed) (?:you|u|her|him)\b|\b(?:saw|noticed|spotted) (?:your|ur|her) (?:car|house|flat|lights|window)|\b(?:drove|driving|walked|went|been|ran|cycled|came) past\b|\b(?:sat|parked|waiting|waited|stood) (?:outside|opposite|by (?:your|ur|her)|in (?:my|the) car)|\bwaited for (?:you|u|her)|\bthrough (?:your|ur|her|the) (?:\w+ )?window|\b(?:close )?eye on (?:you|u|her|him)\b|\bkeeping a note|\bfound (?:out where|(?:your|her|the) (?:\w+ )?(?:address|number))|\bi know (?:where (?:you|u|she) (?:live|park|go|swim|drink)|(?:which|what time) (?:you|u|she))|\bcan see (?:you|u)\b|\beyes off|\bcatch (?:you|u) as|\bchecked (?:the )?(?:door|entry|swipe) logs|\bchecked (?:your|her) (?:phone|facebook)|\bwhose car|\bwho (?:drops|collects|picks)|\b(?:couldn't|could not|can't|cannot) help (?:noticing|observing|reading|looking)|\bover (?:your|her) shoulder|\bsaved (?:a few|some) of (?:your|her)|\bsaved (?:your|her) (?:number|photos?|pics)|\bkept (?:your|her) (?:photo\w*|picture|emails|letters)|\bguessed (?:your|her) (?:size|measurements)|\b(?:sent|left|delivered|dropped|posted)\b[^.?!]{0,30}\b(?:to|at|on|through|in) (?:your|ur|her) (?:home|house|flat|door|doorstep|desk|pigeonhole)/, 1.5],
  // Innuendo, plain.
  [/😉|😏|😘|💋|;-?\)|\bwink|\b(?:know|get|catch) (?:what i mean|my (?:meaning|drift))|\bif you get me|\bonly joking|\bunless\s?\.\.\.|\bnaughty|\bi liked it|\b(?:wear|dress|smile|wave|pose|dance)\w* (?:\w+ ){0,3}for me\b|\bi'll give (?:her|him|you) that|\bnot (?:that i'm )?complaining|\bshow\w* (?:it |them )?off|\bi confess|\bpersonal appreciation|\bi hope you don't mind me (?:saying|asking)|\basking (?:4|for) a friend|\bi'd give|\btaking bets|\bdon't be (?:so )?(?:prim|shy|coy)|\bcheers me|\bkeeps? (?:\w+ ){0,4}(?:awake|cheerful)|\bjust how i like|\bdon't mind me|\bwhenever (?:you|u|she) like|\bmade my (?:day|ride|morning|week)|\bwhat he's got|\bcan apprec|\bnot that i mind/, 1.5],
  // Innuendo, weaker: a laugh, a "wow", "any time", "for me".
  [/\bha ?ha|\bhaha|\blol\b|\bwow\b|\btho\b|\bbet\b|\bany ?time\b|\bfor me(?:[.!,)]|$)|\bi must say|\bif i may say so|\bsomething else\b|\bmind\.?$|\bare we\?|\bday or night|\bdistracts?\b|\bbrighten|\bi hear\b|\bmy treat/, 1],
  // Prying: talk heard, a confidence asked for, thinking about someone.
  [/\bis it true|\bapparently|\bhad it from|\b(?:people|everyone|everybody|they|folk)(?: [\w-]+){0,4} (?:are|were|is) (?:saying|talking)|\bstart\w* to talk|\ball been talking|\b(?:village|town|everyone|everybody) knows|\bi wonder whose|\bno secret|\bi (?:heard|gather|understand from|did hear)|\bheard (?:you|u|she)|\bi've been told|\bi'm told|\bpeople are talking|\bthought you'd want to know|\byou can tell me|\btell me (?:everything|yourself)|\bi do wonder|\bi ask (?:only|because)|\bthought of you|\b(?:thinking|think|thought) about (?:you|u)\b|\bcan't stop thinking|\bknows who i am|\bi'll be telling|\bwhat i'm up against|\bdoesn't bother me|\bget it out of|\bfind out for me|\bcurious to learn|\bnone of my business|\bnot my business|\bfor reasons you|\bi'd rather you didn't|\bpeople will talk|\bgive everyone a laugh|\bentitled to know|\bget further in|\bwasted behind/, 1.5],
  // A favour traded for it.
  [/\b(?:and|if) (?:i'll|ill|i will) (?:sign|approve)|\bif (?:you|u) give me (?:your|ur|a) (?:number|kiss|hug|cuddle)|\bhow's that for a deal/, 1.5],
  // Seclusion.
  [/\b(?:just )?the two of us|\bbooked (?:us|the two of us)|\breserved (?:us|a table for two)|\bjust? (?:you and me|me and you|me n u|u n me)\b|\balone with/, 1.5],
  // Secrecy.
  [new RegExp(`\\bnobody (?:needs?|will|would|has) (?:to )?(?:know|see)|\\b(?:he|she|your (?:husband|wife)) (?:does${NT}|does not) need to know|\\bdo${NT} tell (?:anyone|anybody|the others|your|ur|him|her)|\\bbetween (?:ourselves|you and me)|\\bjust between us|\\bour (?:little )?secret|\\bsecret between|\\b(?:shan't|wo${NT}|will not) (?:tell (?:your|ur|anyone|a soul)|gossip)|\\b(?:my|the) (?:wife|husband)(?:'s| is) away|\\b(?:wife|husband) (?:wo${NT}|will not) be there|\\bwith the door shut`), 2],
];
const [PERSIST, , , REFUSED] = TURN.map(([re]) => re);
const SEXUAL = ABOUT[0][0];
/** The body, looks and clothes: a remark on them has its own message. */
const LOOKS = [1, 2].map((i) => ABOUT[i][0]);
/** Prying: a question into someone's love life, sexuality or pregnancy. */
const PRY = /\b(?:boyfriend|girlfriend|bf|gf|fella|(?:you're|you are|are you|is she|she's|still|u) single(?!-)|single(?=\s*\?)|seeing (?:someone|anyone|each other)|(?:two|you|u) (?:are )?an item|love life|in (?:your|her) life|(?:are|is) (?:you|u|she) (?:\w+ )?(?:pregnant|divorced)|(?:are you|is (?:she|he)|you're|she's|he's) (?:gay|a lesbian)|sexuality)\b/;
const SECLUDED = TURN[9][0];

/** A question adds a little to a remark that already has a subject and a turn. */
const QUESTION = /\?/;
/** A task in view: business, not the person ("I'll keep chasing you for the forms until you send them"). */
const WORK = /\b(?:forms?|report|invoices?|receipts?|minutes|agenda|quotes?|figures|payment|accounts|budget|application|documents?|papers|returns?|timesheets?|expenses|declarations?|rota|repairs?|contract|grant|bank|county|council|highways|footpath|drain|lights|keys?|booking|parcel|delivery|(?:about|re|regarding|for) the)\b/;
/** A working purpose for a meeting. */
const PURPOSE = /\bto (?:go (?:through|over)|discuss|talk through|look (?:at|over)|run through|sign|agree|check)\b/;
/** Kindness, good news, the whole team, or a report of someone else's conduct. */
const CLEARS = /\b(?:as (?:agreed|arranged|discussed)|hope (?:you|u) (?:have|had|enjoy)|have a (?:great|good|lovely|nice) (?:day|weekend|time|holiday|christmas|break|evening|trip|rest)|congratulat\w+|congrats|get well|feeling better|recover\w*|check (?:your|the)|sorry to hear|welcome back|well done|thank(?:s| you)|dress code|every(?:one|body)(?! (?:\w+ ){0,3}(?:is|are) saying| knows)|any(?:one|body)|all (?:staff|members|welcome)|whole (?:team|office)|the (?:team|office) (?:is|are|will) (?:going|meet)|volunteers|partners? (?:are |very )?welcome|bring (?:your|the) (?:partner|family)|complain(?!ing\b)\w*|grievance|inappropriate|polic(?:y|ies)|training|harassment|discrimination|equality|report(?:ed)? (?:it|this|him|her)|uncomfortable|(?:staff|team|office) (?:dinner|lunch|party|do|drinks|social|barbecue|meal)|christmas (?:dinner|lunch|party|drinks|meal))\b/;

/** The sum of the weights of the classes a text has. */
const sum = (t: string, classes: readonly [RegExp, number][]) => classes.reduce((n, [re, w]) => n + (re.test(t) ? w : 0), 0);
/** Is one of the classes with at least this weight in the text? */
const strong = (t: string, classes: readonly [RegExp, number][]) => classes.some(([re, w]) => w >= 1.5 && re.test(t));

/**
 * The weights of a sentence's subject and turn, [0, 0] when no one is aimed at, it is kind or the team's, or
 * nothing in it is plainly personal or plainly unwanted.
 */
export function conceptScore(sentence: string, around: string, written = '', refused = false): [number, number] {
  // A no beside the sentence, or in the message being answered, aims it at the reader and is a turn of its own.
  const no = refused || (WHO.test(around) && REFUSED.test(`${sentence} ${around}`));
  const pry = QUESTION.test(sentence) && PRY.test(sentence);
  if (!(WHO.test(sentence) || NAMED.test(written) || SECLUDED.test(sentence) || no) || (CLEARS.test(sentence) && !pry) || !(strong(sentence, ABOUT) || strong(sentence, TURN) || no)) return [0, 0];
  // A question into someone's love life pries; anything sexual said to a colleague is unwanted in itself; a
  // remark on looks beside an outing for two is a come-on; an outing pressed after the reader's quoted no.
  const own =
    sum(sentence, TURN) +
    (pry ? 1.5 : 0) +
    (SEXUAL.test(sentence) ? 0.5 : 0) +
    (LOOKS.some((re) => re.test(sentence)) && /\b(?:with me|for two|the two of us)\b/.test(sentence + around) ? 1.5 : 0) +
    (refused && /\b(?:drink|dinner|pick (?:you|u) up|drive (?:you|u|her) home|the two of us)\b/.test(sentence) ? 2 : 0);
  // A no stated here makes the subject beside it (an invitation) part of the remark.
  return [sum(sentence, ABOUT) + (REFUSED.test(sentence) ? sum(around, ABOUT) / 2 : 0), own + sum(around, TURN) / 2];
}

/**
 * Does one sentence (lower-cased, ’ as '), with the sentences either side (`around`, lower-cased) and as
 * written (`written`, for names), harass? A person aimed at, a subject and a turn weighing 3 (less one for
 * a working purpose: "a coffee to go through the figures"), or a person pursued (persistence and a no or a
 * silence) with no task in view. The answer is the message to give: 'looks' for a remark on someone's
 * body, looks or clothes, 'harassment' for the rest; undefined when it does not harass.
 */
export function conceptual(sentence: string, around: string, written = '', refused = false): 'looks' | 'harassment' | 'unsure' | undefined {
  const [about, turn] = conceptScore(sentence, around, written, refused);
  const work = WORK.test(sentence);
  // Time alone with someone to go through the budget is a meeting.
  const less = (PURPOSE.test(sentence) ? 1 : 0) + (work && SECLUDED.test(sentence) ? 1.5 : 0);
  if (about && turn && about + turn - less + (QUESTION.test(sentence) ? 0.5 : 0) >= 3) return LOOKS.some((re) => re.test(sentence)) ? 'looks' : 'harassment';
  if (turn && !work && (((REFUSED.test(sentence) || refused) && PERSIST.test(sentence)) || (REFUSED.test(`${sentence} ${around}`) && turn >= 3))) return 'harassment';
  // Worth a second look (warn): a remark on someone's body or looks with no turn, persistence aimed at someone with
  // no subject, or an outing with persistence beside it.
  if ((WHO.test(sentence) || NAMED.test(written)) && !CLEARS.test(sentence) && !work && ((LOOKS.some((re) => re.test(sentence)) && sum(sentence, ABOUT) >= 2.5) || /give up on (?:you|u|her)/.test(sentence) || (/\b(?:dinner|drink)\b/.test(sentence) && PERSIST.test(around)))) return 'unsure';
}

export const CONCEPT_REGEXES: readonly RegExp[] = [WHO, NAMED, PRY, QUESTION, WORK, PURPOSE, CLEARS, ...ABOUT.map(([re]) => re), ...TURN.map(([re]) => re)];
