// Builds one linear-time regular expression from a list of literal phrases (data files hold the
// phrases; code never inlines them). Alternation of escaped literals has no nested quantifiers.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A global, case-insensitive expression matching any phrase as whole words. Spaces in a phrase match
 * one to three spaces or tabs; longer phrases are tried first so "for staff only" wins over "staff only".
 */
export function phraseRegExp(phrases: readonly string[], flags = 'gi'): RegExp {
  const alts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '[ \\t]{1,3}'));
  return new RegExp('\\b(?:' + alts.join('|') + ')\\b', flags);
}
