// Word lists for personal-data/special-category: UK GDPR Art. 9 (health, racial or ethnic origin,
// religious beliefs, sex life or sexual orientation, trade union membership) and Art. 10 (criminal
// offences). Single words are never enough ("the council's health and safety policy", "the church
// hall"): the rule looks for a cue that ties the data to a person ("Mrs X has dementia", "his
// diagnosis", "was diagnosed with", "she is a practising Muslim", "he was arrested").

/** Conditions, as they follow "has", "suffering from", "his/her". Lower case; matched case-insensitively. */
export const HEALTH_CONDITIONS: readonly string[] = [
  'dementia', 'alzheimer’s', "alzheimer's", 'alzheimers', 'cancer', 'leukaemia', 'a tumour', 'a brain tumour',
  'depression', 'anxiety', 'schizophrenia', 'bipolar disorder', 'bipolar', 'autism', 'adhd', 'diabetes',
  'epilepsy', 'hiv', 'aids', 'multiple sclerosis', 'ms', 'parkinson’s', "parkinson's", 'parkinsons',
  'motor neurone disease', 'mnd', 'a stroke', 'a heart attack', 'a heart condition', 'heart disease', 'copd',
  'mental health problems', 'mental health issues', 'mental health difficulties', 'a mental illness', 'mental illness',
  'a learning disability', 'learning disabilities', 'learning difficulties', 'ptsd', 'psychosis',
  'an eating disorder', 'anorexia', 'bulimia', 'an addiction', 'addiction', 'alcoholism', 'a drink problem',
  'a drug problem', 'long covid', 'covid', 'covid-19', 'arthritis', 'a disability', 'a terminal illness',
  'a serious illness', 'an illness', 'a long-term condition', 'a medical condition', 'ill health', 'kidney failure',
  'a brain injury', 'cerebral palsy', 'down syndrome', 'down’s syndrome', "down's syndrome", 'ocd',
  'a personality disorder', 'a mental breakdown', 'a breakdown', 'hepatitis', 'tuberculosis', 'sickle cell',
];

/** What may sit between the verb and the condition: "has early-onset dementia", "has stage 3 cancer". */
export const CONDITION_MODIFIERS: readonly string[] = [
  'severe', 'mild', 'early-onset', 'early onset', 'advanced', 'terminal', 'chronic', 'acute', 'suspected',
  'vascular', 'clinical', 'stage 1', 'stage 2', 'stage 3', 'stage 4', 'type 1', 'type 2', 'secondary', 'incurable',
];

/**
 * Treatments that name an illness by themselves (issue #17): "she's started chemotherapy", "he's in for a
 * new hip", said of a named person as the reason they are away. Not "surgery" (a councillor's) or "an
 * operation" (a police one), and not "tests" or "a scan", which say nothing of what is wrong.
 */
export const TREATMENTS = "chemo\\w*|radiotherapy|dialysis|ivf|rehab|an? (?:mastectomy|hysterectomy|transplant|new (?:hip|knee))";

/**
 * Being away because of a named illness (issue #17): "she's off with depression", "he's been signed off
 * after a heart attack", "in hospital since her stroke". Plain "off sick" names no illness.
 */
export const AWAY_BECAUSE = "(?:(?:signed )?off|away|unwell|in hospital) (?:with|after|since)";

/**
 * A person's religious practice (Art. 9), after a person (issue #17): "he'll be at Friday prayers",
 * "Mrs Hill goes to Mass", "she's fasting for Ramadan", "he keeps kosher": a verb said of one person
 * ("is", "goes"), so "those fasting for Ramadan" is no one in particular. A place of worship alone is
 * a venue ("at the mosque for the open day"), and an iftar or a service is an event.
 */
export const WORSHIP =
  "(?:\\b(?:is|was|will be)|['’](?:s|ll be)) (?:at|going to|observing|keeping|fasting(?: for| during)?)|\\b(?:goes to|went to|attends|observes|keeps)";
/** What they go to or keep, after WORSHIP's verb: "at the mosque for jummah", "the Sabbath". */
export const WORSHIP_WHAT = "(?: the)? (?:(?:mosque|synagogue|gurdwara|church)(?: for)? )?(?:friday )?(?:prayers|jummah|mass|sabbath|ramadan|kosher|halal)";

