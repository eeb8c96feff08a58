// A councillor's instruction not phrased as a command ("I'd like the shelter repainted before…",
// "The gate is to be padlocked from now on", "I've told the contractor he can start"): the learnt
// judgement (src/policy/models/council.ts) over a sentence the cue patterns (./detect.ts) missed.
//
// The model is a candidate, not a verdict (issue #16): it also scores an opinion, a prediction or a
// report of what the council decided ("Most of the lads will have moved on in two years", "The town
// council has agreed to put £2,000 towards it, so the bid can go in before Christmas"). 4.3c is about
// obligations and instructions given on the council's behalf, so a judged sentence stands only with
// the form of one (an obligation, a wish that something be done, a go-ahead or a promise, a standing
// rule), and only where someone could be instructed or committed: not in debate among councillors.
import { instructionForms, judgeSentence } from '../../models/council';
import { MAX_JUDGED_OFFSET, quoteOf } from '../tone/judged';
import { everydayJob } from './everyday-jobs';

/**
 * A sentence with a quotation in it passes on someone's words (a resident's request, a joke), not the
 * councillor's own instruction. Only quotation marks count: "said", "told" and "whatever the committee
 * said" (../../judge/reported.ts's verbs of saying) are how councillors give instructions too.
 */
const QUOTATION = /["“”]/;

/**
 * The model gate's shapes that are no obligation on their own: a time phrase ("before Christmas",
 * "this week"); "will have" as a future ("will have moved on"); "Nobody" opening a statement
 * ("Nobody sticks to the 30").
 */
const WEAK_FORMS = new Set(['deadline', 'can-have', 'hold-back']);
/**
 * The strong part of the weak shapes: permission ("can have", "may use"), a ban ("don't let", "nobody is
 * to"; not "don't let them get to you", "don't let the weather put you off"). "Will start" at a clock
 * time is a running order ("The choir will start at 6pm, and you're on after the Mayor"), not a go-ahead.
 * "The council won't pay for private driveways" states the council's position and promises nothing;
 * "won't mind" permits.
 */
const PERMISSION = /\b(?:can|may) (?:have|use|start|park|keep|go ahead)\b|\bwill (?:use|start(?! at| from \d)|park|keep|go ahead)\b|\byou will start\b|\bthe council (?:will (?:mind|pay|meet)|won'?t mind)\b/;
const FORBIDS = /\b(?:don'?t|do not|doesn'?t|mustn'?t) let (?:them|him|her|anyone|any|the|that|those)\b(?! (?:\w+ ){0,2}(?:to )?you\b)|^no more \w+|\b(?:nobody|no-one|no one|nothing) (?:is|are) to\b|\buntil i(?:'?ve| have)? (?:seen|approved|checked|signed|agreed|looked|had|say|said)\b/;
/**
 * With only a time phrase, what makes it an instruction: the reader or a worker asked ("you", "pls",
 * "the lads", "the clerk", "someone"; not "your" in "thank you for your patience this week"), or a
 * standing rule ("from now on", "going forward").
 */
const ACTOR = /\b(?:you|u|pls|please|clerk|rfo|office|officers?|staff|team|grounds\w*|caretaker|contractors?|lads|boys|someone|somebody|handyman|lengthsman)\b/;
const STANDING = /\b(?:from now on|going forward|henceforth|with immediate effect|as of now)\b/;
/**
 * A report of what the council (or its committee) has already decided, or an offer to anyone who
 * wants it: with only a weak shape, not the councillor's instruction.
 */
const REPORTED_DECISION = /\b(?:the (?:town |parish |full )?council|the committee|council|members|we) (?:has|have|had)? ?(?:agreed|decided|resolved|voted|approved|accepted|awarded|granted)\b/;
const WRITER = /\b(?:i|i'm|i've|i'll|i'd|me|my|myself)\b/;
const OFFER_TO_ANYONE = /\b(?:if|whether) (?:anyone|anybody|any of you)\b/;

/**
 * A request in the conditional, which the model's shapes do not all name: "I'd be glad if a load of
 * bark went down this week", "It would please me to see the list extended".
 */
const REQUEST_IF = /\b(?:i'?d|i would|i should|we'?d|we would) be (?:\w+ ){0,2}(?:glad|grateful|pleased|obliged|delighted|happier) if\b|\bit would (?:please|gratify|delight|suit) me\b/;

/**
 * A reassurance passed on to someone ill or away ("…and tell him not to worry about the minutes", "tell her
 * there's no rush"): a kindness, which frees them and directs no one (not "…not to pay the roofer").
 * Read as the writer's own words here; ./councillor.ts reads it, opening a sentence, as a member's own affair.
 */
export const REASSURANCE = /\b(?:tell|let) \w+ (?:know )?(?:not to (?:worry|fret|rush)|there'?s no rush)\b/gi;
/**
 * The writer's own act or state, which the model's shapes read as an obligation on someone else:
 * "I'll make sure it doesn't get lost", "I'd make sure the shed is locked", "I want to make sure I've
 * got it right" (./detect.ts reads a "make sure" the same way); "I told her I would pass her request
 * on", "I've told her I've sent it to the office" (what the writer told someone of their own doing; "I
 * said we'd sort it" promises the council, and stays); "I should be pleased to see them
 * there"; "I'd like to thank…"; "I've promised my grandson I'll take him", "I've agreed with Pam that
 * we'll both go". Each is read as "i will" before the shapes are asked.
 */
const WRITER_OWN = [
  /\b(?:(?:i|we)(?:'ll| will|'d| would| shall| should) |(?:want|need|like) to )(?:make sure|ensure|see to it|see that)\b|\b(?:make sure|ensure) (?:i|we)\b/g,
  /\b(?:i'?ve|i have|i) (?:told|said to|said|promised|assured|agreed with) (?:(?:him|her|them|(?:the|my) \w+|\w+) )?(?:that )?(?:i(?:'d|'ll| would| will|'ve| have| had|'m| am| was)|we(?:'d|'ll| would| will) both)\b/g,
  /\b(?:i|we) (?:should|must|ought to) be\b/g,
  // The writer's own undertaking to do something themselves: "I've promised to take my son to a party",
  // "I've offered to help on the tombola" (not the council's money or property: "agreed to pay", "to let").
  /\bi(?:'ve| have)? (?:promised|offered|agreed|arranged) to (?!(?:pay|let|give|fund|waive)\b)/g,
  /\b(?:i|we)(?:'d| would| should)? (?:want|like|need|wish) to (?!see\b|have\b|get\b)/g,
  // What the writer said in debate: "I said so in the debate", "I told them as much at the meeting".
  /\b(?:i|we) (?:said|told them) (?:so|as much)\b/g,
  // Not an order either: a grumble that the reader was told already ("I've told you this already", "As
  // I told you, …"); a prediction of what others will do ("I expect the parish will object",
  // "I'd expect most of the village will turn out"; not "I expect you'll…" or the clerk, nor work done
  // or by a time: "I expect the fence will be up by Friday"); nor a hedge after the words ("The clerk
  // will let you know, I expect").
  /told you(?: this| that)?(?: already|[,.]|$)|, i (?:expect|suppose|imagine)\W*$|\bi'?d? expect (?!you|the cl)[\w' ]{0,30}?\b(?:will|would|'ll)\b(?! be| have)(?![^.]*\b(?:by|before|so)\b)/g,
  // A matter the writer asks the council to debate, not to do: "I'd like the council to talk about it
  // properly", "I would like members to consider a second bench" (not "…the council to pay the invoice").
  /\bi(?:'d| would| should)? (?:like|want) (?:the (?:\w+ )?(?:council|committee)|full council|members|councillors|us) to (?:discuss|talk|consider|debate|look at|think|decide|vote|have a (?:proper )?(?:discussion|debate|say))\b/g,
  // A guess at how long it has been, chasing a reply ("It must be six weeks since we wrote", "There must
  // be forty names on it by now"; not "It must be painted since it is peeling").
  /\bmust (?:be|have been) (?:a|an|nearly|about|over|\d+|two|three|four|five|six|ten|a few) (?:[\w-]+ ){0,3}?(?:since|ago)\b|\bmust be [^.,;]{0,40}\bby now\b/g,
  REASSURANCE,
  // An expectation that foretells: "I'd expect the hall to be busy on Saturday", "I expect the council will
  // be criticised" (not "I would expect the verges to be cut before the show").
  /\bi(?:'d|'m| would)? expect(?:ing)? (?:(?!to\b|will\b)[\w'-]+ ){1,8}?(?:to|will)(?: be)? (?:busy|packed|full|quiet|late|criticised|object|complain|rain)\b/g,
  // What is left, made light of ("it's all filled in, just needs signing", "they only need signing"): the
  // writer's own paper on its way in as often as not; not "…needs signing by the chair", "…signing off".
  // With a time ("The lease just needs signing before Friday") it is only possible.
  /\b(?:just|only) needs? signing\b(?! (?:off|by the|and))/g,
  // Advice on the reader's own route ("the quickest way to get it fixed is to report it on their
  // website"); "…is for our contractor to go out today" names who acts, and stays.
  /\b(?:quickest|best|easiest|simplest) (?:way|thing)\b[^.;]{0,60}?\bis to\b/g,
];
/**
 * A sentence without its subject is the writer's own ("Thought it fair to say so…", "want to check the
 * noticeboards are on it", "Just chasing…", "Had a call from a dad…", "Away this week"): read with "I".
 */
const SUBJECTLESS = /^(?:just )?(?:thought|wanted|want to|trying|sorry|apologies|chasing|had a|away|working (?:away|late|nights)|on (?:nights|holiday|leave))\b/;
/**
 * With only a time phrase and no one asked, not a request: praise or thanks for work done ("Edging on
 * the churchyard excellent this week"), the writer's whereabouts ("Nights this week", "Hospital
 * appointment first thing"), a resident's report passed on ("Someone mentioned the gate won't shut
 * this week"), what happened or must have ("It was before Easter we wrote", "The leak must have been
 * there a few weeks before anyone noticed"), a state reported as it stands or recurs ("The lights in the
 * underpass are flickering again today", "still no grit in the bin this week", "has been out since
 * Monday"), what someone is already doing ("Sarah our clerk is sending you the risk assessment this
 * week", "the hall is hosting the quiz on Friday"; not "is going to", nor "you're sending"), the writer's questions ("A couple of queries on the accounts before Thursday").
 */
const NOT_ASKED = /\b(?:again|still|questions?|quer(?:y|ies)|ha(?:s|ve) been|keeps?|excellent|superb|spotless|well done|great job|(?:thanks|cheers) for|lovely|brilliant|apologies|nights|shifts|holiday|hospital|not around|mentioned|tells me|rang me|stopped me|must have|was|were|wrote|did|(?:is|'s) (?!going\b)\w+ing)\b/;
const LEAD_IN = /:\s*$/;
/** …unless someone is asked after all ("Great job on the bunting, the lads can take it down by Monday", "the bunting's looking tatty, so pls take it down before the market"). */
const ASKED = /\b(?:you|lads|contractors?|caretaker|clerk|someone|somebody|staff|team|office) (?:can|could|will|must|should|to)\b|\b(?:pls|please)\b/;
/** A booking the writer made for themselves ("I've booked it through the hall committee like anyone else") commits no one. */
const PRIVATE = /like anyone else|in my own name|paid (?:for it |the deposit )?myself/;
/** "Make sure" and its kin, without "get the…" unless the reader is asked ("could you get the electrician in"). */
const ASKS_TO_SEE_TO = /\b(?:make sure|ensure|see to it|see that|let'?s (?:get|have|make)|kindly|would you (?:get|make|see|sort)|(?:can|could|will|would) (?:you|u) (?:please |just )?get)\b/;

/**
 * A wish that names no act, only that a problem go away: "I'd like it sorted before January", "I want
 * this put right". Said to the council's own officer it raises the problem and leaves the remedy to
 * them; "I'd like the shelter repainted" names the work and stays.
 */
const VAGUE_WISH = /\b(?:like|want|expect|need|prefer) (?:it|this|that|things|the (?:matter|problem|issue)) (?:to be )?(?:sorted|fixed|resolved|addressed|improved|put right|dealt with|looked at|rectified)\b/;
/** The writer's sentence ends as a question. */
const QUESTION_END = /\?["'”’)\s]*$/;

/** Who the email goes to, as 4.3c reads it. */
export interface InstructionAddressees {
  /** Every recipient is a councillor: members debating, with no officer or contractor to instruct. */
  councillorsOnly: boolean;
  /** An officer or member of staff is among the recipients, or the email greets one ("Clerk,"). */
  officer: boolean;
  /**
   * Everyone on the To line is the council's own officer or staff (others may be copied): the
   * councillor is raising a matter with the officers, the route 4.3c leaves them ("ask the Clerk").
   */
  toOfficers?: boolean;
}

/**
 * What the writer said in a debate, beside what others argued or where ("I said put a second trough
 * in, others wanted a meter", "At the meeting I said the hall wants a new floor"): the writer's own
 * case put to the members, not an order given through the email.
 */
const DEBATE = /\b(?:at|in) (?:the )?(?:meeting|debate|committee)\b|\b(?:others|some|the rest) (?:\w+ )?(?:wanted|said|argued|preferred|backed)\b/;
/**
 * A view the writer marks as their own ("I think", "in my view", "speaking for myself", "for what it's
 * worth") of what ought to happen, with no one asked and no time set: "Speaking for myself, I think it
 * wants moving nearer the school", "I think the car park lines want repainting". Nobody is directed
 * and nothing is settled, to whomever it is said: to someone outside the council it is an opinion
 * (disclaimer/personal-views warns when the email goes out without the disclaimer); to the council's
 * officers it is a member's view, the matter raised for them to weigh, not an instruction.
 */
/** A time set for it, which the model's deadline shape may not name ("before Remembrance Sunday", "next month"). */
const WHEN = /\b(?:before|until|next|today|tomorrow|asap|now)\b/;
const OWN_VIEW = /\b(?:i (?:think|feel|reckon|believe)|my (?:own )?(?:view|opinion)|personally|speaking for myself|for what it'?s worth|if you ask me)\b/;

/**
 * Advice to the reader, which leaves the choice to them ("You might want to check with the insurers
 * before the fete", "It may be worth asking Highways first", "Worth a ring to the county before
 * Friday"): no one is directed, nothing is settled.
 */
const ADVICE = /\byou (?:might|may|could) (?:want|like|wish) to\b|\bworth (?:a (?:ring|call|look|word|try)|\w+ing)\b/;

/**
 * The block decision (4.3c, defensible sentence by sentence): of the model's candidates with an
 * obligation's form, only one that directs and leaves the reader no choice is sure. Named work that
 * must, is to or should be done ("The railings must be repainted", "the sign wants fixing"), work the
 * writer wants done, named ("I'd like the grass cut", "I trust the flag will be flown at half mast"),
 * a go-ahead or promise passed on ("I've told the scouts they can have the hut", "I said yes"), a ban
 * or standing rule, an imperative in a clause ("…, sort it"), "make sure" as an order, and a request
 * with a time set that names who is to do it or the work ("if the lads could water them this week",
 * "Can you get the boiler looked at tomorrow?"). The rest (a wish with no one directed, "I'd be glad
 * if the bark went down", "I'd like it sorted"; a question asking for the clerk's judgement; a time
 * phrase and no one directed; what the writer told someone with no go-ahead in it; a decision
 * reported as going ahead) is only possible: instructions/councillor-possible warns.
 */
const DONE = "(?!(?:pleased|interested|concerned|tired|involved|expected|supposed)\\b)(?:\\w+ed|done|cut|put|taken|set|shut|kept|made|swept|seen|given|flown|sent|mown|paid)\\b";
const MUST_DONE = new RegExp(
  `\\b(?:should|must|ought to|needs? to|has to|have to|shall) (?:\\w+ )?be (?:\\w+ly )?${DONE}|\\b(?:wants?|needs?) (?!(?:some|any|no|every)thing\\b)\\w+ing\\b` +
    `|\\b(?:i'?d (?:really )?like|i would like|i should like|i want|i expect|i trust|i'?d prefer) (?:the|that|this|these|those|our|all|it|them) (?:[\\w'-]+ ){0,6}?${DONE}` +
    `|\\bi(?:'d| would| should)? (?:like|want|expect) (?!(?:me|us)\\b)[\\w'-]+ (?:[\\w'-]+ ){0,2}?to (?!(?:know|hear|see|be)\\b)|\\b(?:ask|tell|get|have) (?!(?:you|me|us|them)\\b)(?:[\\w'-]+ ){1,3}?to (?!(?:ring|call|email|contact|let|know|see|look|consider|check|me|you)\\b)\\w+` +
    `|(?:^|[,;:] |\\b(?:so|and|but|then) )(?:(?:please|pls|kindly|just|now|do|also)[,]? )*(?:have|get|check|forward|send|book|order|pay|ring|tell|ask|put|move|fix|sort|clear|empty|cut|paint|replace|repair|take)\\b(?! (?:me|us|yourself|a|an|care(?! of))\\b)` +
    `|(?:^|[,;:] |\\b(?:please|kindly|just|and|so|do) )(?:make sure|ensure|see to it|see that)\\b|\\b(?:i|we)(?:'ll| will) (?:have|get) (?:the|our|it|them|that|this) (?:[\\w'-]+ ){0,5}?${DONE}`,
);
/** Named work wished for in the conditional ("…if the railings were repainted"): it directs with a time set. */
const IF_DONE = new RegExp(`\\bif (?:the|our|a|an|all|some) (?:[\\w'-]+ ){0,6}?(?:were|was|could be) (?:\\w+ )?${DONE}`);
/** A request for the clerk's judgement, not for the work ("could you look into whether…", "let me know if…"), or an invitation ("…if you could join us"). */
const JUDGEMENT = /\b(?:look(?:ing)? (?:into|at)|(?:have|take) a look|consider|check (?:whether|if)|see (?:if|whether)|find out|advise|let (?:me|us) know|think about|join us|come along)\b/;
const TIME = /\b(?:before|until|next|today|tomorrow|tonight|asap|now|this (?:week|month|term)|on \w+day|(?:at|by) (?:\d|five|six|seven|eight|nine|ten|noon))\b/;
export const GO_AHEAD = /\b(?:told|said|promised|assured|informed|agreed|okayed|instructed|booked|given)\b[^.;?]{0,200}?(?:'ll|'d|\b(?:to|will|would|can|could|may|shall|yes|so|much|go-?ahead|permission|behalf|free|charge)\b|£)/;
/** Someone asked to do it: the reader or the council's people, with a modal ("the lads could", "can you cut"). */
const WORKER_ASKED = /\b(?:can|could|would|will) (?:you|u|someone|somebody) (?:please |just |kindly )?\w+|\b(?:you|u|lads|boys|grounds \w+|groundsm[ae]n|contractors?|caretaker|clerk|office|staff|team|someone|somebody|rfo)\b (?:can|could|will|would|must|should|needs? to|ha(?:s|ve) to|(?:is |are )?to|get|make|see)\b/;
function directs(lower: string, own: string, forms: string[]): boolean {
  const has = (f: string) => forms.includes(f);
  return (
    ['is-to-be', 'hold-back', 'clause-imperative'].some(has) ||
    FORBIDS.test(lower) ||
    STANDING.test(lower) ||
    MUST_DONE.test(own) ||
    (has('told') && (GO_AHEAD.test(own) || forms.length > 1)) ||
    (PERMISSION.test(lower) && !/\b(?:i|we|you|u) (?:can|may|will)\b/.test(lower)) ||
    ((has('deadline') || TIME.test(own)) && !JUDGEMENT.test(own) && (WORKER_ASKED.test(own) || IF_DONE.test(own) || ['causative', 'make-sure', 'want-done', 'should-be'].some(has)))
  );
}

/**
 * Has the sentence the form of an obligation, not only a time phrase or a prediction? 0: no; 1: yes,
 * but it does not direct anyone (instructions/councillor-possible); 2: it directs (directs).
 */
export function obligationForm(text: string, to?: InstructionAddressees): 0 | 1 | 2 {
  let lower = text.toLowerCase().replace(/’/g, "'");
  if (SUBJECTLESS.test(lower)) lower = 'i ' + lower;
  if (ADVICE.test(lower)) return 0;
  let own = WRITER_OWN.reduce((t, re) => t.replace(re, 'i will'), lower);
  if (DEBATE.test(own)) own = own.replace(/\bi said\b/g, 'i argued');
  const forms = instructionForms(own).filter((f) => (f !== 'make-sure' || ASKS_TO_SEE_TO.test(own)) && (f !== 'told' || !PRIVATE.test(own)));
  // An opinion of what ought to be ("should be", "wants moving"), marked as the writer's, asking no one.
  if (forms.length === 1 && forms[0] === 'should-be' && OWN_VIEW.test(lower) && !ACTOR.test(lower.replace(OWN_VIEW, '')) && !WHEN.test(lower)) return 0;
  // Raising a matter with the officers: a wish that a problem be put right, naming no act.
  const raised = to?.toOfficers === true;
  const vague = raised && VAGUE_WISH.test(lower);
  const sure = directs(lower, own, forms) ? 2 : 1;
  if (forms.some((f) => !WEAK_FORMS.has(f) && !(vague && (f === 'want-done' || f === 'causative')))) return sure;
  if (PERMISSION.test(lower) || FORBIDS.test(lower) || REQUEST_IF.test(lower)) return sure;
  // ...with a time to it or not ("I want this sorted out by the end of the month"), or asking them
  // whether something could be done by a time ("Could somebody look at the gate before Saturday?").
  if (vague || (raised && QUESTION_END.test(lower))) return 0;
  if (!forms.includes('deadline') || REPORTED_DECISION.test(lower) || OFFER_TO_ANYONE.test(lower)) return 0;
  if (STANDING.test(lower)) return 2;
  // With only a time phrase, a sentence about the writer ("I can't make it before Thursday", "my
  // questions this week") is the writer's own news or plans.
  // Nor a line that leads in to a list ("A few questions on the draft budget before Monday:"): its
  // items are judged as they come.
  if (WRITER.test(lower) || LEAD_IN.test(lower) || (NOT_ASKED.test(lower) && !ASKED.test(lower))) return 0;
  return to?.officer === true || ACTOR.test(lower.replace(/\bthank you\b/g, '')) ? sure : 0;
}

/**
 * Orders the model reads too weakly, said to anyone but councillors (telling a resident or a group is
 * committing the council too), each a form of 4.3c's instruction in plain words: a standing rule that
 * someone is not to do something ("The scouts are not to have the hall again"; "is not to be …", which
 * may state an existing rule, is the model's); the council's own staff told what they will or are to
 * do ("The caretaker will mark out a space", "Clerk to update the website", "so the caretaker mustn't
 * put them away"; not what they will be, know or want, nor an enquiry or a reply to the reader, "the
 * clerk will look into it", "the office will send you a form"), nor an officer's title in a signature
 * ("Clerk to the Council", "Clerk to Saddleworth Parish Council"). An agenda matter is left to
 * instructions/councillor (raisesIt).
 */
const PLAIN_ORDER =
  /(?:\b(?:is|are)|'s|'re) not to (?!be\b|blame)|(?:^|[,;] |so )(?:the )?(?:clerk|rfo|caretaker|groundsman|grounds team|office|team|staff) (?:will|(?:is |are )?to(?! the\b|(?: [\w'-]+){1,3} council\b)|must(?:n'?t)?|do(?:es)?n'?t need to|needn'?t) (?!(?:need to )?(?:be|have|know|worry|want|see|look|check|deal|cover|find|\w+ (?:\w+ )?(?:to )?(?:you|me))\b)/;

/**
 * Who is to do what, laid down ("The litter pickers are to use the blue sacks", "Hirers are to take
 * their rubbish home"): a standing rule for people, not a plan, an aim or a body's timetable ("The plan
 * is to use the hall", "The committee is to meet in March", "The mayor is to open the fete").
 */
const ARE_TO =
  /^(?:from now on,? )?(?!(?:[\w'-]+ ){0,4}?(?:plan|aim|idea|hope|thing|way|point|job|rule|advice|committee|council|meeting|mayor|chair\w*|what|that|this|it|we|i|you)\b)(?:[\w'-]+ ){1,5}?(?:is|are) to (?:use|keep|leave|lock|park|put|take|wear|shut|bring|clear|stay|stick)\b/;
/**
 * The council's money promised in plain words, to anyone but councillors: a bill put on the council
 * ("the bar tab at the reception is on the council", "put the wreaths on the council's account"), the
 * council paying, said as settled ("don't worry about the bill, the council's paying"), or a charge
 * waived ("we won't charge them"). Not a question, a condition or what the council decided ("as agreed
 * in March") (NOT_PROMISED), nor a seat on the council, its agenda or its website.
 */
const MONEY =
  /(?:^|[,;:] |\band )(?:the )?council to (?:pay|foot)\b|\b(?:to|can|should|may|must) (?:invoice|bill|send \w+ (?:bill|invoice) to) the (?:town |parish )?council\b|\b(?:tab|bill|drinks|hire|costs?|invoice|fees?)\b[^.,;]{0,40}?\b(?:is|are|goes|go|'s) on the council(?= *(?:[,.;!]|$))|\b(?:is|are|go|goes|put|ordered|booked|charged?)\b[^.,;]{0,40}?on the council'?s (?:account|bill|tab|card)|\b(?:the council|we)(?:'s|'re| is| are) (?:paying|covering it)(?= *(?:£|[,.;!]|$))|\b(?:we|the council) (?:won't|will not) (?:be )?charg/;
const NOT_PROMISED = /\b(?:if|whether|unless|agreed|decided)\b|\?/;
/**
 * Said to the council's own officers, forms the model reads too weakly: a council act forbidden ("Don't
 * give the bowls club the keys till they've signed", "Don't pay the roofer until…"; not "don't give it
 * another thought", "don't pay them any mind", "don't let them get to you"), and "can we make sure" of
 * someone else ("…the bins are out by Thursday"; not "…we've got enough chairs"). Left out for the
 * event bundle's size: a wish to see work done ("I'd like to see the shelter repainted").
 */
const OFFICER_ORDER =
  /^(?:don't|do not) (?:give|book|pay|let|open) (?:the|anyone|them|him|her)\b(?! (?:\w+ ){0,2}(?:to )?you\b| any\b)|\bcan we (?:please )?(?:make sure|ensure) (?:that )?(?!(?:we|i|us|our)\b)/;

/**
 * Everyday forms of a councillor's request for council work, which the model reads too weakly (issue
 * #17), each standing however the model scores it: the council's staff asked in a question to do a job
 * ("Can the caretaker leave the side door open…", "could the lads get the leaves off…"; not asked for
 * news or a wish, "can the caretaker tell me…", "would the lads like…"); someone asked through the
 * reader to do a job ("Would you ask Dave to take the tree down…", "Can you get someone to look at the swings…"); a job asked for in the passive
 * ("Please could the railings be painted…", "Can we get the signs replaced…"); the writer's own
 * go-ahead passed on ("I've allowed the Pony Club to use the top field", "told the allotment lot
 * they're getting a trough", "I've let the tree surgeon know the rate is fine"); and a payment held
 * back on the writer's say-so ("Hold off paying the roofer till…", "Nothing gets paid till…"). Said to someone outside the council, forCouncil
 * (./councillor.ts) still decides.
 */
const JOB = '(?:re)?(?:paint|varnish|glaz|fix|mend|trim|clear|empt|replac|repair|oil|clean|swep|strim|lock|cut|fill(?! in)|sort|done|put up|taken down|mown)';
const EVERYDAY = new RegExp(
  `\\b(?:can|could|would) (?:the |our )?(?:caretaker|groundsman|grounds \\w+|lads|handyman|lengthsman|cleaners?|contractors?) (?!(?:tell|let|send|confirm|give|email|ring|call|need|know|be|have|like|mind|want|attend|come|join|meet)\\b)\\w+` +
    `|\\b(?:would|could|can|will) (?:you|u) (?:please |pls )?(?:ask|tell|get) (?:\\w+ ){1,3}?to (?:take|put|fit|move|book|order|remove|${JOB}|(?:look at|see to|check) (?:the|our)\\b(?![^.?]*\\bmy\\b))` +
    `|^(?:please |pls )?(?:could|can|would) (?:the|our) (?:[\\w']+ ){1,6}?be ${JOB}|\\bcan we (?:please )?(?:get|have) (?:the|our|some|a) (?:[\\w']+ ){1,5}?${JOB}` +
    `|\\bi(?:'ve| have)? (?:\\w+ )?(?:allowed|permitted) (?:[\\w']+ ){1,4}?to (?:use|have|site|park|put|keep|take|store|borrow)\\b` +
    `|(?:^|\\bi(?:'ve| have)? )(?:told|said to|let) (?:(?!(?:my|me|if|whether|when)\\b)[\\w'-]+,? ){1,8}?(?:know )?(?:that )?(?:he|she|they) (?:can|may|could) (?:do|start|put|take|${JOB})\\b(?! (?:a look|whatever|what|as|me|us|my|his|her|their)\\b)` +
    `|\\b(?:if|can|could|would|will) (?:you|u)(?:'d)? (?:please |pls |just )?(?:have|get) (?:the|our) (?:[\\w'-]+ ){0,8}?${JOB}(?:e?d|ied|med|t)?\\b(?![^.?]*\\bmy\\b)` +
    `|^(?:pls |please )?(?:have|get) (?:the|our) (?:[\\w'-]+ ){0,3}?(?:${JOB}(?:e?d|ied|med|t)?|put in) (?:by|before) ` +
    `|\\blet (?:\\w+ ){1,3}?know (?:[\\w']+ ){0,4}?(?:rate|price|quote|that|it)(?:'?s| is| are)? (?:fine|ok)|(?:^(?:please |pls )?hold off|oughtn'?t to|nothing gets?) (?:be )?pa(?:y|id)\\w*\\b[^.;?]{0,50}\\b(?:until|till|til)\\b`,
);
/** The same in a statement (not "Have the lads enjoyed the new kit?"). */
const EVERYDAY_ORDER = new RegExp(
  `(?:^|[;:] )(?:please |kindly )?(?:have|get) (?:(?:it|them|the [\\w-]+) (?!been\\b)(?:[\\w-]+ (?:and )?)?${JOB}|the (?:contractor|caretaker|groundsman|lads|sparky|electrician|plumber)\\b)` +
    `|(?:,|;|\\bso) (?:pls|please) (?:book|order|cancel|${JOB})`,
);

/**
 * Which of the judged paths a sentence takes (undefined: none): the model's candidate with an
 * obligation's form ('model' if it directs, 'model-possible' if not: a warning at most), or a plain form that stands however the model reads it. Each plain form
 * names the council's staff, contractors or money itself, so only the model's candidate is asked
 * whether there is council work in it (councilWork in ./councillor.ts).
 */
export function judgedPath(text: string, to?: InstructionAddressees): string | undefined {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const form = judgeSentence('instruction', text)?.fires ? obligationForm(text, to) : 0;
  if (form > 1) return 'model';
  if (PLAIN_ORDER.test(lower) || (ARE_TO.test(lower) && !QUESTION_END.test(lower))) return 'plain-order';
  if (EVERYDAY.test(lower)) return 'everyday';
  if (EVERYDAY_ORDER.test(lower) && !QUESTION_END.test(lower)) return 'everyday-order';
  if (everydayJob(lower)) return 'everyday-job';
  if (MONEY.test(lower) && !NOT_PROMISED.test(lower)) return 'money';
  if (to?.officer && OFFICER_ORDER.test(lower)) return 'officer-order';
  return form ? 'model-possible' : undefined;
}

export function judgedInstruction(sentence: { text: string; start: number }, to?: InstructionAddressees): { kind: 'judged'; cue: string; path: string } | undefined {
  const { text, start } = sentence;
  if (to?.councillorsOnly) return undefined;
  // A rule that stands already is explained, not given ("Dogs are not to be let off the lead, that's the byelaw").
  if (start > MAX_JUDGED_OFFSET || text.length > 600 || QUOTATION.test(text) || /\bbye?-?laws?\b/i.test(text)) return undefined;
  // The model's candidate stands with an obligation's form; a plain order stands however the model reads it.
  const path = judgedPath(text, to);
  return path ? { kind: 'judged', cue: quoteOf(text), path } : undefined;
}
