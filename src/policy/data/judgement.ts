// Word lists for the context judgements in src/policy/judge/: what a candidate hit is aimed at,
// whether the words are the sender's own, whose data it is, and whether a label has a value.
// Regular-expression sources are matched case-insensitively on a bounded window around one hit;
// non-capturing groups only, no nested quantifiers.

/**
 * Words before a hit, in the same sentence, that say the sender is passing on someone else's words:
 * a resident's complaint, a caller, a news item, graffiti.
 */
export const REPORTED_BEFORE =
  "\\b(?:said|says|saying|wrote|writes|written|told (?:me|us|him|her|them|the \\w+)|called (?:me|us|him|her|them|you|the \\w+|it|this)|calling (?:me|us|him|her|them)|shouted|shouting|yelled|screamed|swore|posted|tweeted|commented|claimed|alleged|alleges|alleging|allegedly|complained that|(?:rang|phoned|called|emailed|wrote in|came in) to (?:say|tell (?:me|us|the \\w+))|described (?:\\w+ )?as|referred to (?:\\w+ ){0,3}as|according to|quoted?|quoting|in (?:the|his|her|their) (?:words|email|letter|message|post|complaint|note)|the (?:article|headline|story|news item|post|tweet|comment|caller|message|graffiti|sign|leaflet|letter|email|note|complaint|resident|tenant|customer) (?:said|says|read|reads|stated|states|called|calls|described|describes|claimed|claims|referred|refers|used|uses|was headed|is headed)|headlined?|reportedly|was (?:heard|overheard)|were (?:heard|overheard)|sprayed|painted|scrawled|graffiti|chanted|chanting|heckled|the words|the phrase|the word)\\b";

/** Words just after a hit that attribute it to someone else ("…," he said). */
export const REPORTED_AFTER = '^[^.!?\\n]{0,40}?[,"”]\\s*(?:he|she|they|the (?:caller|resident|man|woman|customer|tenant|writer|complainant)|\\w+) (?:said|says|shouted|wrote|yelled|screamed|added|claimed)\\b';

// ---- What a threat phrase is aimed at -------------------------------------------------------------

/**
 * After "I will get you", "I'll find you", "we'll have you", "I'll shoot you" and the like, words that
 * make it an offer or a plan ("I will get you the site plans", "I'll shoot you an email", "I will find
 * you a room"): a determiner, a number or an ordinary thing.
 */
export const OFFER_OBJECT_WORDS: readonly string[] = [
  'a', 'an', 'the', 'some', 'any', 'this', 'that', 'these', 'those', 'my', 'our', 'his', 'her', 'their', 'its', 'more',
  'all', 'both', 'each', 'every', 'another', 'one', 'two', 'three', 'few', 'several', 'copies', 'copy', 'comments',
  'feedback', 'details', 'info', 'information', 'numbers', 'figures', 'prices', 'price', 'quotes', 'quote', 'answers',
  'answer', 'data', 'names', 'something', 'anything', 'everything', 'what', 'whatever', 'whichever', 'which', 'how',
  'when', 'where', 'who', 'started', 'set', 'sorted', 'connected', 'registered', 'booked', 'added', 'access', 'up',
  'in', 'into', 'on', 'onto', 'over', 'through', 'together', 'to', 'with', 'for', 'out', 'back', 'ready', 'covered',
  'signed', 'involved', 'tickets', 'directions', 'confirmation', 'feedback', 'paperwork', 'documents', 'files',
  'plans', 'samples', 'results', 'dates', 'times', 'contact', 'contacts', 'email', 'e-mail', 'note', 'call', 'ring',
  'list', 'lists', 'schedule', 'revised', 'updated', 'final', 'draft', 'new', 'latest',
  'someone', 'somebody', 'space', 'room', 'desk', 'seat', 'lift', 'ride',
];

/** After the phrase, words that end the aim without an object: a time, a place or a condition. */
export const NEUTRAL_AFTER_WORDS: readonly string[] = [
  'tomorrow', 'today', 'tonight', 'later', 'soon', 'shortly', 'asap', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'next', 'at', 'by', 'before', 'after', 'once', 'when', 'as', 'first',
  'directly', 'personally', 'there', 'here', 'downstairs', 'upstairs', 'outside', 'afterwards', 'then',
];

