// Chain letters and private advertising (clause 3.1: "chain letters, solicitations or advertisements
// not related to Council business or activities"). Regular-expression sources, case-insensitive,
// non-capturing groups only, each starting with a word character (the compiler hoists one \b).
// Written by hand from general knowledge of junk mail (the families SpamAssassin's rule set names:
// offers, pharmacy, adult, software, stock tips, loans, prizes and advance-fee fraud, list-removal
// footers, obfuscation), never learnt from any data set. Council business ("allotment plots
// available", "hall hire rates", "precept invoice", "tickets £5") uses none of the strong ones.
// See docs/rules/solicitation/ for the measured rates.
const NUM = '(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty)';
// Mail is read both as typed ("don't", "risk-free") and as tokenised text ("don ' t", "risk - free").
const AP = "(?: ?['’] ?)";
const H = '(?: ?- ?| )?';
// Words that junk mail breaks up with symbols ("prescri ) ption", "medic @ tions"); read only in
// squeezed, broken-up text, so "the erection of an extension" typed plainly never counts.
export const DISGUISED_WORDS = 'prescriptions?|pharmacy|pharmacies|medications?|medical|drugs|erections?|penis|sexual|mortgage|refinance|refinancing';
// Prescription drugs junk mail sells, with the misspellings it uses to dodge filters ("vlagra",
// "viagrra", "clalis"); also matched after symbols are squeezed out of a word ("v ( iagra").
// Bounded repeats only: "l+[il1|]+" overlap and would backtrack quadratically on "clllll…".
export const DRUG = 'v[il1|]{1,2}[a-z]?[a@]{1,3}[a-z]?g{1,2}[a-z]?r{1,2}[a-z]?[a@]{1,2}|vl?[a@]gra|viarga|viagx|c[il1|]{1,2}[a@]{1,2}l{1,2}[il1|]{1,2}s|lev[il1|]tra|x[a@]n[a@]x|val[il1|]{1,2}um|vicod[il1|]n|v ?- ?codin|ambien|phentermine|adipex|ultram|tramadol|propecia|meridia|xenical|oxycontin|codeine|soma|hydrocodone|levitra|cialis|viagra';

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
// 1 = ordinary words that junk mail uses far more than business mail, only telling in company.
export const SOLICITATION_FAMILIES: readonly CueFamily[] = [
  {
    id: 'pharmacy',
    cap: 6,
    cues: [
      [`(?:${DRUG})`, 3],
      ['(?:sildenafil|softabs|tadalafil|vardenafil|hydrocodone|oxycodone|fioricet)', 3],
      ['(?:online|internet|mexican|canadian|discount) (?:pharmacy|pharmacies|drugstore)|perscriptions?', 2.5],
      ['pharmacy|pharmacies|drugstore', 1],
      [`(?:no|without(?: a)?) (?:prior )?(?:prescriptions?|doctor${AP}s? visit)(?: (?:needed|required))?`, 3],
      ['(?:prescription|generic) (?:drugs|meds|medications?|pills)', 2],
      ['(?:pills|meds|medz|rx|medications|pain ?killers|pain relief)', 1],
      ['(?:fda|doctor|physician)s? approved|(?:medical|doctor|online) consultation', 1.5],
      // Not "erection" (planning: "erection of a rear extension"), "enlargement" or "premature" alone.
      ['(?:erectile|impotence|hard(?:er)? erections?|erection (?:problems|pills|quality)|libido|penis|(?:penis|breast|male) enlargement|potency|ejaculat\\w*|premature ejaculation|inches longer|bigger (?:penis|breasts?)|enhancement (?:pills|oil|patch))', 2],
      ['(?:weight ?loss|lose weight|fat burn\\w*|diet pills?|appetite suppressants?)', 1.5],
      ['(?:hgh|growth hormone|anti-?aging|herbal|all natural|natural formula)', 1],
      ['(?:doctor|physician) approved', 2],
      [`(?:ship(?:ped|ping)?|deliver(?:ed|y)?) (?:overnight|discreetly|discretely|worldwide|world wide)`, 1.5],
    ],
  },
  {
    id: 'adult',
    cap: 6,
    cues: [
      ['(?:porn|porno|xxx|hardcore|orgasm\\w*|horny|naughty|nude|naked|sexy|erotic)', 2.5],
      ['(?:adult (?:site|content|dvds?|movies?|videos?|entertainment)|hot (?:girls|babes|chicks|singles))', 2.5],
      ['(?:sex life|sex drive|in bed|intercourse|make her (?:happy|scream)|your (?:woman|girlfriend|wife) (?:craves|wants|needs)|\\d{1,2} inch (?:man|men))', 1.5],
      ['(?:lonely|hot|horny|naughty|sexy|kinky) (?:wives|wifes|women|womenn|girls|ladies|housewives|moms|teens|babes|singles)|lesbians?|webcam|cam (?:girls?|babes?)|barely (?:legal|of age)|lolitas?', 2],
      ['sexual', 1],
      ['(?:adult )?dating (?:site|service|website)|adult dating|meet (?:singles|women|girls)', 2],
      ['(?:pussy|pussies|cocks?|cumshot|kinky|sluts?|whores?|milfs?|fetish|sexoholics|blowjobs?)', 2.5],
    ],
  },
  {
    id: 'gambling',
    cap: 3,
    cues: [
      ['online (?:casino|casinos|poker|blackjack|roulette|slots|gambling|betting)|place your bets?', 2.5],
      ['casino|casinos|poker|blackjack|roulette|slot machines', 1.5],
      ['(?:free|bonus) (?:chips|spins|bets?)|sign ?- ?up bonus|deposit bonus', 1.5],
    ],
  },
  {
    id: 'software',
    cap: 4,
    cues: [
      ['oem (?:software|version|versions|cd|cds)', 3],
      ['(?:adobe|microsoft|macromedia|autodesk|corel|norton|symantec) (?:photoshop|office|windows|acrobat|studio|dreamweaver|flash|illustrator|premiere|systemworks|antivirus|coreldraw|xp)', 1.5],
      ['(?:retail price|our price|you save|regular price|list price|suggested retail)', 1.5],
      ['(?:software|programs?) (?:at|for) (?:low|cheap|unbeatable|discount)', 2],
    ],
  },
  {
    id: 'stock-tip',
    cap: 5,
    cues: [
      ['(?:otc ?bb|pink ?sheets|otc ?markets?|penny stocks?|small ?cap|micro ?cap)', 2.5],
      ['(?:stock|investor) (?:alert|profile|picks?|watch)', 2],
      ['(?:strong buy|price (?:target|projection)|target price|explosive growth|millionaire|doubl(?:e|ing) your (?:money|investment))', 1.5],
      [`forward${H}looking statements?`, 1],
      ['(?:shares outstanding|public float|52 ?wk|52 week (?:high|low)|current price)', 1.5],
      ['(?:this stock (?:is|will)|invest(?:ors)? (?:should|must)|get in (?:now|early))', 1.5],
      ['(?:securities (?:act|exchange act)|section 17 ?\\(? ?b ?\\)?|profiled (?:company|companies)|paid (?:for|to distribute) this)', 1.5],
    ],
  },
  {
    id: 'loans',
    cap: 4,
    cues: [
      ['(?:mortgage|refinanc\\w*|re ?- ?financ\\w*|home equity|homeowners?)', 1.5],
      ['(?:bad|poor|less than perfect|less - than - perfect|damaged|no) credit(?: check| history)?|regardless of (?:your )?credit(?: history)?', 2],
      ['(?:low|lower|fixed|lowest) (?:interest )?rates?', 1],
      ['(?:pre ?- ?approved|you(?: have| ?[\'’] ?ve)? (?:been )?(?:approved|qualif(?:y|ied)) for (?:a|an|the|our|your)? ?(?:loan|mortgage|credit|home loan|rate))', 2],
      ['(?:debt consolidation|consolidate (?:your )?debts?|eliminate (?:your )?debts?|cash out|credit card debt)', 2],
      ['(?:loans?|lenders?)', 0.5],
    ],
  },
  {
    id: 'prize-fraud',
    cap: 6,
    cues: [
      ['(?:lottery|lotto|sweepstakes?|jackpot)', 1],
      [`(?:you${AP}ve|you have) (?:won|been selected|been chosen)|you (?:are|were) (?:a|the|our) (?:lucky )?winner`, 2],
      ['(?:claim (?:your|the) (?:prize|winnings?|reward)|winning (?:number|ticket|notification))', 2.5],
      ['(?:next of kin|beneficiary|inheritance|deceased|late (?:husband|father|client)|foreign (?:partner|account)|barrister|solicitor to the)', 1],
      ['(?:(?:\\d+(?: ?[.,] ?\\d+)?|ten|twenty|thirty|forty|fifty|hundred|one|two|three|four|five|six|seven|eight|nine) million(?: (?:us|united states|u ?\\. ?s ?\\.?))? (?:dollars|usd)|million (?:us )?dollars)', 2],
      ['(?:transfer (?:of )?(?:the )?(?:funds?|money|sum)|(?:into|to) your (?:bank )?account|bank account (?:details|number)|percent of the (?:total|fund|money|sum))', 1],
      ['(?:strictly confidential|utmost confidentiality|absolute confidentiality|top secret|risk free transaction|100 ?% (?:safe|risk free))', 0.5],
      ['(?:confidential business|business (?:proposal|proposer|suggestion)|bequest|auditor of)', 1],
      ['(?:nigeria|lagos|abidjan|ivory coast|sierra leone|zimbabwe|dakar|benin)', 1],
      ['(?:dear (?:friend|beloved)|(?:assistance|help) in (?:transferring|receiving|this transaction))', 1],
    ],
  },
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
      ['(?:replica|rolex|designer watches|luxury watches|handbags)', 2],
      ['(?:softwares|windows? ?xp|windowxp|windows? 2003|office (?:xp|2003)|photoshop|macromedia|dreamweaver)', 1.5],
      ['(?:diploma|degree|mba|bachelors|masters|doctorate)s? (?:in|from|without|available|program)|no (?:exams|tests|classes|books)', 2],
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
      ['(?:email|e-mail|e - mail) (?:marketing|addresses|advertising|list)|million (?:email|e-mail|e - mail) addresses|targeted (?:traffic|visitors|leads)|search engines? (?:ranking|placement|optimi[sz]ation)|top (?:ten|10) (?:ranking|placement|position)', 2],
      ['(?:logo|web ?site) design|custom logos?|printer (?:cartridges?|ink)|toner|inkjet', 1.5],
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
 */
export const SOLICITATION_SHAPES: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  /** Web addresses or links. */
  links: [[1, 0.5], [3, 1]],
  /** Words broken up to dodge filters: "v * i * a * g * r * a", "s p e c i a l". */
  spaced: [[2, 1.5]],
  /** Digits or symbols standing in for letters: "pr0duct", "vi@gra". */
  leet: [[1, 1], [2, 2]],
  /** Letters tripled inside a word: "viaaagra", "cheaaaap". */
  stretched: [[1, 1], [2, 2]],
  /** A drug name behind symbols or spacing ("v ( iagra", "vl @ gra", "v i a g r a"). */
  disguised: [[1, 3]],
  /** Strings of seven or more consonants no language writes ("nzzbqhb"): filter-busting noise. */
  gibberish: [[1, 2], [2, 3]],
  /** A long run of unrelated words with no function word ("word salad" padding). */
  saladRun: [[10, 1.5], [15, 3]],
  /** Prices ("$ 2.99", "£15"). */
  prices: [[2, 0.5]],
  /** Runs of "!!!" or "$$$". */
  exclamations: [[1, 0.5], [2, 1]],
  /** HTML markup that survived as text ("font size", "href", "nbsp"). */
  html: [[1, 2]],
};

