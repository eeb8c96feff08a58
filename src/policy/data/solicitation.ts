// Chain letters and private advertising (clause 3.1: "chain letters, solicitations or advertisements
// not related to Council business or activities"): what council people might send, not the junk mail
// they receive. Regular-expression sources, case-insensitive, non-capturing groups only, each starting
// with a word character (the compiler hoists one \b). Written by hand, never learnt from any data set.
// Council business ("allotment plots available", "hall hire rates", "precept invoice", "tickets £5")
// uses none of the strong ones. The cues for inbound junk mail (online medicines, adult content,
// gambling, cut-price software, share tips, loans, prize and advance-fee fraud, replica goods, degrees
// for sale, phishing, bulk-mail footers and placeholders, filter-dodging shapes) went on 2026-12-08:
// they decided no council email, and spam recall is no longer a target (issue #16, point 6). See
// docs/rules/solicitation/ for the measured rates.
const NUM = '(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty)';
// Mail is read both as typed ("don't", "risk-free") and as tokenised text ("don ' t", "risk - free").
const AP = "(?: ?['’] ?)";
const H = '(?: ?- ?| )?';

export const CHAIN_STRONG: readonly string[] = [
  `(?:forward|send|pass|email) (?:this|it)(?: (?:e-?mail|message|letter|on))? (?:on )?to (?:${NUM}|all your|everyone|everybody|as many)(?: (?:people|friends|contacts|others|you know))?`,
  '(?:forward|send|pass) (?:this|it) (?:on )?(?:to )?everyone you know',
  `(?:don${AP}t|do not|never) break (?:the|this) chain`,
  'break the chain',
  'this chain (?:letter|e-?mail|message)',
  `within ${NUM} (?:hours|days|minutes)[^.!?\\n]{0,40}(?:you will|you${AP}ll) (?:receive|get|have|see)`,
];

export const CHAIN_WEAK: readonly string[] = [
  'bad luck', 'good luck will', 'good fortune', 'this is not a joke', 'it really works', 'it works',
  '(?:forward|pass) (?:this|it) on', 'send (?:this|it) (?:back )?to me', 'make a wish', 'miracle',
  `${NUM} years of bad luck`, `do not delete`, `don${AP}t delete`, 'share this',
];

/** A family of cues: each distinct cue adds its weight once; the family adds at most `cap`. */
export interface CueFamily {
  id: string;
  cap: number;
  /** [regular-expression source, weight]. */
  cues: readonly (readonly [string, number])[];
}