/**
 * After the phrase, words that make it a threat whatever comes before: an outcome aimed at the person
 * ("I'll have you sacked", "I'll get you for this", "I will find you, wherever you are").
 */
export const THREAT_AFTER =
  "^\\s*(?:[.!]|for (?:this|that|it)\\b|back\\b|one day\\b|sooner or later\\b|eventually\\b|wherever\\b|whatever it takes\\b|if (?:it'?s|it is) the last\\b|if you\\b|sacked\\b|fired\\b|removed\\b|struck off\\b|thrown out\\b|arrested\\b|done for\\b|good\\b|yet\\b|mark my words\\b|you (?:little|stupid|useless)\\b)";

/**
 * After "make sure you" / "ensure that you", outcomes that are a threat. Anything else ("make sure
 * you pay the right amount", "ensure that you never miss a deadline") is ordinary advice.
 */
export const HARM_OUTCOME = "^\\s*(?:lose (?:your|yours|everything|the lot)|regret\\b|suffer\\b|(?:are|get) (?:sacked|fired|struck off)|never (?:work|get a job|set foot|come back)|pay for (?:this|that|it)\\b)";

/**
 * After "you'll regret", "you'll pay for", "you'll be sorry": a business sense when an ordinary
 * object follows ("you will pay for the tickets", "you'll regret missing the seminar").
 */
export const CONSEQUENCE_BUSINESS_AFTER = "^\\s*(?:the|a|an|your|our|any|all|some|each|every|missing|not|having|it\\s+(?:at|on|in|by)|them|[0-9£$])";

/**
 * After a violent verb aimed at "your": what the verb is done to. A body, a home or a car makes it a
 * threat; a price, a quote or a deadline makes it business ("we will beat your current price").
 */
export const HARM_BUSINESS_OBJECTS: readonly string[] = [
  'price', 'prices', 'quote', 'quotes', 'offer', 'offers', 'bid', 'bids', 'rate', 'rates', 'target', 'targets', 'record',
  'records', 'deadline', 'deadlines', 'contract', 'contracts', 'deal', 'deals', 'estimate', 'estimates', 'budget',
  'expectations', 'numbers', 'figures', 'competition', 'competitors', 'tender', 'score', 'time', 'costs', 'cost',
  'subscription', 'membership', 'account', 'session', 'call', 'meeting', 'trial', 'lease', 'agreement', 'tenancy',
  'socks', 'email', 'e-mail', 'note', 'message', 'a', 'an', 'the', 'some', 'over', 'up', 'off', 'out',
];

/** After a violent verb aimed at "your": a body, a home, a car or a family makes it a threat. */
export const HARM_PERSONAL_OBJECTS: readonly string[] = [
  'head', 'face', 'teeth', 'nose', 'legs', 'arms', 'skull', 'brains', 'neck', 'throat', 'house', 'home', 'car', 'van',
  'windows', 'door', 'kids', 'children', 'family', 'wife', 'husband', 'dog', 'cat', 'lights', 'life', 'lot', 'mates',
];

/** Before a threat phrase, words that negate or hypothesise it ("don't kill yourself over this"). */
export const THREAT_NEGATED_BEFORE = "\\b(?:don'?t|do not|never|no need to|not going to|wouldn'?t|won'?t|will not|i hope (?:nobody|no one)|no one will|nobody will)\\s+(?:\\w+\\s+){0,2}$";

// ---- Who "them" is in "send them back / out" ----------------------------------------------------------

/** People by a protected characteristic (Equality Act 2010) or origin: "send them back" about them is discriminatory. */
export const PEOPLE_GROUPS =
  '\\b(?:immigrants?|migrants?|foreigners|refugees?|asylum seekers?|gypsies|travellers|muslims|jews|hindus|sikhs|blacks|asians|africans|pakistanis|romanians|bulgarians|eastern europeans|arabs|gays|lesbians|illegals|their own country|their country|where they came from|where they come from|boat people)\\b';

