// Cue lists for instructions/councillor (clause 4.3c: "Emails which create obligations or give
// instructions on behalf of the Council must be sent by officers only, not Councillors").
// Regular-expression sources, case-insensitive, non-capturing groups only.

/** Sentences that open politely but ask nothing of staff: never instructions. */
export const POLITE_OPENERS: readonly string[] = [
  'please (?:find|see) (?:attached|enclosed|below|above|the attached|my|our|herewith)',
  "please (?:do )?(?:let me know|let us know|get in touch|feel free|don't hesitate|do not hesitate|accept|note|be advised|excuse|forgive|bear with|ignore|keep me (?:informed|posted|updated)|reply|advise|contact me|call me|ring me|email me)",
  '(?:many )?thanks',
  'thank you',
  // A wish for the reader's good, not a task: "Get well soon", "Take care of yourself", "Have a lovely
  // break", "Stay safe on the roads", "Enjoy your holiday", "Good luck on Tuesday".
  "(?:get well|take care|rest up|look after yourself|good luck|enjoy your|have an? (?:good|great|lovely|nice|happy|safe|restful) |(?:stay|keep) (?:safe|warm|well)|happy (?:birthday|christmas|new year|retirement))",
];

/** Promises or approvals on the council's behalf. */
export const COMMITMENT_CUES: readonly string[] = [
  // What the council will give or concede, promised in its name: "the council will pay for…", "the
  // parish council will withdraw its objection", "the council will not object"; not its process
  // ("the council will consider it on Tuesday", "the council will write to you").
  "the (?:town |parish |district )?council (?:will|shall|is going to|'ll) (?:pay|fund|cover|reimburse|refund|compensate|provide|repair|replace|install|contribute|grant|award|donate|sponsor|meet the cost|settle (?:it|the (?:bill|invoice|cost))|foot the bill|waive|buy|purchase|withdraw|drop|support|not object)",
  // A deal declared settled: "you can take that as agreed from our side", "treat it as settled", "it's a deal".
  "(?:take|treat) (?:this|it|that) as (?:agreed|settled|a deal|done)",
  "(?:that'?s|it'?s) a deal(?=\\s*(?:[.!]|$))",
  '(?:i|we) (?:have|’ve|\'ve)? ?agreed,? on behalf of the (?:town )?council',
  'on behalf of the (?:town )?council,? i (?:agree|approve|authorise|authorize|accept|confirm|promise)',
  'i (?:hereby )?(?:authorise|authorize|sanction|sign off)',
  'i (?:hereby )?approve (?:the|this|your|that|it|payment|spending|expenditure)',
  'consider (?:this|it|that|the (?:quote|order|invoice|payment)) (?:approved|agreed|authorised|authorized|signed off)',
  'go ahead and (?:sign|order|pay|book|place|proceed|start|instruct|appoint|award|accept|buy|purchase|commission)',
  'you (?:can|may) (?:go ahead|proceed) (?:and|with)',
  "you(?: have|'ve|’ve) (?:got )?my (?:approval|authority|authorisation|authorization|go-ahead|permission|sign-off) to",
  "(?:i|we) (?:promise|guarantee) (?:you )?(?:that )?(?:the council|we) will",
  "i can confirm (?:that )?the (?:town )?council will",
  "we(?:'ll| will) (?:pay|refund|reimburse|compensate|cover the cost)",
  // Permission to start work is the council's go-ahead, said to the contractor ("you're alright to
  // start on the roof on Monday") or passed on ("I've told the window cleaner he can start on
  // Tuesday"); "the roofer says he can start" is his own news, not permission.
  "you(?:'re|’re| are) (?:alright|all right|ok|okay|fine|good|clear|free) to (?:start|begin|proceed|go ahead|crack on|get started|get going)",
  // "you may as well crack on with the crown lift": the go-ahead as a shrug is still the go-ahead.
  '(?:you|(?:told|tell|telling|let|letting|informed|said to) (?:[a-z’\'-]+ ){0,4}(?:he|she|they)) (?:can|may|might)(?: as well| just)? (?:start|begin|crack on|get started|make a start) (?:on|work|the work|from|next|this|tomorrow|in|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(?:you|(?:told|tell|telling|let|letting|informed|said to) (?:[a-z’\'-]+ ){0,4}(?:he|she|they)) (?:can|may|might)(?: as well| just)? (?:crack on|make a start|go ahead) with',
  // Permission to use council property, given or passed on ("said they can have the hut for free on
  // Saturdays", "the Brindley Room is yours every Tuesday"); "I told her she could have a look" is not.
  "(?:said|told|promised|let) (?:[a-z’'-]+ ){0,4}(?:they|he|she|you) (?:can|could|may) (?:have|use|borrow|keep) (?!a (?:look|word|think|chat|go)\\b)(?:the|our|a|an|it)\\b",
  '(?:is|are) (?:all )?yours (?:every|each|on|from|until|till|whenever|for the (?:day|week|month|year|season|evening|morning|afternoon))',
  // Promising payment: "I'll see she pays it straight off", "I'll make sure you get paid".
  "(?:i|we)(?:'ll|’ll| will| shall) (?:see|make sure|ensure|see to it)(?: that)? (?:you|she|he|they|it|the [a-z]+) (?:is |are |gets? |get )?(?:paid|pays?)",
  // Permission given in so many words: "I gave the food bank permission", a note's "Gave the youth club the
  // ok" (the "I" left out), "the tree surgeon has my go-ahead".
  "(?:^|i |i've |i’ve |i have )(?:given|gave) (?:[a-z’'-]+ ){0,4}(?:permission|the go-ahead|the ok|the okay|the green light|my (?:word|permission|blessing|go-ahead))",
  '(?:has|have) my (?:go-ahead|permission|approval|blessing|authority|sign-off)',
  "(?:told|tell|telling|let|letting|informed|said to) (?:[a-z’'-]+ ){0,4}(?:he|she|they)(?:'s|’s|'re|’re| is| are) (?:alright|all right|ok|okay|fine|good|clear|free) to (?:start|begin|proceed|go ahead|crack on|get started|get going)",
];