// Weights are set by hand on one scale: 3 = enough alone to call a message a solicitation,
// 1 = ordinary words that only tell in company.
export const SOLICITATION_FAMILIES: readonly CueFamily[] = [
  {
    id: 'income',
    cap: 4,
    cues: [
      [`(?:be your own boss|financial freedom|residual income|earn (?:huge |big |extra )?(?:money|cash|income)(?: (?:from|at) home)?|home ?- ?based business)`, 2.5],
      [`(?:work(?:ing)? (?:from|at) home|from home|extra (?:income|cash)|make money)`, 1],
      ['(?:multi ?- ?level|network) marketing|mlm|join my team|income opportunity', 2.5],
      ['business opportunit(?:y|ies)', 1.5],
      ['(?:earn|make) (?:up to |over |an extra )?(?:\\$|£|€) ?\\d[\\d,]*(?: ?[.,] ?\\d+)? (?:a|per|every) (?:day|week)|(?:earn|make) (?:\\$|£|€) ?\\d[\\d,]* (?:or more|from home)', 2.5],
      ['(?:a|per) (?:day|week|month) (?:from home|part time|working)', 1.5],
      ['(?:no (?:experience|investment|selling|startup cost)(?: (?:needed|required|necessary))?)', 1.5],
    ],
  },
  {
    id: 'offer',
    cap: 3.5,
    cues: [
      ['(?:special|exclusive|limited|introductory|amazing|incredible|unbeatable|super) (?:offers?|deals?|promotion|price|discount)', 1],
      [`limited${H}time|(?:offer|sale|this) (?:ends|expires)|today only|while (?:stocks|supplies) last|act (?:now|fast|today)|hurry|don${AP}t (?:miss|wait|delay)|before it${AP}s too late`, 1.5],
      ['(?:buy|order|shop|call|apply|sign up|subscribe|register) (?:now|today|online now)', 1.5],
      [`(?:money${H}back|satisfaction|100 ?% satisfaction|risk${H}free|no${H}risk) ?(?:guaranteed?|guarantee)|money${H}back|risk${H}free|no obligation|no questions asked`, 2],
      ['(?:free (?:trial|gift|bonus|sample|shipping|delivery|consultation|quote|quotation|membership|access|report|information|info|dvd|cd|installation)|(?:100 ?%|absolutely|completely|totally) free|for free)', 1],
      ['(?:best|lowest|low|cheapest|discount|wholesale|affordable|unbeatable|great|factory direct) (?:prices?|costs?|rates)|(?:cheap|cheapest|discounted)', 1.5],
      ['(?:save|discounts?|off) (?:up to|over)|\\d{1,3} ?% (?:off|discount|savings?|less)|half price', 1.5],
      ['(?:up to|save) \\d{1,3} ?%', 1.5],
      ['(?:discount|promo|promotional|voucher|coupon) code|coupons?', 2],
      ['(?:products?|services?|website|site|store|shop)(?: (?:online|today))? (?:at|for) (?:low|great|the best)', 1],
      ['(?:order|purchase|buy) (?:online|direct|yours|it)|place (?:your|an) order|add to cart|checkout', 1],
      ['(?:brand new|top quality|high quality|name brand|best selling|world ?- ?class|guaranteed results|amazing results|proven results|as seen on)', 1],
    ],
  },
  {
    // Free electronics for filling in a form: a lead-generation offer, never council business.
    id: 'giveaway',
    cap: 4,
    cues: [
      ['(?:get|receive|claim|win|test (?:and|&) keep) (?:a |an |your |one )?(?:brand new |free |complimentary )?(?:(?:dell|ibm|sony|canon|apple|hp|toshiba|samsung) )?(?:laptop|notebook|thinkpad|ipod|x ?- ?box|playstation|plasma (?:tv|screen)|dvd (?:player|handycam)|handycam|digital camera|camera|gift card)s?(?: computer)?(?: (?:free|for free|today|now))?', 2],
      ['free (?:(?:dell|ibm|sony|canon|apple|hp|toshiba|samsung) )?(?:laptops?|notebooks?|thinkpads?|ipods?|x ?- ?box|playstation|plasma (?:tvs?|screens?)|dvd (?:players?|handycams?)|handycams?|digital cameras?|megapixel|cameras?)|(?:giving|give) away (?:free )?(?:laptops|x ?- ?box|ipods|cameras)|product testers? (?:wanted|needed)', 2.5],
    ],
  },
  {
    // An officer's own sideline or appeal: the case clause 3.1 was written for.
    id: 'private',
    cap: 3,
    cues: [
      ['(?:please )?sponsor me|my (?:justgiving|gofundme|sponsorship|fundraising) page|justgiving|gofundme', 3],
      ['my (?:own |new |wife\'s |husband\'s |partner\'s )?(?:business|company|shop|salon|website|services|products|range|stall)', 1.5],
      ['for sale|buy (?:from|through) me|mates? rates|friends and family (?:discount|rate)', 1.5],
    ],
  },
  {
    id: 'unsubscribe',
    cap: 2.5,
    cues: [
      ['unsubscribe|unsubscribed|unsub', 1.5],
      [`click${H}here to (?:be removed|unsubscribe|opt out|remove|stop)|(?:to be removed|to unsubscribe|to opt out|to remove yourself),? click${H}here`, 2.5],
      [`(?:opt${H}out|opt${H}in)|remove me|to be removed|removed from (?:our|this|the|future) (?:list|mailing|database)|removal (?:instructions|link|request)|take me off|to remove(?: yourself| your (?:e-?mail|address|name))?|turn off notifications|stop (?:all )?(?:announcements|notifications|mailings)|no more (?:e-?mails|offers|mailings)`, 1.5],
      [`(?:no longer|not) (?:wish|want|like) to receive|(?:do not|don${AP}t|prefer not to) (?:wish to )?receive (?:these|this|further|future|any)|stop (?:future|further) (?:e-?mails?|mailings|messages)`, 1.5],
      ['(?:you are|you ?[\'’] ?re) receiving this|this (?:e-?mail|message|mailing) (?:was|is being) sent|mailing list|email list|our (?:list|database|subscribers)|(?:bulk|mass) (?:e-?mail|mail)', 1.5],
      ['not interested|no thanks|(?:e-?mail|image) (?:is )?(?:not )?loading|view (?:this )?message here', 1],
    ],
  },
  {
    id: 'call-to-action',
    cap: 2,
    cues: [
      [`click (?:here|below|on the link|this link|the link)|click${H}here|cl[il1]+c?k+ here|cli ?; ?k`, 1],
      ['(?:visit|go to|check out|see) (?:our|my|the) (?:website|web site|site|store|online store|shop)|(?:visit|go) (?:us |here )?(?:now|today)|(?:follow|use) (?:the|this) link', 1.5],
      ['(?:copy and paste|paste this|type this|enter here|touch here|look here|more here|details here|info here|go here|see here|here ?:)', 1],
      ['(?:call (?:now|today|us (?:now|today|toll ?free))|toll ?- ?free|1 ?- ?800|1 ?- ?888|1 ?- ?877|1 ?- ?866)', 1.5],
    ],
  },
  {
    id: 'marketing',
    cap: 2,
    cues: [
      ['(?:promotion|promotional|advertis\\w+|marketing|solicitation)', 0.5],
      ['(?:our|the) (?:products?|customers?|clients?) (?:are|will|can|have)', 0.5],
      [`(?:dear (?:customer|member|valued|homeowner|user|account holder))|(?:hello|hi|dear),? (?:there|friend)`, 1],
      ['(?:guaranteed|guarantees|guarantee)', 1],
      ['(?:amazing|incredible|revolutionary|breakthrough|miracle|secret)', 1],
    ],
  },
];