/** After "send them back/out": words that make "them" documents or things ("send them back to me by Friday"). */
export const SEND_THINGS_AFTER = "^\\s*(?:to (?:me|us|you|him|her|them|the|this|our|my|your|his|all|everyone|each|[a-z]+@)|by\\b|for\\b|via\\b|with\\b|in\\b|on\\b|as\\b|at\\b|when\\b|once\\b|after\\b|before\\b|today\\b|tomorrow\\b|asap\\b|again\\b|please\\b|[,.;:!?])";

// ---- Names ------------------------------------------------------------------------------------------

/** Words before a name in greetings, sign-offs, addresses and lists ("Dear", "Thanks,", "cc:"). */
export const NAME_BEFORE: readonly string[] = [
  'dear', 'hi', 'hello', 'hey', 'morning', 'afternoon', 'evening', 'thanks', 'thank', 'thankyou', 'cheers', 'regards',
  'sincerely', 'faithfully', 'best', 'wishes', 'love', 'from', 'to', 'cc', 'bcc', 'attn', 'fao', 'mr', 'mrs', 'ms',
  'miss', 'mx', 'dr', 'prof', 'cllr', 'councillor', 'sir', 'dame', 'lady', 'lord', 'rev', 'revd', 'per', 'c/o', 'and',
  'with', 'by', 'contact', 'ask', 'call', 'tell', 'met', 'meet', 'meeting', 'spoke', 'speak', 'emailed', 'email', 'ring',
];

// ---- Credentials: a label with a value that is not a secret ------------------------------------------

/**
 * Before a PIN, code or passcode, words that make it a conference dial-in, a booking or an order
 * reference: not a secret (the "conference pin: 553815").
 */
export const NOT_SECRET_LABEL_BEFORE =
  '\\b(?:conference|conf|dial[- ]?in|call[- ]?in|bridge|teleconference|telecon|webex|zoom|teams|meeting|participant|participants|attendee|chairperson|chair|moderator|leader|host|guest|audio|call|phone|toll[- ]?free|freephone|booking|reservation|confirmation|reference|ref|order|tracking|delivery|parcel|discount|promo|promotional|voucher|coupon|gift|postal|post|zip|area|dialling|sort|product|item|course|tax|customer|account number|membership|invoice|ticket|flight|event|registration|ssid|network(?: name)?(?!\\s+(?:password|passcode|key|pin|code)\\b))\\s*(?:[a-z]+\\s+){0,2}$';


// ---- Confidentiality: a statement about confidentiality against a marked disclosure -------------------

/** Words around a marker that make its sentence an email footer or disclaimer. */
export const FOOTER_CUES =
  '\\b(?:intended (?:solely |only |exclusively )?for|intended recipient|addressee|received (?:this|it)(?: \\w+)? in error|in error,? please|notify (?:the sender|us|me)|(?:is|are) (?:strictly )?prohibited|unauthori[sz]ed|may contain|may be (?:confidential|privileged)|sole use|the property of|exempt from disclosure|any (?:review|use|dissemination|distribution|disclosure|copying)|please (?:delete|destroy)|delete (?:it|this|the)|disclaimer|virus|monitored|legal notice|confidentiality notice|privacy notice|work product|protected by law)\\b';

/**
 * Words before a marker that make it an assurance about how something will be handled ("your details
 * will be kept strictly confidential", "all responses are treated in confidence"), not a label on
 * the email's own contents.
 */
export const ASSURANCE_BEFORE =
  "\\b(?:will|would|shall|should|must|to|can|could|always|are|is|be|been|being|remain|remains)\\s+(?:be\\s+|been\\s+|always\\s+|all\\s+)?(?:kept|treated|held|handled|dealt with|regarded|maintained|stored|processed|remain|remains|respected)(?:\\s+(?:as|in|with))?\\s*$";

/** Words that make the marker apply to this email's own contents even after an assurance verb. */
export const THIS_CONTENT = '\\b(?:this|these|attached|enclosed|below|following|above|herewith|the attached|the enclosed)\\b';

