// More everyday forms of a councillor's request for council work (issue #17), each setting the
// council's people to work, promising or holding back its money, or lending its things. ./judged.ts
// asks them of a sentence the cue patterns (./detect.ts) missed; said to someone outside the council,
// forCouncil (./councillor.ts) still decides.

/**
 * A job of work on the council's things, as a bare imperative whose verb the cue list does not open
 * with ("Take the bunting down after the fete", "Water the planters on the high street", "Give the
 * bowls club the keys on Friday", "Let the youth club use the hall until half ten", "Waive the hire
 * fee for the Brownies"), or one after a semicolon ("It is final; issue it to the ushers"). Only with
 * a council thing named (THING) and none of the writer's own affairs or niceties (OWN_OR_NICE: "Give
 * my love to your mum", "Leave the minutes with me"); "let … know" is passing word on.
 */
const BARE_JOB =
  /^(?:(?:please|pls|and|then|also),? )*(?:take|bring|hang|water|tidy|collect|leave|give|stick|pop|chuck|waive|weed|sweep|mend|fit|open|shut|lock|unlock|cover|make|let(?! (?:[\w'-]+ ){0,3}?know\b))\b|[;:] (?:issue|circulate|order|book|pay) (?:it|them)\b/;
const THING = /\b(?:hall|pavilion|green|rec|verges?|bench|bins?|skip|notice|planters|baskets|bunting|flags|lights|marquee|gazebo|cones|barriers|keys|gate|fence|hedge|van|cheque|invoice|fee|hire|bonus|ushers)\b|£/;
const OWN_OR_NICE = /\b(?:me|my|your|thanks|love|regards|apologies|care)\b/;
/**
 * The council's money promised through the reader ("Let the contractor know I'll pay him £200 on
 * Friday", "Tell the vicar we'll cover the wall"), or a sum promised to someone ("he'll get £150 for
 * the bonfire", "I've promised the band £300"); not the writer's own money ("…myself", "I'll pay my
 * subs", "I'll cover her shift").
 */
const MONEY =
  /\b(?:let|tell) (?:[\w'-]+ ){1,3}?(?:know )?(?:that )?(?:i|we)(?:'ll|'d| will| would) (?:pay (?:him|her|them)|cover (?:the|it)|fund|foot)\b(?![^.;]*\bmyself\b)|\b(?:he|she|they)(?:'ll| will|'d| would) (?:get|be paid) (?:his |her |their )?£|\bpromised (?:him|her|them|the [\w-]+) £/;
/**
 * The council's things lent, said as settled ("Gary can take the council van on Saturday"); the office
 * asked to book or order for the council ("can we book the cherry picker for then?", "let's book the
 * marquee people for June"; not a meeting, a call, papers or the writer's own treat).
 */
const LENT =
  /\b(?:can|may) (?:take|borrow|use|have|keep|hire) the council'?s? |\b(?:can we|let'?s) (?:please )?(?:book|order|hire|lock in) (?:the|a|an|some|more) (?!(?:meeting|call|chat|room|time|date|minutes|agenda)\b)/;
/**
 * A job listed without its verb, with a time or a round to it ("Cones out the night before", "Memorial
 * lawn edged and gravel raked every Friday", "The hedge by the school cut back before term starts",
 * "lights up by 1st dec pls"). Not what was done or is so ("was", "looked"), praise, a question, news
 * ("Results out before Christmas": a particle only with a council thing named), nor a rise ("up by 20%").
 */
const JOB_LIST =
  /^(?!(?:i|we|you|he|she|they|it|me|kids)\b)(?:[\w'-]+ ){1,6}?(?:(edg|rak|mow|cut|trimm|swep|empt|clear|paint|strimm|weed|gritt|lock|repair|fix|replac|clean|tid|fill)\w*(?: back| down)?|out|up|down|away) (?:before|by(?! \d+%| a | about)|after|every|each|first thing|tomorrow|tonight|the night before)\b/;
const NOT_A_JOB = /\b(?:was|were|is|are|be|been|has|had|have|gets?|got|will|would|should|looked|looks|thanks|thank you|well done|lovely|great)\b|\?\s*$/;
/**
 * The writer's order in the old forms ("It is my express wish that the chain of office be cleaned", "I
 * direct that the flags be flown at half mast on Monday", "Might I ask that the cabinet be inspected"):
 * the subjunctive asks for it to be done. Not the member's own record ("I require that the minutes be
 * amended to show I voted against"), nor business for a meeting ("I'd ask that the item be deferred").
 */
const DECREED =
  /\b(?:it is my (?:\w+ )?wish|i (?:direct|require|insist)|(?:(?:might|may|could|can) i|i(?:'d| would)?) ask) that (?:the|our|all) (?!(?:minutes|item|matter|members)\b)(?:[\w'-]+ ){0,5}?be (?!(?:discuss|consider|debat|tabl|not|record|minut|defer|refer|circulat)\w*)(?:\w+ed|flown|cut|put|made|done|swept|shut|kept|taken|left|given|set)\b/;
/**
 * A payment held back on the writer's say-so ("the fencing contractor's invoice oughtn't to go through
 * until the job is finished", "Payment to the stonemason stands until I have inspected the lettering");
 * not the writer's own claim ("my expenses").
 */
const HELD_BACK =
  /\b(?:invoice|payment|bill|cheque)s? [^.;?]{0,40}\b(?:(?:is|are)(?:n'?t| not) to|oughtn'?t to|shouldn'?t|mustn'?t|stands?|waits?)\b[^.;?]{0,40}\b(?:until|till)\b/;

/** Is the sentence (lower case, straight apostrophes) one of these everyday requests for council work? */
export function everydayJob(lower: string): boolean {
  let job: RegExpExecArray | null;
  return (
    (BARE_JOB.test(lower) && THING.test(lower) && !OWN_OR_NICE.test(lower)) ||
    MONEY.test(lower) ||
    DECREED.test(lower) ||
    (LENT.test(lower) && !/\bmy\b/.test(lower)) ||
    (!!(job = JOB_LIST.exec(lower)) && (job[1] !== undefined || THING.test(lower)) && !NOT_A_JOB.test(lower)) ||
    (HELD_BACK.test(lower) && !/\bmy (?:expenses|claim)\b/.test(lower))
  );
}