/** After a condition, words that make it a service or campaign, not a person's health ("dementia support"). */
export const CONDITION_NOT_PERSONAL: readonly string[] = [
  'support', 'services', 'service', 'care', 'friendly', 'awareness', 'cafe', 'café', 'group', 'groups', 'strategy',
  'team', 'nurse', 'nurses', 'ward', 'champion', 'champions', 'centre', 'clinic', 'unit', 'policy', 'week', 'month',
  'day', 'research', 'charity', 'society', 'trust', 'screening', 'prevention', 'campaign', 'fund', 'appeal', 'walk',
  'run', 'hub', 'network', 'forum', 'training', 'advice', 'helpline', 'information', 'sufferers', 'patients',
];

/** Verbs that tie a condition to the person before them ("Margaret has dementia"). */
export const HAS_VERBS: readonly string[] = [
  'has', 'had', 'has got', 'has had', 'is living with', 'lives with', 'has been living with', 'is recovering from',
  'is battling', 'is struggling with', 'died of', 'died from', 'passed away from', 'is in hospital with',
  'was admitted with', 'is being treated for', 'was treated for', 'is receiving treatment for', 'developed',
];

/** Verbs that tie a condition to a person on their own: they are only ever said of someone. */
export const SUFFERING_VERBS: readonly string[] = ['suffering from', 'suffers from', 'suffered from', 'suffering with', 'suffers with'];

/** Phrases that are health data about someone on their own. */
export const HEALTH_PHRASES: readonly string[] = [
  'was diagnosed with', 'has been diagnosed with', 'had been diagnosed with', 'was diagnosed as', 'is being diagnosed',
  'were diagnosed with', 'got diagnosed with', 'recently diagnosed with', 'newly diagnosed with',
  'was sectioned', 'has been sectioned', 'is sectioned', 'sectioned under the mental health act',
  'is terminally ill', 'was terminally ill', 'is pregnant', 'was pregnant', 'is expecting a baby',
  // Treatments ("is having chemotherapy", "is on dialysis") are TREATMENTS, after a person.
  'on medication for', 'is on antidepressants', 'was admitted to hospital', 'has been admitted to hospital',
  'was rushed to hospital', 'has been taken to hospital', 'is in a care home', 'has a carer', 'is registered blind',
  'is registered disabled', 'attempted suicide', 'has self-harmed', 'was self-harming', 'is self-harming',
];

/** Nouns that are health data when owned: "his diagnosis", "her medication". */
export const HEALTH_NOUNS: readonly string[] = [
  'diagnosis', 'prognosis', 'medical condition', 'health condition', 'illness', 'disability', 'mental health',
  'medication', 'medical records', 'medical record', 'medical history', 'health records', 'hospital appointment',
  'hospital appointments', 'treatment plan', 'chemotherapy', 'dementia', 'cancer', 'pregnancy', 'miscarriage',
  'symptoms', 'gp records', 'care plan', 'care needs', 'hiv status', 'mental illness', 'depression', 'addiction',
];
// Not "surgery" (a councillor's surgery), "operation" or "condition" (of a fence, of a contract).

/**
 * Possessives that point at one person other than the reader. Not "their" (often plural and generic:
 * "residents and their health"), and not "your"/"my": "sorry to hear about your diagnosis" to the
 * person themselves is not their data leaving to someone else.
 */
export const PERSONAL_POSSESSIVES: readonly string[] = ['his', 'her', 'my husband’s', "my husband's", 'my wife’s', "my wife's", 'my son’s', "my son's", 'my daughter’s', "my daughter's"];
/** Nouns specific enough to count after "their" too. */
export const THEIR_HEALTH_NOUNS: readonly string[] = ['diagnosis', 'prognosis', 'medical condition', 'medical records', 'medical history', 'gp records', 'hiv status'];

