// Politeness strategies after Danescu-Niculescu-Mizil et al., "A computational approach to
// politeness with application to social factors" (ACL 2013), Table 3: gratitude, deference,
// greeting, positive and negative words, apologising, please, please at the start, indirect
// "by the way", direct questions, direct starts, counterfactual and indicative modals, first and
// second person (and at the start), hedges and factuality. Word lists are ours, written for
// readability; the model learns how much each strategy counts (src/policy/data/politeness-weights.json).

/** Strategy name → phrases (lower case; a trailing * matches any ending). Matched anywhere. */
export const STRATEGY_PHRASES: Readonly<Record<string, readonly string[]>> = {
  gratitude: ['thank*', 'thanks', 'thx', 'appreciate*', 'grateful', 'cheers'],
  apologising: ['sorry', 'apologi*', 'apologise*', 'excuse me', 'my bad', 'forgive me', 'pardon', 'regret*'],
  please: ['please', 'pls', 'kindly'],
  indirect_btw: ['by the way', 'btw', 'incidentally'],
  counterfactual_modal: ['could you', 'would you', 'would it be', 'could we', 'would you mind', 'would it be possible'],
  indicative_modal: ['can you', 'will you', 'can we', 'will it'],
  first_plural: ['we', 'our', 'us', 'ours', "we're", "let's"],
  first_person: ['i', 'my', 'me', 'mine', "i'm", "i've", "i'd", "i'll", 'myself'],
  second_person: ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'd", "you'll", 'u', 'ur'],
  hedges: [
    'think', 'thought', 'suggest*', 'maybe', 'perhaps', 'possibly', 'probably', 'guess', 'seem*', 'wonder*',
    'might', 'somewhat', 'kind of', 'sort of', 'apparently', 'presumably', 'i believe', 'it appears',
    'if possible', 'if you can', 'i feel', 'in my opinion', 'i assume', 'not sure', 'i suppose',
  ],
  factuality: [
    'in fact', 'actually', 'really', 'the point', 'the reality', 'the truth', 'obviously', 'clearly',
    'certainly', 'of course', 'in reality', 'the fact', 'simply', 'just', 'indeed',
  ],
  positive: [
    'great', 'good', 'nice', 'helpful', 'excellent', 'wonderful', 'fantastic', 'awesome', 'glad', 'happy',
    'love', 'pleasure', 'kind', 'brilliant', 'well done', 'impressive', 'welcome', 'interesting', 'agree',
    'hope', 'cool', 'enjoy*', 'best', 'fine', 'correct', 'right',
  ],
  negative: [
    'wrong', 'bad', 'stupid', 'ridiculous', 'nonsense', 'waste', 'useless', 'terrible', 'fail*', 'hate',
    'annoying', 'silly', 'idiot*', 'worst', 'awful', 'unacceptable', 'pointless', 'vandal*', 'rubbish',
    'garbage', 'crap', 'lie', 'lies', 'lying', 'incompetent', 'absurd', 'pathetic', 'disgrace*', 'mess',
    'problem*', 'biased', 'ignore*', 'ignorant', 'stop', 'again', 'never', 'nobody', 'no one', 'whatever',
    'deleted', 'delete', 'remove*', 'revert*', 'damn', 'hell', 'sick of', 'fed up', 'nothing',
  ],
  ought: ['should', 'must', 'ought', 'have to', 'need to', 'needs to', 'supposed to'],
  why: ['why', 'how come', 'what on earth', 'what the'],
};

/** Strategies that count only as the first word of a sentence. */
export const START_STRATEGIES: Readonly<Record<string, readonly string[]>> = {
  deference_start: ['great', 'good', 'nice', 'interesting', 'cool', 'excellent', 'awesome', 'brilliant', 'well'],
  greeting: ['hi', 'hello', 'hey', 'dear', 'greetings', 'morning', 'afternoon', 'evening', 'howdy'],
  please_start: ['please', 'kindly'],
  direct_question: ['what', 'why', 'who', 'how', 'where', 'when', 'which', 'whats', "what's"],
  direct_start: ['so', 'then', 'and', 'but', 'or', 'now', 'look', 'listen'],
  first_person_start: ['i', 'my', 'me', "i'm", "i've", "i'd"],
  second_person_start: ['you', 'your', "you're", "you've", 'u'],
  imperative_start: ['stop', 'do', 'don\'t', 'read', 'see', 'check', 'look', 'go', 'get', 'leave', 'answer', 'explain', 'tell', 'give', 'fix', 'remove', 'quit'],
};