/**
 * Shapes of the text as a whole (counted by rules/solicitation/shapes.ts), each as tiers of
 * [at least this many, weight]; the highest tier reached counts. Same scale as the cue families.
 * All three are commercial (COMMERCIAL_GROUP): they add to a pitch, never make one.
 */
export const SOLICITATION_SHAPES: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  /** Web addresses or links. */
  links: [[1, 0.5], [3, 1]],
  /** Prices ("$ 2.99", "£15"). */
  prices: [[2, 0.5]],
  /** Runs of "!!!" or "$$$". */
  exclamations: [[1, 0.5], [2, 1]],
};

/**
 * Cues that legitimate newsletters and receipts share with adverts (an unsubscribe footer, "click
 * here", offers, links, prices): together they add at most this, so a newsletter someone forwards
 * is not a solicitation on their strength alone; it takes a private offer, an appeal, a money-making
 * scheme or a giveaway.
 */
export const COMMERCIAL_GROUP: { families: readonly string[]; cap: number } = {
  families: ['unsubscribe', 'call-to-action', 'offer', 'marketing', 'links', 'prices', 'exclamations'],
  cap: 2.5,
};

/**
 * A message scoring at least this is reported as a solicitation, when a family outside
 * COMMERCIAL_GROUP is among its cues with a strong cue (see SOLICITATION_STRONG), or is the
 * writer's own selling ("private").
 */
export const SOLICITATION_THRESHOLD = 3;

/**
 * ...and only when one cue weighs at least `cue`, or the cues of one family add up to `family`:
 * many weak cues from unrelated families ("my business", "business opportunity", "promotion" in one
 * council email) are not a solicitation however many there are.
 */
export const SOLICITATION_STRONG = { cue: 2, family: 2.5 } as const;

/**
 * Only the first `head` and last `tail` characters are read: a pitch opens a message and the
 * removal footer closes it, and the cost on a 1 MB body stays that of a 40 KB one.
 */
export const SOLICITATION_WINDOW = { head: 32_768, tail: 8_192 } as const;

/** What each cue family or shape is called in a finding (UK English). */
export const SOLICITATION_LABELS: Readonly<Record<string, string>> = {
  giveaway: 'free electronics for signing up',
  private: 'your own business or appeal',
  income: 'a money-making scheme',
  offer: 'sales offers',
  unsubscribe: 'a mailing-list removal footer',
  'call-to-action': '"click here" wording',
  marketing: 'marketing wording',
  links: 'web links',
  prices: 'prices',
  exclamations: '"!!!"',
};
