// Plain words for the intent model's features (src/policy/models/intent.ts), so a finding says
// what the model saw: `p:first=Imperative` → "it opens with an instruction verb". Features with no
// plain reading (tag counts, lengths) give undefined and are left out of the message.
const PATTERNS: Record<string, string> = {
  'p:first=Imperative': 'it opens with an instruction verb',
  'p:lead=Imperative': 'it opens with an instruction verb',
  'p:Imperative': 'it uses an instruction verb',
  'p:you+Modal': '"you" followed by "must", "should", "will"…',
  'p:you+oblige': '"you need to", "you have to"…',
  'p:Modal+you': 'it asks "can you", "could you", "would you"…',
  'p:we+will': 'a promise such as "I will" or "we will"',
  'p:Modal+Infinitive': '"will", "must" or "should" before a verb',
};

export function describeIntentFeature(feature: string): string | undefined {
  if (PATTERNS[feature]) return PATTERNS[feature];
  const colon = feature.indexOf(':');
  const kind = feature.slice(0, colon);
  const value = feature.slice(colon + 1);
  if (!value || colon < 0) return undefined;
  if (kind === 'w') return `the word "${value}"`;
  if (kind === 'b') return `the words "${value.replace('_', ' ')}"`;
  if (/^f\d$/.test(kind)) return `it begins "${value}"`;
  return undefined;
}
