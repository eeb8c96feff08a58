// Cue families for the council judgements (src/policy/models/council.ts, issue #17): each family is
// one readable feature of the trained models ("h:secrecy", "h:closed-session"), so the weights can
// generalise beyond the words of the corpus and a finding can say what it saw. Phrases are lower
// case and matched as whole tokens (letters and apostrophes; "’" is read as "'"); a family fires
// once per window however many of its phrases occur. Data, not code: new phrases need no new code.

export const CUE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  // confidential/external
  'closed-session': [
    'part ii', 'part 2', 'closed session', 'closed part', 'exempt', 'in private', 'privately', 'behind closed doors',
    'private session', 'confidential session', 'secret bit', 'private part', 'confidential report', 'confidential appendix',
    'confidential minutes', 'exempt minutes', 'exempt report', 'exempt item', 'exempt business', 'confidential item',
  ],
  legal: [
    'solicitor', 'solicitors', "solicitor's", 'counsel', "counsel's", 'barrister', "barrister's", 'lawyer', 'lawyers',
    'legal advice', 'legal opinion', 'legal adviser', 'legal team', 'legal', 'legally', 'liable', 'liability', 'ultra vires',
  ],
  'hr-process': [
    'investigation', 'investigated', 'investigating', 'suspended', 'suspension', 'disciplinary', 'grievance',
    'dismissed', 'dismissal', 'sacked', 'sack', 'redundant', 'redundancy', 'final warning', 'written warning',
    'last warning', 'settlement', 'misconduct', 'capability', 'tribunal', 'resigned', 'performance plan',
    'performance improvement plan', 'probation',
  ],
  secrecy: [
    'between us', 'between ourselves', 'between you and me', 'keep this to yourself', 'keep it to yourself',
    'keep this quiet', 'keep it quiet', 'keep quiet', 'off the record', "don't tell", 'do not tell', "don't spread",
    "don't share", "don't pass", "don't forward", 'do not forward', "don't breathe", 'not for repeating',
    'not to be repeated', 'do not repeat', "didn't hear it from me", "didn't get this from me", "mum's the word",
    'hush', 'under your hat', 'entre nous', 'in confidence', 'in strict confidence', 'confidentially', "shouldn't be telling",
    "shouldn't say", 'not supposed to', 'not meant to', 'strictly', 'unofficially', 'not public yet', "isn't public",
    'not for publication', 'for your eyes only', 'heads-up', 'heads up', 'only telling you', "won't repeat",
    "you mustn't repeat", 'should not disclose', 'not to be disclosed', 'privately', 'for your private information',
    'treat this as confidential', 'regard this as confidential', "wasn't supposed to", 'before it goes public',
    "don't say anything", "i probably shouldn't",
  ],
  withhold: [
    "can't say", 'cannot say', "can't comment", 'unable to', 'not able to', 'not at liberty', "can't discuss",
    'cannot discuss', 'will be published', 'will be announced', 'in due course', 'will be reported', 'will write',
    'will be communicated', 'the outcome will', 'will be in the minutes', 'not comment', 'no comment', 'cannot comment',
    "can't tell you", "can't share", 'cannot share', 'will decide', 'will be considered', 'will consider',
    'on the agenda', 'is on the agenda', 'once the', "won't be circulating", 'i am afraid', "i'm afraid",
  ],
  // personal-data/special-category
  health: [
    'operation', 'surgery', 'hospital', 'hospice', 'signed off', 'off sick', 'sick leave', 'diagnosed', 'diagnosis',
    'cancer', 'chemotherapy', 'chemo', 'stroke', 'heart attack', 'depression', 'depressed', 'anxiety', 'panic attacks',
    'stress', 'breakdown', 'nervous breakdown', 'rehab', 'dementia', "alzheimer's", 'pregnant', 'pregnancy',
    'miscarriage', 'ivf', 'hysterectomy', 'mastectomy', 'vasectomy', 'epilepsy', 'hiv', 'hiv-positive', 'bipolar',
    'schizophrenia', 'autism', 'autistic', 'adhd', "parkinson's", 'ms', 'motor neurone disease', 'sectioned',
    'alcoholic', 'alcoholism', 'drinking problem', 'drinking heavily', 'methadone', 'heroin', 'addict', 'addiction',
    'antidepressants', 'medication', 'long covid', 'arthritis', 'rheumatoid arthritis', 'fibromyalgia', 'endometriosis',
    'menopause', 'anorexia', 'eating disorder', 'ocd', 'lung disease', 'slipped disc', 'infection', 'disability',
    'wheelchair', 'registered blind', 'hearing impairment', 'gallbladder', 'suicide', 'self-harm', 'terminal',
    'amputated', 'phased return', 'occupational health', 'gp', 'maternity', 'gambling addict', "down's syndrome",
    'mental health', 'tests', 'treatment', 'recovering', 'drugs test', 'kidney', 'illness',
  ],
  'hr-detail': [
    'disciplinary', 'written warning', 'final warning', 'last warning', 'capability', 'performance plan',
    'performance improvement plan', 'probation', 'suspended', 'dismissed', 'sacked', 'grievance', 'investigation',
    'gross misconduct', 'misconduct', 'docked', 'half pay', 'sick pay', 'attendance', 'lateness', 'drunk',
  ],
  identity: [
    'gay', 'lesbian', 'bisexual', 'transitioning', 'gender reassignment', 'muslim', 'muslims', 'catholic', "jehovah's witness",
    'sikh', 'quaker', 'hijab', 'prays', 'jewish', 'hindu', 'devout', 'practising', 'partner', 'openly',
  ],
  criminal: [
    'conviction', 'convicted', 'prison', 'caution', 'cautioned', 'arrested', 'charged', 'sex offender', 'police',
    'offence', 'assault', 'assaulting', 'theft', 'fraud', 'burglary', 'arson', 'robbery', 'shoplifting', 'affray',
    'drink-driving', 'drugs offence', 'on probation', 'released from prison', 'record', 'done for', 'feltham',
    'domestic abuse', 'domestic violence', 'harassment',
  ],
  'person-title': ['mr', 'mrs', 'ms', 'miss', 'dr', 'rev', 'reverend', 'cllr', 'father'],
  'staff-role': [
    'caretaker', 'clerk', 'deputy clerk', 'assistant clerk', 'rfo', 'groundsman', 'cleaner', 'handyman', 'handyperson',
    'warden', 'administrator', 'admin assistant', 'admin officer', 'trainee', 'receptionist', 'litter picker',
    'tenant', 'applicant', 'resident', 'neighbour', 'lady', 'man', 'gentleman', 'chap', 'lad', 'curate', 'vicar',
    'wife', 'husband', 'son', 'daughter', 'widow', 'secretary', 'operative', 'assistant',
  ],
  'first-person': ["i'm", 'i am', "i've", 'i have', 'i was', "i'll", 'my own', 'myself', 'me', 'my'],
  'third-person': ['he', 'she', 'his', 'her', 'him', "he's", "she's", 'they'],
  service: [
    'café', 'cafe', 'society', 'awareness', 'charity', 'walk', 'support', 'session', 'sessions', 'policy', 'scheme',
    'service', 'services', 'helpline', 'collection', 'fun run', 'coffee morning', 'celebration', 'open day', 'event',
    'everyone welcome', 'group', 'club', 'week', 'month',
  ],
  aggregate: ['two members', 'one member', 'members of staff', 'staff', 'total', 'totalled', 'across', 'rate', 'tenants'],
  // personal-data lists and debts
  debt: ['owes', 'owe', 'owing', 'arrears', 'unpaid', 'outstanding', 'behind on', 'debts', 'still owing', 'shortfall', 'bounced'],
  // credentials/secret
  access: [
    'code', 'codes', 'alarm', 'gate', 'padlock', 'combination', 'combo', 'key safe', 'keysafe', 'key box', 'login',
    'log in', 'logs in', 'log on', 'username', 'password', 'pass is', 'passcode', 'pin', 'unlock', 'unlocks',
    'opens with', 'keypad', 'door', 'wifi', 'wi fi', 'key', 'the safe', 'safe is', 'safe code', 'safe combination', 'padlocks', 'shutter', 'shutters', 'admin',
    'immobiliser', 'override', 'get in', 'get into', 'router', 'vpn', 'voicemail', 'recovery code', 'host key',
    'engineer code', 'card reader', 'memorable word', 'security number', 'customer id', 'customer number', 'bollard',
    'lock', 'shed', 'key safe code', 'master',
  ],
  reference: [
    'booking', 'reference', 'ref', 'order', 'invoice', 'ticket', 'meeting id', 'dial-in', 'conference', 'planning',
    'tpo', 'preservation order', 'plot', 'route', 'bus', 'room', 'tel', 'phone', 'mobile', 'ring', 'call', 'postcode',
    'charity number', 'registration', 'account number', 'sort code', 'serial', 'part number', 'asset tag', 'policy number',
    'permit', 'raised', 'visitors', 'followers', 'subscribers', 'likes', 'founded', 'built', 'installed', 'formed',
    'since', 'year', 'opened', 'reading', 'remittance', 'budget code', 'grid reference', 'vat', 'licence', 'payroll',
    'number', 'confirmation', 'id', 'meeting', 'raffle', 'trip', 'per', 'visitors', 'service', 'recorded', 'ending',
    'bought', 'ticket numbers', 'licence number', 'x', 'ext', 'extension', 'fax', 'suite', 'meter', 'deal', 'deals',
  ],
  'security-advice': [
    'never', "don't", 'do not', "won't", "wouldn't", 'ring me', 'in person', 'sealed envelope', 'by text', 'by post',
    'will be sent', 'changed', 'change', 'from the office', 'ask the office', 'ring the office', 'the office will',
    'ask me', 'talk you through', "i'll text", 'will give', 'available from', 'are changed', 'every quarter',
  ],
  // solicitation/advertising
  offer: [
    'discount', 'off', 'half price', 'two-for-one', 'free quote', 'free quotes', 'free survey', 'free valuation',
    'first session free', "mates' rates", 'special', 'deal', 'offer', 'offers', 'offering', 'introductory', 'no fee',
    'fee-free', 'cheaper', 'cheap', 'reasonable', 'very reasonable', 'fair price', 'cash', 'cash in hand', 'ono',
    'for sale', 'selling', 'sell', 'sale', 'bargains', 'a session', 'an hour', 'a walk', 'a visit', 'a jar', 'a load',
    'each', 'a time', 'a set', 'a month', 'a box', 'a dozen', 'a day', 'no joining fee', 'free delivery', 'the lot',
    'face value', 'rates', 'price', 'prices', 'catalogue', 'brochure', 'first week free', 'slots', 'availability',
    'places available', 'taking orders', 'orders', 'delivered', 'collection only', 'must collect', 'best rate',
  ],
  'contact-me': [
    'drop me a line', 'give him a ring', 'give her a ring', 'give him a call', 'get in touch', 'message me',
    'tell your friends', 'pass it on', 'pass this on', 'spread the word', 'mention my name', 'say i sent you',
    'tell her i sent you', 'if anyone needs', 'if anyone wants', 'anyone need', 'anyone want', 'anyone fancy',
    'if anybody wants', "if you're interested", 'if interested', 'if any of you', 'please share', 'share our',
    'forward this', 'book direct', 'book through', 'point them our way', 'keep her in mind', 'come and see me',
    "he's your man", 'i can vouch', 'ask me', 'let me know', 'happy to pop round', 'here\'s her number',
    "i'll give you his number", 'pass my number', 'pass our details', 'mention the council', 'who mentions',
    'mention this email', 'tell your staff', 'feel free to pass', 'council staff', 'council folk', 'for councillors',
  ],
  'own-business': [
    'my son', 'my daughter', 'my wife', 'my husband', 'my partner', 'my brother', 'my sister', 'my brother-in-law',
    'my sister-in-law', 'my cousin', 'my niece', 'my nephew', 'my mate', 'my friend', 'my uncle', 'my mum', 'my lad',
    'my firm', 'my company', 'my business', 'my shop', 'my agency', 'my practice', 'my gym', 'my garage', 'my van',
    'our family', 'our farm', 'our b&b', 'our new', 'i run', "i'm a", 'i do', 'i make', 'i sell', "we're a",
    "i've started", "i've got", "i'm selling", "i'm doing", "i'm hosting", "i'm running", "i'm launching", 'we run',
    "we've opened", 'we also do', "we've got", 'my printing', 'my taxi', 'my removal', 'my catering', 'my dog',
    'my holiday', 'my beauty', 'my yoga', 'my handyman', 'my estate', 'my accountancy', 'our garden centre',
    'our pest', 'our tree', 'our new gym', 'private work', 'private customers', 'day job', 'on the side', 'a rep',
    "i've just set up", 'stylist', 'side',
  ],
  'council-business': [
    "the council's", 'council', 'tender', 'tendered', 'quote', 'quotes', 'declare', 'interest', 'contract', 'contractor',
    'supplier', 'agenda', 'committee', 'volunteers', 'volunteer', 'proceeds', 'charity', "mayor's", 'fun day',
    'free entry', 'licence', 'planning', 'apply', 'who do i', 'who should i', 'does the council', 'could the council',
    'is there', 'procurement', 'grant', 'award', 'sponsor', 'sponsors', 'donated', 'donating', 'thanks to', 'thank you',
    'our thanks', 'financial regulations',
  ],
  // Gates: the specific cues that let a class judge a window at all (the families above are
  // features; these are the candidates). Ambiguous words ("record", "legal", "heads up", "price")
  // stay features only.
  'gate-confidential': [
    'part ii', 'closed session', 'exempt report', 'exempt item', 'exempt minutes', 'exempt business',
    'behind closed doors', 'private session', 'confidential session', 'secret bit', 'private part', 'confidential report', 'confidential appendix', 'confidential minutes', 'keep this to yourself',
    'keep it to yourself', 'keep it quiet', 'keep quiet', 'off the record', "don't tell", "don't spread", "don't share",
    "don't pass", "don't forward", 'do not forward', "don't breathe", 'not for repeating', 'not to be repeated',
    'do not repeat', "didn't hear it from me", "didn't get this from me", "mum's the word", 'hush', 'under your hat',
    'entre nous', 'in confidence', 'in strict confidence', 'confidentially', "shouldn't be telling", "shouldn't say",
    'unofficially', 'not public yet', "isn't public", 'not for publication',
    'for your eyes only', 'only telling you', "won't repeat", "mustn't repeat", 'should not disclose',
    'not to be disclosed', 'for your private information', 'treat this as confidential', 'regard this as confidential',
    "wasn't supposed to", 'before it goes public', "don't say anything", "i probably shouldn't", 'not minuted', 'hush hush',
    'keep this quiet', 'please keep quiet',
    'agreed in private', 'decided in private', 'discussed in private', 'agreed privately', 'decided privately',
    'voted privately', 'privately agreed', 'privately decided', 'in private session', "i'm not supposed to",
    "i'm not meant to", "i wasn't supposed to",
  ],
  // "Between us, ..." opens a confidence only at the start of a sentence ("the difference between us" does not).
  'between-us': ['between us', 'between ourselves', 'between you and me', 'strictly between'],
  // Legal and staffing words: common in news and business mail, so they open the gate only as the
  // council's own legal advice (a lawyer near an advice word) or a staffing matter about a person.
  'gate-legal': ['solicitor', 'solicitors', 'counsel', 'barrister', 'lawyer', 'lawyers', 'legal team', 'legal adviser'],
  'advice-word': [
    'says', 'said', 'say', 'thinks', 'think', 'reckons', 'advised', 'advises', 'advice', 'view', 'opinion', 'told',
    'warned', 'confirmed', 'indicated', 'letter', 'believe', 'believes', 'expect', 'likely', 'probably',
  ],
  'gate-staffing': [
    'investigation', 'investigated', 'investigating', 'suspended', 'disciplinary', 'grievance', 'dismissed', 'sacked',
    'redundant', 'redundancy', 'final warning', 'written warning', 'last warning', 'settlement', 'misconduct',
  ],
  'own-side': [
    'we', 'our', 'us', "we're", "we've", "we'll", 'the council', "the council's", 'members', 'committee', 'councillors',
    'the chair', 'the clerk', 'the mayor', 'you', 'your', 'i', "i'm", "i've", 'me', 'my',
  ],
  'gate-special': [
    'diagnosed', 'diagnosis', 'cancer', 'chemotherapy', 'chemo', 'stroke', 'heart attack', 'depression', 'anxiety',
    'panic attacks', 'nervous breakdown', 'a breakdown', 'rehab', 'dementia', "alzheimer's", 'pregnant', 'miscarriage',
    'lost the baby', 'ivf', 'hysterectomy', 'mastectomy', 'vasectomy', 'epilepsy', 'hiv', 'hiv-positive', 'bipolar',
    'schizophrenia', 'autism', 'autistic', 'adhd', "parkinson's", 'motor neurone disease', 'sectioned', 'alcoholic',
    'alcoholism', 'drinking problem', 'drinking heavily', 'methadone', 'heroin', 'addict', 'addiction', 'antidepressants',
    'long covid', 'arthritis', 'fibromyalgia', 'endometriosis', 'menopause', 'anorexia', 'eating disorder', 'ocd',
    'lung disease', 'slipped disc', 'kidney infection', 'registered blind', 'hearing impairment', 'gallbladder',
    'suicide', 'self-harm', 'amputated', 'phased return', 'occupational health', 'maternity', 'gambling addict',
    "down's syndrome", 'mental health', 'signed off with', 'off sick', 'sick leave', 'surgery', 'an operation',
    'operation on', 'in hospital', 'in the hospice', 'hospice', 'leukaemia', 'leukemia', 'terminal', 'multiple sclerosis',
    'ms', 'disability', 'wheelchair', 'stress', 'on medication', 'medication for', 'drugs test', 'mental illness',
    'disciplinary', 'written warning', 'final warning', 'last warning', 'capability', 'performance plan',
    'performance improvement plan', 'on probation', 'suspended', 'gross misconduct', 'grievance', 'sacked', 'docked',
    'half pay', 'sick pay', 'is gay', "he's gay", "she's gay", 'openly gay', 'a lesbian', 'bisexual', 'is transitioning',
    "he's transitioning", "she's transitioning", 'been transitioning',    'gender reassignment', 'muslim', 'muslims', 'catholic', "jehovah's witness", 'sikh', 'quaker', 'hijab', 'prays',
    'jewish', 'hindu', 'devout', 'conviction', 'convicted', 'prison', 'cautioned', 'a caution', 'arrested',
    'charged with', 'sex offender', 'paedophile', 'drink-driving', 'drugs offence', 'released from prison',
    'criminal record', 'a record for', 'done for', 'in trouble with the police', 'domestic abuse', 'domestic violence',
    'shoplifting', 'burglary', 'arson', 'robbery', 'affray', 'fraud', 'theft', 'assault', 'assaulting', 'harassment',
  ],
  // Private selling: the sender's own or a relative's trade, or an invitation to buy. Offer words
  // alone ("for sale", "half price") open the gate only beside the first person.
  'gate-advertising': [
    'my son', 'my daughter', 'my wife', 'my husband', 'my partner', 'my brother', 'my sister', 'my brother-in-law',
    'my sister-in-law', 'my cousin', 'my niece', 'my nephew', 'my mate', 'my friend', 'my uncle', 'my mum', 'my lad',
    'my firm', 'my company', 'my business', 'my shop', 'my agency', 'my practice', 'my gym', 'my garage',
    'our family', 'our farm', 'our b&b', 'i run', 'i sell', "we're a", "i've started", "i'm selling", "i'm hosting",
    "i'm running", "i'm launching", "we've opened", 'we also do', 'private work', 'private customers', 'day job',
    'on the side', "i've just set up", 'drop me a line', 'give him a ring', 'give her a ring', 'give him a call',
    'tell your friends', 'spread the word', 'mention my name', 'say i sent you', 'tell her i sent you', 'if anyone needs',
    'if anyone wants', 'anyone need', 'anyone want', 'anyone fancy', 'if anybody wants', 'book direct', 'book through my',
    'point them our way', 'keep her in mind', 'come and see me', "he's your man", 'i can vouch', 'who mentions',
    'mention this email', 'mention the council', 'please share', 'pass it on', 'pass this on', 'pass my number',
    'pass our details', 'share our', 'forward this to residents', 'a rep', 'stylist', 'my dog', 'my holiday', 'my beauty', 'my yoga', 'my taxi', 'my removal', 'my catering',
    'my printing', 'my estate', 'my accountancy', 'my handyman', 'my partner\'s', 'my bike', "i'm doing",
    // A trader asking the council to pass their trade on (written from train misses, issue #17).
    'self-employed', 'my flyer', 'my flyers', 'our flyer', 'our flyers', 'our leaflets', 'my leaflets', 'our opening offer',
    'free trial', 'put a word in', 'tell your councillors', 'your councillors about', 'your members need', 'council family',
    'my mobile', 'our mobile', 'my coffee', 'pick-your-own', 'farm gate',
  ],
  // tone/impolite
  // Sarcasm and condescension that need no context: said sincerely they are still barbed.
  sarcasm: [
    'what a surprise', 'thanks for nothing', 'how nice of', 'how kind of you to finally', 'only took',
    'for the last time', 'spare me', 'do try', 'try harder',
    "i'll assume", "i'll take it that", 'perhaps someone', 'heaven forbid', "you're welcome", 'masterpiece',
    'what would we do without', 'keep up the', 'grace us', "i'd ask whether", 'we both know', 'too much to ask',
    "if that's not too", 'not too taxing', "if it's not too much", 'in words of one syllable',
    'one would have thought', 'i would have thought', 'ten out of ten',
    'take the biscuit', 'draw your own conclusions', 'like everything else', 'literally my job', 'not rocket science',
    "i'm not a mind reader", "i'm not your mum", 'per my', 'with all due respect', 'no offence', 'not for the first time',
    'let me spell it out', "i'll say this slowly", 'sink in', 'sinks in', 'do let me know when', 'could be bothered',
    "couldn't be bothered", 'must have missed', 'more important things', "don't worry about me", 'interesting that',
    "i'm only the one", 'my favourite thing', 'waste of', "don't bother", "don't insult", 'expected nothing',
    'hold my breath', "i'll assume",
    "i'm sure there's", "i'm sure you", "i'm sure whoever", 'as anyone',
    'as you would know', "as you'd know", 'shall i also', 'is it too much', 'or is that', 'or shall i', 'even the office',
    'a child could', 'i give up', 'whatever you think', 'as i have said', 'as i have already',
    "i've lost count", 'have to do everything', 'do i have to', 'do you people', 'is anyone actually',
  ],
  // Words that sharpen a grievance but are ordinary on their own ("once again, thank you").
  'sarcasm-weak': [
    'only been', 'as usual', 'as always', 'once again', 'yet again', 'presumably', 'obviously', 'clearly', 'apparently',
    'frankly', 'honestly', 'i assume', 'evidently', 'the art of', 'if you had', "if you'd", 'repeatedly', 'and counting',
    'some of us', 'actually', 'even', 'really', 'simply', 'seriously', 'literally',
  ],
  // Praise words: sincere on their own, sarcastic beside a grievance (h:praise-with-grievance).
  praise: [
    'oh', 'marvellous', 'brilliant', 'lovely', 'delighted', 'congratulations', 'great', 'amazing', 'wonderful',
    'well done', 'thanks so much', 'thank you so much', 'nice', 'so glad', 'glad', 'impressive', 'fantastic', 'super',
    'helpful', 'kind', 'prompt', 'enjoyed', 'finally', 'at last',
  ],
  grievance: [
    'again', 'another', 'still', 'wrong', 'late', 'nobody', 'never', 'waste', 'missed', 'broken', 'ignored', 'ignoring',
    'weeks', 'months', 'third time', 'fourth time', 'fifth time', 'died', 'smashed', 'empty', 'nothing', 'mess',
    'two different', 'six weeks', 'forgot', 'failed', 'no one', 'not a single', 'useless', 'pointless', 'day before',
  ],
  polite: [
    'please', 'thank', 'thanks', 'grateful', 'appreciate', 'appreciated', 'sorry', 'apologies', 'could you',
    'would you', 'kind regards', 'happy to', 'if that helps', 'would it help', 'i wonder', 'i wondered', 'whenever',
    'no rush', 'when you get a moment', "i'd be grateful", 'many thanks', 'i think', "i don't think", 'might',
    'could we', 'could someone', 'can we', 'would it be', 'if helpful', 'if useful', "i'm afraid", 'i understand',
    'do call', 'let me know', 'shout if',
  ],
  complaint: [
    'disappointed', 'frustrated', 'unhappy', 'not satisfied', 'complaint', 'complain', 'object', 'concerned',
    'still', 'waiting', 'chase', 'reminder', 'nudge', 'formal', 'reconsider',
  ],
};