/** Capital letters above this share of a long message's letters count as shouting. */
export const SOLICITATION_CAPS = { ratio: 0.5, weight: 1 } as const;

/**
 * Cues that legitimate newsletters and receipts share with junk mail (an unsubscribe footer, "click
 * here", offers, links, prices): together they add at most this, so a newsletter someone forwards
 * is not a solicitation on their strength alone; it takes a cue that only junk mail has.
 */
export const COMMERCIAL_GROUP: { families: readonly string[]; cap: number } = {
  families: ['unsubscribe', 'call-to-action', 'offer', 'marketing', 'links', 'prices', 'exclamations'],
  cap: 2.5,
};

/** A message scoring at least this is reported as a solicitation. */
export const SOLICITATION_THRESHOLD = 3;

/**
 * ...and only when one cue weighs at least `cue`, or the cues of one family add up to `family`:
 * many weak cues from unrelated families ("the pharmacy", "for sale", "casino licence" in one
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
  pharmacy: 'medicines sold online',
  adult: 'adult content',
  gambling: 'gambling',
  software: 'cut-price software',
  'stock-tip': 'a share tip',
  loans: 'loans or mortgages',
  'prize-fraud': 'a prize or money-transfer offer',
  private: 'your own business or appeal',
  income: 'a money-making scheme',
  offer: 'sales offers',
  unsubscribe: 'a mailing-list removal footer',
  'call-to-action': '"click here" wording',
  marketing: 'marketing wording',
  links: 'web links',
  prices: 'prices',
  exclamations: '"!!!"',
  spaced: 'words spaced out to dodge filters',
  leet: 'letters swapped for digits or symbols',
  stretched: 'stretched words',
  disguised: 'a disguised product name',
  gibberish: 'random letter strings',
  saladRun: 'padding of random words',
  html: 'leftover web-page code',
  shouting: 'capitals',
};

/**
 * Short function words that make up a large share of any real prose (English) and almost none of
 * the random word lists junk mail pads itself with.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'as', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'i',
  'we', 'you', 'he', 'she', 'they', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his',
  'their', 'not', 'no', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'all', 'any', 'so', 'than', 'then', 'there', 'here', 'what', 'which', 'who', 'when',
  'how', 'about', 'into', 'up', 'out', 'over', 'please', 'thanks', 'also', 'am', 'pm',
];