/** Criminal offence data (Art. 10) tied to a person. */
export const CRIMINAL_PHRASES: readonly string[] = [
  'was convicted', 'has been convicted', 'had been convicted', 'were convicted', 'was arrested', 'has been arrested',
  'had been arrested', 'got arrested', 'was cautioned', 'has been cautioned', 'was charged with', 'has been charged with',
  'was jailed', 'has been jailed', 'was imprisoned', 'was sent to prison', 'served time', 'served a prison sentence',
  'is on probation', 'was on probation', 'is on bail', 'was released from prison', 'is a registered sex offender',
  'is a sex offender', 'on the sex offenders register', 'has a criminal record', 'had a criminal record',
  'has previous convictions', 'has a previous conviction', 'has a conviction for', 'has convictions for',
  'his criminal record', 'her criminal record', 'their criminal record', 'his conviction', 'her conviction',
  'his convictions', 'her convictions', 'his prison sentence', 'her prison sentence', 'has an unspent conviction',
  'has a spent conviction', 'was given a suspended sentence', 'was given a community order',
  // The same in plain words (issue #17): "did time for", "has a caution for", "was sent down".
  'did time for', 'done time for', 'has done time', 'got a caution', 'was given a caution', 'was sent down',
  'has a record for', 'was banged up', 'went to prison for', 'was sent to jail', 'has been inside', 'out of prison',
  'got convicted', 'had a conviction for', 'released on licence', 'is on a tag',
  // A sentence passed, and coming out after it (issue #17): "was sentenced to", "just out of jail".
  'was sentenced to', 'has been sentenced to', 'got sentenced to', 'out of jail', 'out of the nick',
  'convicted of', 'convicted paedophile', 'convicted sex offender', 'convicted burglar',
];

/**
 * What the criminal justice system did to a person, in plain words (issue #17): "her husband's just been
 * locked up", "Steve was up in court last month", "he's got a record", "Darren's on a tag". The rule
 * needs a person as the subject just before (a name, a pronoun, a relation): "the hall was locked up"
 * is a building.
 */
export const JUSTICE_EVENTS =
  "(?:locked|banged) up|sent down|put away for|up (?:in court|before the (?:magistrates|beak))|before the magistrates|on (?:remand|a tag|licence|bail|the sex offenders register)|remanded in custody|electronically tagged|got a (?:criminal|police) record|in trouble with the police|known to the police|inside for|in (?:prison|jail|the nick)";

/**
 * Offences, as they follow "was done for", "got nicked for", "did two years for" (issue #17): the
 * verb alone is everyday ("the work was done for the council"), the offence makes it a record.
 */
export const OFFENCES: readonly string[] = [
  'handling', 'theft', 'burglary', 'robbery', 'fraud', 'benefit fraud', 'assault', 'gbh', 'affray', 'arson',
  'shoplifting', 'drink-driving', 'drink driving', 'drug dealing', 'dealing', 'possession', 'criminal damage',
  'dangerous driving', 'speeding', 'harassment', 'fly-tipping',
  'stealing', 'nicking', 'violence', 'domestic abuse', 'drugs',
];

/**
 * A same-sex partner of a third person ("her girlfriend", "his husband") implies their sexual
 * orientation (Art. 9). Said as logistics ("Jane and her wife will both be at the dinner") it is what
 * the person lives openly; it counts only where the writer treats it as private (PRIVATE_LIFE).
 */
export const SAME_SEX_PARTNERS: readonly string[] = [
  'her girlfriend', 'her wife', 'her fiancée', 'his boyfriend', 'his husband', 'his fiancé',
];
/**
 * Sexuality said in everyday idiom, after a person ("Martin bats for the other side", "she swings both
 * ways", "he's that way inclined"): the same as "he is gay" (Art. 9). Matched as phrases after the
 * verb forms; the rule needs a person just before them.
 */
export const SEXUALITY_IDIOMS =
  "\\b(?:bat(?:s|ted|ting)|play(?:s|ed|ing)) for the other (?:side|team)|\\bsw(?:ings|ung|inging) both ways|(?:\\bis|\\bwas|['’]s)(?: still)? (?:that way inclined|of that persuasion|in the closet)|\\b(?:came|come) out as (?:gay|lesbian|bi|trans)";

/**
 * A same-sex partner in plain words, after "he" or "she" ("he's been with a bloke for years", "she
 * lives with another woman"): as with "her girlfriend", it counts only where the writer treats it as
 * private. The partner's words follow the pronoun's: a man for "he", a woman for "she".
 */
export const PARTNER_VERBS =
  "(?:is|was|['’]s|has)(?: been)? (?:with|seeing|living with|going out with|dating|married to|moved in with)|lives with|moved in with";
export const MEN = 'bloke|man|guy|fella|fellow|lad|chap';
export const WOMEN = 'woman|girl|lass|lady';

/**
 * The writer treating a detail of someone's private life as private, in its sentence or the next or
 * last: asking for it to be left out or kept quiet, saying the person has not told people, or that
 * not everyone would accept it, or passing it on as a warning ("I'm only telling you so the church
 * isn't caught out", "I thought you ought to know").
 */
