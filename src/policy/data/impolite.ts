// Curt, hostile and sarcastic phrases for tone/impolite (clause 4.3c "use appropriate language").
// Each entry: a regular-expression source (case-insensitive, non-capturing groups only), its kind,
// and kinder rewrites offered to the writer (empty when the kinder thing is to leave it out).
export interface ImpolitePhrase {
  pattern: string;
  kind: 'phrase' | 'sarcasm';
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
  { pattern: "i(?:'m|’m| am) sure you(?:'re|’re| are) (?:very |terribly |extremely )?busy", kind: 'sarcasm', suggestions: [] },
  { pattern: 'heaven forbid', kind: 'sarcasm', suggestions: [] },
  { pattern: "not that anyone (?:cares|listens|reads)", kind: 'sarcasm', suggestions: [] },
];
