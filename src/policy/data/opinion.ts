// Markers of personal opinion for disclaimer/personal-views (clauses 2.2, 3.1), and the key words
// that recognise a disclaimer written in other words. Regular-expression sources, non-capturing only.
export const OPINION_MARKERS: readonly string[] = [
  'i (?:personally )?think',
  'in my (?:own |personal |humble )?(?:view|opinion)',
  'my (?:own |personal )?(?:view|opinion) is',
  'my own (?:view|views|opinion)',
  'personally',
  'i (?:personally )?believe',
  'i (?:personally )?feel (?:that|strongly|the|we|this|it|they)',
  'i reckon',
  'imo',
  'imho',
  'speaking (?:personally|for myself|as a resident)',
];

/** A disclaimer in other words: all of one group's phrases appear in the body (case-insensitive). */
export const DISCLAIMER_KEY_PHRASES: readonly (readonly string[])[] = [
  ['views expressed', 'own'],
  ['personal view', 'not necessarily'],
  ['do not necessarily represent', 'council'],
];