export const PRIVATE_LIFE =
  "\\b(?:leave (?:that|this|it) out|leave out (?:that|the)|keep (?:that|this|it) (?:quiet|private|to yourself)|(?:\\w+n['’]t|not) (?:mention|print|publish|include|repeat)|(?:\\w+n['’]t|not|never)(?: \\w+){0,3} (?:told (?:many|any\\w*|every\\w*|people|(?:her|his|the) (?:family|parents|village))|come out)|(?:nobody|no one|few people)(?: \\w+){0,4} (?:knows?|has been told)|(?:family|mum|mother|dad|father|parents|wife|husband|kids|children|church|work|office|village|lot|folks?) (?:\\w+ )?(?:ha(?:ve|s|d) no idea|(?:do|does|did)(?:n['’]t| not) know|(?:is|are)(?:n['’]t| not) aware|(?:ha(?:ve|s))(?:n['’]t| not) (?:a clue|been told))|in the closet|relaxed about|in confidence|between (?:us|you and me)|privately|only telling you|caught out|ought to know)";

/**
 * The writer hinting at a partner's meaning and at others' disapproval (issue #17): "Adrian lives with
 * his partner Simon, if you follow me, and some of the chapel families are old-fashioned about that".
 * With "his partner" or "her partner" nearby it tells the reader the person's sexuality.
 */
export const HINTED = "\\bif you (?:follow|get) (?:me|my drift)(?! (?:on|to|in)\\b)|\\b(?:old-fashioned|funny) about (?:that|it)\\b";

/** Beliefs and identities (Art. 9) after "he is", "Mrs X is", "they are". */
export const IDENTITY_TERMS: readonly string[] = [
  'muslim', 'a muslim', 'jewish', 'a jew', 'christian', 'a christian', 'catholic', 'a catholic', 'hindu', 'a hindu',
  'sikh', 'a sikh', 'buddhist', 'a buddhist', 'an atheist', 'a jehovah’s witness', "a jehovah's witness",
  'gay', 'lesbian', 'bisexual', 'transgender', 'trans', 'a trans woman', 'a trans man', 'non-binary', 'intersex',
  'a trade union member', 'a union member', 'a member of the union', 'a member of a union', 'a member of unison',
  'a member of unite', 'a member of the gmb', 'a union rep', 'a shop steward', 'an asylum seeker', 'a refugee',
  'of pakistani origin', 'of indian origin', 'of african origin', 'of caribbean origin', 'a traveller',
  'a gypsy', 'a romany gypsy', 'an irish traveller',
  // Said plainly (issue #17): "he's very devout", "Colin is very religious".
  'devout', 'religious',
];
/** After an identity term, words that make it about a place or an organisation ("a Catholic school"). */
export const IDENTITY_NOT_PERSONAL: readonly string[] = [
  'school', 'schools', 'church', 'churches', 'community', 'communities', 'charity', 'centre', 'group', 'groups',
  'association', 'society', 'festival', 'event', 'events', 'service', 'services', 'cemetery', 'burial', 'organisation',
  'organization', 'chapel', 'faith', 'area', 'housing', 'site', 'sites', 'pitch', 'pitches', 'camp', 'friendly',
  'pride', 'history', 'month', 'network', 'forum', 'venue', 'bar', 'club', 'rights', 'choir', 'tradition',
  'about',
];
export const IDENTITY_MODIFIERS: readonly string[] = ['practising', 'devout', 'openly', 'strict', 'orthodox', 'very'];

/** Nouns that are special-category data when owned ("her religion", "his sexuality"). */
export const IDENTITY_NOUNS: readonly string[] = [
  'religion', 'religious beliefs', 'religious views', 'faith', 'ethnicity', 'ethnic origin', 'ethnic background',
  'race', 'sexual orientation', 'sexuality', 'sex life', 'gender identity', 'trans status', 'trade union membership',
  'union membership', 'immigration status', 'asylum claim',
];

/** Words that name a person before "has" / "is" ("my husband has dementia", "the tenant is a Sikh"). */
export const PERSON_WORDS: readonly string[] = [
  'he', 'she', 'who', 'husband', 'wife', 'partner', 'mother', 'mum', 'father', 'dad', 'son', 'daughter', 'brother',
  'sister', 'neighbour', 'tenant', 'resident', 'child', 'grandson', 'granddaughter', 'grandmother', 'grandfather',
  'nan', 'grandad', 'aunt', 'uncle', 'friend', 'employee', 'colleague', 'applicant', 'complainant', 'lodger', 'carer',
  'boy', 'girl', 'man', 'woman', 'gentleman', 'lady', 'pupil', 'volunteer', 'member', 'clerk', 'councillor', 'officer',
  // Roles and everyday words for people (issue #17): "the new deputy is a Jehovah's Witness".
  'deputy', 'caretaker', 'cleaner', 'warden', 'manager', 'mayor', 'lad', 'chap', 'bloke', 'landlord', 'groundsman', 'lengthsman',
];

