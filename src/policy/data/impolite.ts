// Curt, hostile and sarcastic phrases for tone/impolite (clause 4.3c "use appropriate language").
// Each entry: a regular-expression source (case-insensitive, non-capturing groups only), its kind,
// and kinder rewrites offered to the writer (empty when the kinder thing is to leave it out).
export interface ImpolitePhrase {
  pattern: string;
  kind: 'phrase' | 'sarcasm' | 'condescending' | 'passive';
  suggestions: string[];
}

export const IMPOLITE_PHRASES: ImpolitePhrase[] = [
  { pattern: "as (?:i|we)(?: have|'ve|’ve)? (?:already|previously|repeatedly) (?:told|explained to|informed|said to|pointed out to) you", kind: 'phrase', suggestions: ['As mentioned in my earlier email', 'To recap'] },
  { pattern: "(?:as )?per my (?:last|previous|earlier) (?:email|e-mail|message)", kind: 'phrase', suggestions: ['Following up on my earlier email', 'To recap'] },
  // "For the last time, …" opens a rebuke; "we met for the last time in May" is a date.
  { pattern: 'for the (?:hundredth|umpteenth) time|for the (?:last|final) time(?=,)', kind: 'phrase', suggestions: ['To confirm', 'Just to clarify'] },
  { pattern: "what part of [^.?!\\n]{1,60}? (?:don't|do not|didn’t|didn't|did not) you (?:understand|get)", kind: 'phrase', suggestions: ['Let me explain this more clearly'] },
  { pattern: '(?:how )?many times do (?:i|we) (?:have|need) to', kind: 'phrase', suggestions: ['I would like to raise this again'] },
  { pattern: "i (?:shouldn't|should not|should’t) (?:have|need) to (?:tell|remind|explain|ask|chase)", kind: 'phrase', suggestions: ['Just a reminder', 'Could I ask you to'] },
  // "Obviously" is condescending when it is aimed at the reader; "obviously the peak would have been
  // higher" is ordinary reasoning (issue #16).
  { pattern: 'obviously(?=,? you\\b)', kind: 'phrase', suggestions: ['as you may know', 'it seems that'] },
  { pattern: "you (?:obviously|clearly) (?:didn't|did not|don't|do not|haven't|have not|hadn't|can't|cannot|couldn't|failed|missed|forgot|never|weren't|were not)", kind: 'phrase', suggestions: ['it seems that you'] },
  { pattern: 'frankly,? (?:this is |that is |it is |it\'s )?(?:ridiculous|absurd|pathetic|unacceptable|appalling|laughable|outrageous|disgraceful)', kind: 'phrase', suggestions: ['I am disappointed that', 'this is not what I expected'] },
  { pattern: '(?:totally|utterly|completely|absolutely) (?:ridiculous|pathetic|useless|laughable|absurd|hopeless|incompetent)', kind: 'phrase', suggestions: ['disappointing', 'not working as it should'] },
  { pattern: 'do your (?:bloody |damn |own )?job', kind: 'phrase', suggestions: ['could you look into this'] },
  { pattern: '(?:i )?(?:demand|expect) (?:a|an|your) (?:response|answer|reply|explanation|apology) (?:by|within|immediately|today|now)', kind: 'phrase', suggestions: ['I would be grateful for a reply by'] },
  { pattern: 'read my (?:previous|last|earlier|original) (?:email|message) (?:again|properly|carefully)', kind: 'phrase', suggestions: ['my earlier email explains this'] },
  { pattern: 'you people', kind: 'phrase', suggestions: ['you and your colleagues', 'the team'] },
  { pattern: 'shut up', kind: 'phrase', suggestions: [] },
  // Not a neutral preference: "I don't care which room we use".
  { pattern: "(?:i )?(?:don't|do not) care(?! (?:which|whether|either))", kind: 'phrase', suggestions: ['that is not something I can help with'] },
  { pattern: "(?:that's |that is |it's |it is )?not my problem", kind: 'phrase', suggestions: ['this is outside my area, but'] },
  // "Grow up" as a rebuke, not "as the children grow up".
  { pattern: "(?:get a grip|get your act together|pull your finger out|(?:just|please|oh|so|you need to|you should|time to|go and) grow up|grow up!)", kind: 'phrase', suggestions: [] },
  { pattern: "because i said so", kind: 'phrase', suggestions: [] },
  { pattern: "i(?:'m|’m| am) (?:sick|fed up|tired)(?: and tired)? of", kind: 'phrase', suggestions: ['I am concerned about'] },
  { pattern: 'with all due respect', kind: 'phrase', suggestions: [] },
  { pattern: 'no offence,? but', kind: 'phrase', suggestions: [] },
  { pattern: "(?:it's|it is) not rocket science", kind: 'sarcasm', suggestions: [] },
  { pattern: 'thanks for nothing', kind: 'sarcasm', suggestions: [] },
  // As an exclamation on its own ("Oh great, another meeting."), not "oh great news".
  { pattern: '(?:yeah|oh),? (?:right|great|sure|brilliant)(?=\\s*(?:[,.!…]|$))', kind: 'sarcasm', suggestions: [] },
  { pattern: 'surprise,? surprise', kind: 'sarcasm', suggestions: [] },
  // As an exclamation on its own ("What a surprise."), not "how surprising the results were".
  { pattern: '(?:what a|how) (?:surprise|shock|shocking|surprising)(?=\\s*(?:[.!…]|$))', kind: 'sarcasm', suggestions: [] },
  { pattern: "(?:nice|good|kind) of you to (?:finally )?(?:reply|respond|get back|bother|turn up)", kind: 'sarcasm', suggestions: ['Thank you for your reply'] },
  { pattern: 'if (?:you|anyone) can be bothered', kind: 'sarcasm', suggestions: ['when you have a moment'] },
  { pattern: "(?:finally|at last) (?:bothered|deigned|managed) to", kind: 'sarcasm', suggestions: [] },
  { pattern: "i(?:'m|’m| am) sure you(?:'re|’re| are) (?:all )?(?:very |terribly |extremely )?busy", kind: 'sarcasm', suggestions: [] },
  { pattern: 'heaven forbid', kind: 'sarcasm', suggestions: [] },
  { pattern: "not that anyone (?:cares|listens|reads)", kind: 'sarcasm', suggestions: [] },
  // Issue #17 (helper data-b), families read from the council corpus's train and dev splits: condescension,
  // exasperation and passive aggression with no rude word. Each needs its barb, not just its topic.
  { pattern: "i[’']?(?:d| would) have thought (?:this|that|it) (?:was|is|would be) (?:obvious|self-explanatory|clear enough)", kind: 'phrase', suggestions: ['To clarify'] },
  // "I'll say this slowly" is tone/impolite-register's (slowing down for the reader).
  { pattern: "in words of one syllable|let me spell it out", kind: 'phrase', suggestions: ['To explain'] },
  { pattern: "(?:so|until) it sinks in|(?:message|email|e-mail|letter|point) (?:clearly |obviously )?(?:didn[’']t|did not|hasn[’']t|has not) (?:seem to )?(?:register|sink in)", kind: 'phrase', suggestions: [] },
  { pattern: "read (?:the|my|your|our) [^.?!\\n]{1,30}? before (?:emailing|asking|contacting|writing to|replying to) me", kind: 'phrase', suggestions: ['the guidance explains this'] },
  { pattern: "try (?:using|reading|opening|looking at) [^.?!\\n]{1,30}? this time", kind: 'phrase', suggestions: [] },
  { pattern: "(?:reply|respond) to the actual question|answer the actual question", kind: 'phrase', suggestions: ['could you answer my question about'] },
  { pattern: "(?:i[’']ll|i will) just do it myself|do (?:i|we) have to do everything (?:myself|ourselves)", kind: 'phrase', suggestions: [] },
  { pattern: "whatever you (?:think|like|want)(?: is best)?,? (?:as usual|as always|you always do)|have it your (?:own )?way|(?:honestly|frankly|well),? i give up", kind: 'phrase', suggestions: [] },
  { pattern: "(?:couldn[’']t|could not|can[’']t|cannot) be bothered", kind: 'phrase', suggestions: [] },
  { pattern: "(?:don[’']t|do not) (?:worry about|mind) me,? (?:i[’']m|i am|i) (?:only|just)", kind: 'sarcasm', suggestions: [] },
  { pattern: "i must have missed the (?:bit|part|meeting|memo|email|vote) where", kind: 'sarcasm', suggestions: [] },
  { pattern: "(?:i[’']m|i am) sure you (?:had|have) (?:far |much )?(?:more|better) (?:important|pressing) things to do", kind: 'sarcasm', suggestions: [] },
  { pattern: "(?:interesting|funny|odd|strange|curious) (?:that|how) [^.?!\\n]{1,60}? (?:get|gets|got) (?:answered|a reply|replies|a response)", kind: 'sarcasm', suggestions: [] },
  { pattern: "rather than (?:that )?you (?:ignored|chose to ignore|couldn[’']t be bothered)", kind: 'sarcasm', suggestions: [] },
  { pattern: "(?:oh|gosh),? (?:marvellous|wonderful|fantastic|brilliant|great|lovely|super|perfect)[,!.]? (?!thank|see you|speak)[^.?!\\n]{0,60}?\\bagain\\b", kind: 'sarcasm', suggestions: [] },
  { pattern: "another [^.?!\\n]{1,40}?,? my favourite (?:thing|subject|topic)|how (?:thrilling|riveting)(?=\\s*(?:[.!…]|$))", kind: 'sarcasm', suggestions: [] },
  { pattern: "only took (?:\\w+ ){1,2}(?:weeks|months|years)!", kind: 'sarcasm', suggestions: [] },
  { pattern: "(?:a )?(?:complete|total|utter) waste of (?:an evening|a morning|an afternoon|a meeting|everyone[’']s time)", kind: 'phrase', suggestions: [] },
  // Entries that end in punctuation stay separate: an entry ending in a word, ")" or "]" gets a closing word boundary.
  { pattern: "i[’']ll just [^.?!\\n]{1,90}?,? shall i\\?", kind: 'sarcasm', suggestions: [] },
  { pattern: "i[’']ll just cancel my (?:weekend|holiday|evening|leave)", kind: 'sarcasm', suggestions: [] },
  { pattern: "some of us (?:do )?(?:actually |have actual |have (?:already )?read |are managing |have been waiting)", kind: 'sarcasm', suggestions: [] },
  { pattern: "(?:which|what) part of [\"“‘'][^\"”’\\n]{1,40}[\"”’'] (?:was|is|needs|did|do|does|means)", kind: 'phrase', suggestions: ['Let me explain this more clearly'] },
  { pattern: "did you (?:actually|even) (?:read|open|look at|check)", kind: 'phrase', suggestions: ['could you have another look at'] },
  { pattern: "(?:was|is) that (?:meant|supposed) to be (?:an answer|a reply|helpful)", kind: 'sarcasm', suggestions: [] },
  { pattern: "if you[’']?(?:d| had) (?:actually )?(?:read|opened|looked at|bothered to read) [^.?!\\n]{1,40}?,? you[’']?(?:d| would)(?:n[’']t| not)? (?:know|see|have seen|have known|need)|(?:would know|would have seen) if (?:you|they|he|she|members)[’']?(?:d| had)|as anyone who[’']?(?:d| had) (?:read|opened|looked at)", kind: 'phrase', suggestions: ['as set out in'] },
  { pattern: "(?:please |do )?try to keep up|for those (?:of you )?at the back", kind: 'phrase', suggestions: [] },
  { pattern: "(?:won[’']t|will not|shall not) dignify|i[’']ll let that (?:comment |remark )?pass", kind: 'phrase', suggestions: [] },
  { pattern: "[.!?] again\\.", kind: 'phrase', suggestions: [] },
  { pattern: "[.!?] again!", kind: 'phrase', suggestions: [] },
  { pattern: "congratulations on (?:ignoring|finally)|(?:has|have) finally (?:noticed|discovered|realised)|(?:discovered|noticed|found) [^.?!\\n]{1,40}? at last", kind: 'sarcasm', suggestions: [] },
  { pattern: "(?:third|fourth|fifth) time of asking|(?:ask|asking|tell|telling|explain|explaining|say|saying)(?: this| it| you)? (?:a|for the) (?:third|fourth|fifth) time", kind: 'phrase', suggestions: ['I would like to raise this again'] },
  { pattern: "the clue[’']?s in the (?:name|title)|the clue is in the (?:name|title)", kind: 'sarcasm', suggestions: [] },
  { pattern: "cheers for nothing|(?:won[’']t|will not|not going to) (?:be )?hold(?:ing)? my breath", kind: 'sarcasm', suggestions: [] },
  { pattern: "i[’']?m not your (?:secretary|pa|personal assistant|it support|servant|mother)", kind: 'phrase', suggestions: [] },
  { pattern: "per my last (?:two|three|four|five|several) (?:emails|e-mails|messages)", kind: 'phrase', suggestions: ['Following up on my earlier emails'] },
  { pattern: "or (?:shall|should) i (?:just )?guess|do enlighten me|(?:no\\? )?thought not\\.", kind: 'sarcasm', suggestions: [] },
  { pattern: "(?:i[’']ve )?lost count of (?:how many times|the times)|just answer the question|do your own research|the least you could do", kind: 'phrase', suggestions: [] },
  { pattern: "even (?:the office|you|the council|a child|members) (?:should|could|can|ought to) manage", kind: 'phrase', suggestions: [] },
  { pattern: "i[’']?m not going to (?:repeat|explain) (?:myself|the whole|this again|it again)|waste any more of my time|can(?:[’']t|not) keep (?:explaining|repeating|telling you)", kind: 'phrase', suggestions: [] },
  { pattern: "if i[’']?(?:d| had) wanted a lecture|do try to (?:keep|stick) to the point|(?:don[’']t|do not) patroni[sz]e|(?:don[’']t|do not) come (?:crying|running) to me", kind: 'phrase', suggestions: [] },
  { pattern: "(?:don[’']t|do not) tell me how to|(?:don[’']t|do not) need (?:\\w+ ){1,3}telling me how to|(?:nobody|no one|no-one) ever tells me", kind: 'phrase', suggestions: [] },
  { pattern: "(?:don[’']t know|wonder) why i (?:even )?bother|take(?:s)? the biscuit|mastered the art of|i had rather hoped", kind: 'sarcasm', suggestions: [] },
  { pattern: "just saying\\.|shocker\\.|shocker!", kind: 'sarcasm', suggestions: [] },
  { pattern: "(?:shocking|shock), i know", kind: 'sarcasm', suggestions: [] },
  { pattern: "(?:one|i)[’']?(?:d| would) have thought (?:a|an|someone|somebody|anyone|you|members|the) [^.?!\\n]{1,40}?(?:could|would|might|should) (?:manage|know|spell|read|be able)", kind: 'phrase', suggestions: [] },
  { pattern: "i realise (?:email|change|reading|spelling|numbers|technology|maths) (?:is|are) (?:hard|scary|difficult)|(?:aren[’']t|isn[’']t|are not|is not) (?:everyone[’']s|your) strong (?:point|suit)", kind: 'phrase', suggestions: [] },
  { pattern: "(?:ten out of ten|full marks|10/10) for effort", kind: 'sarcasm', suggestions: [] },
  // Council suites (helper curt): condescension, sarcasm and passive aggression aimed at the reader.
  { pattern: "do try to (?:hold on to|remember|grasp) (?:that|this)|(?:i[’']?d|one would) have thought even you", kind: 'condescending', suggestions: [] },
  { pattern: "(?:speedy|prompt|quick)[^.?!\\n]{0,60}?a mere (?:\\w+ ){1,2}(?:weeks|months)|no (?:rush|hurry)[,.!—–-]*\\s*it[’']s only been", kind: 'sarcasm', suggestions: [] },
  { pattern: "(?:should|if) (?:he|she|they|you|anyone) ever manages? to (?:locate|reply|answer|read)|(?:answering|us) mere (?:parishioners|residents|taxpayers)|what with all (?:those|your) (?:important|busy)", kind: 'sarcasm', suggestions: [] },
  { pattern: "as i (?:have )?(?:now |already )?(?:said|asked|explained) in my (?:last|previous) (?:two|three|four|several) (?:emails|messages)|i can only assume (?:that )?(?:nobody|no one|you)\\b|for your (?:co-?operation|help) this time", kind: 'passive', suggestions: ['Just a reminder that', 'Thank you for your help'] },
  { pattern: "frankly,? i expect(?:ed)? better|i expect(?:ed)? better (?:than this|of you)|(?:can[’']t|couldn[’']t) organi[sz]e (?:itself|themselves|a piss-up)", kind: 'phrase', suggestions: ['I am disappointed that'] },
];
