// Words that keep a capital letter when the SHOUTING rewrite puts a run into sentence case.
// Names of people come from the policy's councillor and officer addresses at run time.
export const ALWAYS_CAPITALISED = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'christmas', 'easter', 'england', 'britain', 'british', 'english', 'hertfordshire', 'london',
];