/**
 * Accepting a price, said to whoever quoted it ("£2,350 for laying the hedge is fine by me", "we'll go
 * with your quote"): a commitment when the email goes outside the council (instructions/councillor
 * asks only then); to the clerk the same words are the councillor's view. So is council work promised
 * to a resident with a time ("the council will clear your hedge by Friday", "we'll get the pothole
 * filled before the weekend").
 */
export const QUOTE_ACCEPTED =
  "(?:your (?:quote|quotation|price|estimate|figure)|the (?:quote|quotation|price|estimate)|£\\s?\\d[\\d,.]*k?)[^.?!\\n]{0,80}?\\b(?:is|are|looks|sounds|seems) (?:fine|ok|okay|acceptable|agreed|a fair price|good (?:by|with|for|to) (?:me|us|go))\\b|\\b(?:i|we)(?:'ll|’ll| will)? (?:accept|go with|take) (?:your|the) (?:quote|quotation|estimate|price)\\b" +
  "|\\b(?:the council|we)(?:'ll|’ll| will) (?:sort|clear|cut|repair|replace|empty|get (?:it|that|this|them|the|your))\\b[^.;?]{0,60}\\b(?:by|before|next|this|tomorrow|today)\\b";

/** Instructions anywhere in a sentence. */
export const DIRECTIVE_CUES: readonly string[] = [
  'please (?:arrange|ensure|make sure|pay|order|book|sign|issue|instruct|organise|organize|proceed|go ahead|action|cancel|deal with|sort out|chase|raise (?:an|a purchase) order|purchase|buy|hire|appoint|get the|have the|tell the|ask the|remove|put up|take down)',
  'you (?:must|need to|will need to|are to|have to) (?!be |have been |know|realise|realize|understand|appreciate|agree|admit|feel|think|see)',
  'make sure (?:that )?(?:you|the|it|this|staff|they)',
  'ensure that (?:you|the clerk|the contractor|staff|the team|it|this)',
  '(?:tell|instruct|get|have) the (?:clerk|deputy clerk|contractors?|staff|team|officers?|groundsm[ae]n|caretaker|builders?|gardeners?|cleaners?|rfo) (?:to|that)',
  // Asking the clerk to put an item on an agenda is how a councillor raises business, not an instruction.
  'ask the (?:clerk|deputy clerk|contractors?|staff|team|officers?|groundsm[ae]n|caretaker|builders?|gardeners?|cleaners?|rfo) (?:to|that)(?! (?:put|add|place|include|list|table)\\b[^.?!\\n]{0,40}\\bagenda)',
  'i (?:want|need|expect|require) you to',
  "i(?:'d| would) like you to",
  "i(?:'m| am) (?:instructing|telling|asking) you to",
  'i instruct',
  'do it (?:now|today|immediately|straight away|by)',
];