/** Talk about confidentiality in general ("concerned about confidential information", "a confidentiality clause"). */
export const TOPIC_BEFORE = '\\b(?:about|regarding|concerning|concerned|on|of|for|protect|protecting|protection of|handling|handle|policy on|policies|procedures|rules|training|breach of|leak of|leaks of|misuse of|respect|respecting|importance of)\\s+(?:the\\s+|our\\s+|any\\s+)?$';

/**
 * Around a mention of a closed session ("Part II", "confidential session"): words that say the matter
 * was dealt with there and its content is held back, not given ("considered in Part II, so I am not
 * able to say more until the decision is published").
 */
export const WITHHELD =
  "\\b(?:(?:not|unable|un able) (?:able )?to (?:say|share|comment|discuss|disclose|give|go into|release|provide|tell)|(?:cannot|can't|can not|won't|will not) (?:say|share|comment|discuss|disclose|give|go into|release|provide|tell)|until (?:the|a|any) (?:decision|outcome|minutes?|resolution)|(?:decision|outcome|minutes?) (?:is|are|will be|has been|have been) (?:published|announced|made public|released)|no further (?:details|information|comment)|details (?:are|will be) (?:published|confidential|withheld)|(?:was|were|will be|is|are|be) (?:considered|discussed|dealt with|taken|heard|debated|reported|decided|resolved|held))\\b";
/** Words that say the content itself follows or is attached ("the Part II report is attached"). */
export const CONTENT_GIVEN = '\\b(?:attached|enclosed|below|as follows|herewith|here (?:is|are)|see the|please see|find|copy of|details? of|scores?|figures|minutes? (?:are|is) attached)\\b|:\\s*\\S';

// ---- Special-category data: whose data and from where -------------------------------------------------

/** Words for the sender (their own disclosure is theirs to make). */
export const SELF_WORDS: readonly string[] = ['i', "i've", 'i’ve', "i'm", 'i’m', 'me', 'myself', 'we', "we've", 'we’ve'];

/**
 * Subjects that name no one in particular: an indefinite person ("a postal worker", "one man",
 * "several residents", "someone"), so no identifiable person's data is given. The subject starts with
 * one of these words, or is one of the plural or pronoun words after them.
 */
export const INDEFINITE_DETERMINERS: readonly string[] = [
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many',
  'dozens', 'hundreds', 'thousands', 'most', 'few', 'no', 'any', 'another', 'each', 'every',
];
export const GENERIC_PEOPLE: readonly string[] = [
  'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'people', 'patients', 'residents', 'workers', 'employees', 'staff',
  'men', 'women', 'children', 'adults', 'americans', 'britons', 'customers', 'victims', 'sufferers', 'public',
];

/**
 * Cues that the text is a published news item or report (a forwarded article, a press release):
 * public news is not this email disclosing someone's data.
 */
export const NEWS_CUES =
  '\\b(?:reuters|associated press|\\(ap\\)|\\bap\\b|bloomberg|dow jones|newswire|press release|news release|the (?:times|guardian|telegraph|independent|observer|post|journal|herald|chronicle|gazette|tribune|mail|express|mirror|sun|bbc|news|article|story|paper|newspaper|press)|wall street journal|new york times|washington post|houston chronicle|financial times|bbc news|cnn|nbc|abc news|fox news|according to|officials said|police said|(?:he|she|they|spokesman|spokeswoman|spokesperson|officials?) said (?:on|in|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|said in a statement|reported|reports|copyright|all rights reserved|staff writer|correspondent|radio|television|the local news|police (?:are|were) appealing)\\b';

/**
 * After a candidate word that can also have an everyday sense: "faith in the economy", "his race for
 * the Senate", "her conviction that prices will fall", "charged with leading the project",
 * "cautioned against", "on probation" at work.
 */
