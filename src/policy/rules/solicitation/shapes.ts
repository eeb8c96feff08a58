// Shapes of a message that adverts have: links, prices, "!!!". Each counter is one linear
// regular-expression pass and works on typed text and on lower-cased, space-tokenised text alike.
// The filter-dodging shapes of inbound junk mail (words spaced out or broken by symbols, digits for
// letters, consonant noise, padded word lists, SpamAssassin's LONGWORDS, HTML residue, capitals)
// went on 2026-12-08: no council email was decided by them (docs/rules/solicitation/advertising.md).

export interface ShapeCounts {
  links: number;
  prices: number;
  exclamations: number;
}

// A web address: scheme or "www." with its host (consumed, so one address counts once), or a bare
// host with a path ("shop . biz / x").
// Host labels are bounded (DNS allows 63 characters), and a bare host is read from its last label
// only: a run that may cross hyphens, tried from every position of "a-b-c-…", would be quadratic.
const LINK = /\b(?:https? ?: ?\/ ?\/ ?|www ?\. ?)(?:[a-z0-9-]{1,63} ?\. ?){0,6}[a-z0-9-]{1,63}|\b[a-z0-9]{1,63} ?\. ?(?:com|net|org|biz|info)\b ?\//gi;
const PRICE = /[$£€] ?\d/g;
const BANGS = /[!$] ?[!$] ?[!$]/g;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

export function shapeCounts(text: string): ShapeCounts {
  return { links: count(LINK, text), prices: count(PRICE, text), exclamations: count(BANGS, text) };
}