/** Verbs that start an instruction when a sentence opens with them ("Order the new bins."). */
export const IMPERATIVE_VERBS: readonly string[] = [
  'arrange', 'book', 'order', 'pay', 'sign', 'cancel', 'remove', 'issue', 'instruct', 'tell', 'ask', 'get',
  'contact', 'chase', 'ensure', 'organise', 'organize', 'hire', 'appoint', 'buy', 'purchase', 'fix', 'repair',
  'cut', 'close', 'stop', 'publish', 'invoice', 'refund', 'approve', 'put', 'move', 'change', 'delete', 'draft',
  'prepare', 'print', 'circulate', 'sort', 'deal with', 'go ahead', 'proceed', 'action', 'accept', 'award', 'crack on',
  'commission', 'install', 'replace', 'write to', 'send', 'email', 'ring', 'phone', 'call', 'reply to', 'inform',
  'notify', 'transfer', 'authorise', 'authorize', 'terminate', 'dismiss', 'suspend', 'clear', 'empty', 'paint',
  'mow', 'prune', 'fell', 'lock', 'unlock', 'add', 'update', 'escalate', 'warn',
];

/**
 * Objects that make an opening verb harmless: "Send my apologies", "Call me", "Let me know", "Order yours", and a
 * phone number to reach someone ("Call 01768 223344 for details"; not "Ring 01768 223344 and order…").
 */
export const HARMLESS_OBJECTS = '(?:me|us|yours|my (?:apologies|thanks|regards|best|love|condolences)|our (?:thanks|apologies|regards)|a thought|it a (?:go|try)|0[\\d ]{9,12}\\d(?! and))\\b';

/**
 * In a polite request ("Can you please pay this today?", "I'd be grateful if you could place the
 * order"), these verbs still ask for a council act. Extending or ending an agreement counts with the
 * agreement named ("roll our maintenance agreement on for a year", "renew the contract"), not
 * "extend the deadline".
 */
export const QUESTION_ACTION_VERBS: readonly string[] = [
  'pay', 'order', 'sign', 'approve', 'issue', 'instruct', 'hire', 'appoint', 'cancel', 'purchase', 'buy',
  'commission', 'authorise', 'authorize', 'transfer', 'refund', 'award', 'terminate', 'dismiss', 'sack',
  'suspend', 'accept the quote', 'place the order', 'raise (?:an|a purchase) order', 'get the contractor to',
  'tell the contractor to', 'book the contractor',
  "(?:extend|renew|roll|continue|vary|end) (?:our|the|this|that|your|its) (?:[\\w-]+ ){0,2}(?:contract|agreement|subscription|lease|licence|hire)s?(?: on| over)?",
];

/**
 * A request in the conditional, said to whoever would do it: "I'd be very grateful if you could…",
 * "if you would…", "would you be able to…". Followed by QUESTION_ACTION_VERBS.
 */
export const CONDITIONAL_REQUEST = "\\b(?:if you (?:could|would)|would you be (?:able|willing) to)";

/** Words that make a cue hypothetical or reported, not an instruction: "if you need to…". */
export const CONDITIONAL_BEFORE = '\\b(?:if|when|whether|unless|whenever|should|do|does|don\'t|why|as|in case)\\s+$';