export const EVERYDAY_SENSE_AFTER: Readonly<Record<string, string>> = {
  faith: '^\\s*(?:in|that|and confidence)\\b',
  race: '^\\s*(?:for|to|against|in|with)\\b',
  conviction: '^\\s*(?:that|about|in|to)\\b',
  convictions: '^\\s*(?:that|about|in|to)\\b',
  charged: "^(?!\\s*(?:murder|manslaughter|assault|theft|fraud|burglary|robbery|rape|arson|affray|criminal|possession|dangerous|drink|drug|drugs|an? (?:offence|offense|crime|count|charge)|offences|offenses|crimes|counts|sexual|indecent|harassment|stalking|battery|causing|wounding|grievous|actual bodily|kidnap|murdering|stealing|handling stolen|supplying|dealing|perverting|money laundering|insider|conspiracy|bribery|embezzlement|perjury|obstruction|contempt|misconduct|breach of the peace|vandalism|criminal damage|shoplifting)\\b)",
  cautioned: '^\\s*(?:against|that|not|about|to|on|over|by the (?:board|chair|auditor|manager))\\b',
  probation: '^\\s*(?:period|until|for (?:three|six|\\d+) months|as a new|in (?:his|her|their) (?:new )?(?:job|role|post))\\b',
  terminal: '^\\s*(?:id|number|no|server|device|machine|building|[0-9])\\b',
};

/**
 * A health or faith word naming a place or a body, not a person's condition or belief: "the surgery is
 * running clinics" (a GP practice), "raised £300 for the hospice", "the Catholic church".
 */
export const INSTITUTION_SENSE: Readonly<Record<string, { before?: string; after?: string }>> = {
  surgery: {
    before: "(?:[\\n;:,.!?]\\s{0,3}|\\b(?:at|to|outside|rang|phoned|called|with|near|by|from) )the\\s{1,3}$|\\b(?:gp|gp's|doctor's|doctors'?|dental|vet's|village|local|new|our)\\s{1,3}$",
    after: '^\\s*(?:car park|reception|staff|hours|building|opening)\\b',
  },
  hospice: { before: '\\b(?:for|from|with|help|support|supporting|donate to|donation to) (?:the|our|a|local)\\s{1,3}$', after: '^\\s*(?:fun run|shop|appeal|charity|fundraiser|fundraising|walk|trust|nurses|movement|collection|\\w+ day)\\b' },
  catholic: { after: '^\\s*(?:church|school|primary|community|cemetery|centre|society|association|club|parish|diocese|mass|charity|hall)\\b' },
  muslim: { after: '^\\s*(?:community|cemetery|centre|society|association|school|burial|council)\\b' },
  jewish: { after: '^\\s*(?:community|cemetery|centre|society|association|school|burial|council)\\b' },
  sikh: { after: '^\\s*(?:community|temple|gurdwara|centre|society|association|school)\\b' },
  hindu: { after: '^\\s*(?:community|temple|mandir|centre|society|association|school)\\b' },
  quaker: { after: '^\\s*(?:meeting|meeting house|community|centre|school)\\b' },
};

// ---- Councillor instructions: asking for council business to be considered ---------------------------

/**
 * A councillor asking for a matter to go on an agenda, or to be put to the council, raises it through
 * the proper channel (4.3c): "I will ask the clerk to put it on the next agenda so the council can
 * consider it"; so is saying how they will vote, or asking for their view to be minuted (issue #17), or
 * saying what they will propose or move there ("I'll be proposing that we ask Gary to cut them back"):
 * the council decides it, not the officer reading the email.
 * Matched on a sentence the instruction detector flagged.
 */
export const AGENDA_REQUEST =
  "\\b(?:(?:on|onto|to|for|in)\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+|next\\s+|next month'?s\\s+|this month'?s\\s+|(?:full\\s+)?council'?s?\\s+|committee'?s?\\s+){0,3}agenda|agenda item|(?:so|for) (?:that )?the (?:council|committee) (?:can|could|may|to) (?:consider|discuss|decide|debate)|(?:be|am|i'?m) voting (?:for|against)|(?:i|we) (?:will|shall|intend to|plan to|am going to) vote|minuted|recorded in the minutes|noted in the minutes|(?:i|we)(?:'ll| will| shall| intend to| plan to| am going to|'m going to| would like to|'d like to) (?:be )?(?:propos(?:e|ing)|mov(?:e|ing)|put(?:ting)? forward|second(?:ing)?)|(?:i'?m|i am|we['’]re|we are) (?:propos|mov|putting forward)\\w*|my (?:motion|proposal|amendment))\\b";