/** Capitalised words before "has"/"is" that are not people. */
export const NOT_PERSON_WORDS: readonly string[] = [
  'council', 'committee', 'town', 'parish', 'district', 'county', 'centre', 'center', 'service', 'team', 'trust',
  'charity', 'nhs', 'hospital', 'clinic', 'it', 'this', 'that', 'there', 'which', 'what', 'everyone', 'nobody',
  'anyone', 'someone', 'group', 'church', 'school', 'hall', 'library', 'board', 'government', 'department', 'office',
  'practice', 'surgery', 'society', 'club', 'association', 'company', 'ltd', 'plc', 'they', 'we', 'you', 'i',
  // What is suspended or stopped for a while, said first in a sentence: "Play was suspended for rain".
  'play', 'work', 'parking', 'those', 'people',
];

/**
 * Details told in prose (issue #17, helper sc6): closed classes a clerk would name, each read only when
 * one sentence ties it to someone identifiable just before it (a name, a title and surname, a role, "he"
 * or "she"). Conditions by their medical endings ("-itis", "-osis", "-oma", "-ectomy", "-algia") besides
 * HEALTH_CONDITIONS; mental health, addiction, impairments, pregnancy and operations by their words.
 * Words with an everyday sense are bounded ("a deaf ear", "a blind eye", "a gambling licence").
 */
export const PROSE_HEALTH =
  "(?!anti|nost|diplo|okla)\\w{4,}(?:itis|osis|oma|ectomy|ostomy|algia|aemia|pathy|plegia|phrenia)|\\w+ disease|sciatica|psych\\w+(?: (?:ward|unit|hospital))?|sectioned|(?:nervous|mental|consequent) (?:breakdown|disorder)|mental health|self-harm\\w*|alcoholi\\w+|gambling(?! [lpms])|addict\\w*|pregnan\\w+|miscarri\\w+|(?:kidney|liver|heart|lung|marrow) transplant|(?:hip|knee) replacement|(?:heart|hip|knee|back) (?:attack|condition|operation|surgery)|(?:operation|surgery) on (?:his|her) \\w+|deaf(?! ear)|(?:is|was|going) blind(?! eye| spot| to)|partially sighted|a wheelchair|menopaus\\w+";
/** HR steps about a member of staff: dismissal, discipline, investigation and a sickness record. */
export const PROSE_HR =
  "(?:was|been|got)(?: \\w+){0,2} (?:dismissed|sacked|suspended)|(?:contract|employment) was terminated|dismissal|disciplinary(?! p)|(?:final|written|verbal|second) warning|misconduct|under investigation|sickness (?:record|absences?)|absences? (?:this|last) year|absence away|days['’]? sick";
/** Identities (Art. 9) besides IDENTITY_TERMS: sexuality, gender reassignment, faith, union membership, ethnic origin. */
export const PROSE_IDENTITY =
  "homosexual|transition(?:ed|ing)(?! (?:to|from|the|our|his|her|its|of|into|over)\\b)|born (?:a )?(?:man|woman|boy|girl)|(?:a convert|converted) to \\w+|(?:muslims|sikhs|hindus|jews)|member of (?:unison|unite|the gmb|\\w+ union)|of \\w+ (?:descent|origin|heritage)";
/** Roles that make someone identifiable after a determiner ("the verger", "our litter picker"), besides PERSON_WORDS. */
export const PROSE_ROLES = 'verger|churchwarden|treasurer|secretary|chair\\w*|vicar|keyholder|worker|picker|assistant|candidate|couple';
/** Words between the person and the detail that make the person act on it, not have it ("asked whether the unit…"), or someone else its subject. */
export const PROSE_ACTS =
  "\\b(?:(?:ask|tell|told|sa[iy]|rang|wr[io]te|want|organi[sz]|run|ran|chair|rais|donat|support|volunteer|visit|sen[dt]|thank|lead|manag|treat)\\w*|about|your|(?:any|every|some)(?:one|body)|those|people|(?:you|i|we)(?:['’](?:re|ve|m)| (?:am|are|have|had|was|were)))\\b";
