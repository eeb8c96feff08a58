// Threats judged by concept (clause 3.1 "threatening messages"; issue #17), for writers whose words no
// phrase list holds: harm, loss or exposure (to a person, their family, their property, their job or
// their name), aimed at the reader or someone named or at what is theirs, as something the writer or
// "someone" may bring about:
//   harm:   fire, a brick, flat tyres, things going missing or coming apart, getting hurt, a visit, a job
//           or a name lost, a photo or a file made public ("they go on tiktok", "the front of the Gazette");
//   theirs: "your/ur/his/her" or "the mayor's / Cllr Hart's" car, shed, house, kids, dog, job, name…;
//   menace: a condition on the reader's act ("move my pitch again and…", "or"), the writer's or someone's
//           hand ("I'll", "I could", "someone", "my lads"), or a veiled turn ("a shame", "just saying",
//           "accidents happen", "I know where", "if I were you", "for its own good", "be careful").
// Harm aimed at theirs with menace beside it blocks; harm with only one of the other two is worth a
// second look (warn). Not threats: a formal step with no harm named (the ombudsman, a complaint, legal
// action, the monitoring officer), a hazard with a step asked for (the ice, a storm), kind words, and
// business idiom ("the deal will die", "it will hurt our margins").
import { ACT_CUES } from '../../data/council-act-cues';

const THEIRS =
  /\b(?:your|ur|yours|his|her|(?:mayor|clerk|chair\w*|secretary|inspector|officer|council|councillor \w+|cllr \w+)'s)\b[^.!?\n]{0,24}?\b(?:car|van|motor|audi|fiesta|range rover|tyres|brakes|windows?|shed|greenhouse|polytunnel|conservatory|house|home|cottage|(?:front )?door|address|fence|roof|garden|gutters|bikes?|plot|allotment|pavilion|bench(?:es)?|lights|cameras|cctv|gnomes|cat|dog|horses?|sheep|kids|children|son|lad|daughter|wife|husband|missus|mum|family|career|shop|salon|posters|pics|photos)\b|\bof yours\b|\byou(?:'ll| will) be (?:looking|sorry|out)\b|\b(?:councillor|cllr|mr|mrs|ms) [a-z]+|\bthe (?:chair\w*|clerk|mayor)\b/;
const HARM =
  /\b(?:brick|stones|petrol|diesel|matches|weedkiller|nails|chainsaw|burns (?:dead )?easy|paper burns|(?:go|goes|gone|going|be|were) flat|flat (?:tyres?|overnight|on the)|snap\w* off|easy to crack|go(?:es)? missing|(?:ur|your) \w+ (?:gets it|goes up)|come (?:off|apart)|undo|in the (?:pond|canal|brook|river)|(?:won'?t|not) (?:like (?:it|what)|enjoy|start|survive|last)|see (?:how|wot|what) (?:happens|u like|you like)|wot happens|what'?s left of|another job|career ends|front (?:page|of the (?:gazette|paper))|tiktok|everyone hears|get hurt|same state|outside (?:after|your house)|pay (?:your \w+|him|her|you|u) a visit|sort (?:your|ur) \w+ out|very exposed|looking for another)\b/;
/** The writer's or someone's hand, or a condition on the reader's act. */
const HAND =
  /^(?:\w+ )?(?:\w+ )?(?:ban|move|vote|keep|take|shut|close|block|evict|sack|cancel|refuse|bring|put|post|approve|push|dont|don'?t)\b|\b(?:if|unless|or (?:else|your|ur)|n (?:ur|u)|i'?ll|ill|i will|i could|i can|i might|might|could|we'?ll|someone|somebody|nobody|my (?:lads|mates|brother|nephew)|i'?ve got|for now|see how|good luck)\b/;
/** A veiled turn: enough even beside the act's own harm words ("accidents", "regret"). */
const HEDGE = /^interesting\b|\b(?:accidents happen|just saying|jus sayin|shame|pity|careful|(?:i|we) (?:know|no|got) (?:where|which|wot|what|your|ur)|if i were you|for its own good|i'?d (?:hate|keep|check|watch|think|leave)|think on|see me coming)\b/;
/** A formal step, a hazard, kindness or business idiom: not a threat. */
const CLEARS =
  /\b(?:regret to|condolences|attend|gritt\w+|(?:friend|colleague)s? of yours|sympathy|prayers|get well|invit\w+|welcome|protect\w*|benefits?|charit\w+|disaster|emergenc\w*|victims?|died|passed away|ombudsman|solicitor|legal|court|monitoring officer|complain\w*|standards|appeal|tribunal|insur\w+|storms?|forecast|icy|ice|flood\w*|snow|thieves|thefts?|please|thank\w*|sorry|congratulat\w+|deal|markets|the market|prices?|margins?|sales|earnings|customers?|budget|quarter)\b/;

/** Kind, protective or business words, a formal step or a hazard (lower-cased sentence): never a threat to block. */
export const threatClears = (sentence: string): boolean => CLEARS.test(sentence);

/**
 * Menace the rule reads in a window (lower-cased) beside a learnt threat judgement: harm or a condition
 * aimed at someone's things ("your windows … a brick", "if … your van"), the writer's people, or knowing.
 */
export const threatMenace = (w: string): boolean =>
  ((HARM.test(w) || ACT_CUES['act-condition'].test(w)) && THEIRS.test(w)) || /^interesting\b|\b(?:my (?:lads|mates)|(?:i|we) (?:no|got))\b/.test(w);

/** How sure the concept is that a sentence (lower-cased, ’ as ') threatens: 2 sure, 1 worth a second look, 0 not. */
export function threatConcept(sentence: string, around: string): number {
  const harm = HARM.test(sentence);
  if (!(harm || ACT_CUES['act-harm'].test(sentence)) || CLEARS.test(sentence)) return 0;
  const theirs = THEIRS.test(`${sentence} ${around}`) || ACT_CUES['act-target'].test(sentence);
  const hedge = HEDGE.test(sentence) || ACT_CUES['act-hedge'].test(sentence);
  // The act's own harm words ("damage", "regret") count only with a veiled turn.
  return theirs && (hedge || (harm && (HAND.test(sentence) || ACT_CUES['act-condition'].test(sentence)))) ? 2 : harm && theirs ? 1 : 0;
}

