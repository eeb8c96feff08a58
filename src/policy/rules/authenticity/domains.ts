// Domain comparisons for the authenticity rules: organisational domains, the readable "name" of a
// domain, confusable skeletons and the kinds of look-alike an impostor registers.
import { MULTI_LABEL_SUFFIXES } from '../../data/public-suffixes';
import { ADDED_DOMAIN_WORDS, CONFUSABLE_CHARS, CONFUSABLE_SEQUENCES } from '../../data/confusables';
import { toUnicodeDomain } from './punycode';

const SUFFIXES = new Set(MULTI_LABEL_SUFFIXES);

/** The public suffix of a domain (e.g. `gov.uk`, `com`). */
export function publicSuffix(domain: string): string {
  const labels = domain.split('.');
  if (labels.length >= 3 && SUFFIXES.has(labels.slice(-2).join('.'))) return labels.slice(-2).join('.');
  return labels.length >= 2 ? labels[labels.length - 1] : '';
}

/** The registrable ("organisational") domain: one label more than the public suffix. */
export function organisationalDomain(domain: string): string {
  const d = domain.toLowerCase().replace(/\.$/, '');
  const suffix = publicSuffix(d);
  if (!suffix || d === suffix) return d;
  const rest = d.slice(0, d.length - suffix.length - 1).split('.');
  return `${rest[rest.length - 1]}.${suffix}`;
}

export interface DomainParts {
  /** The label a person reads as the name: `waretowncouncil` in `mail.waretowncouncil.gov.uk`. */
  name: string;
  suffix: string;
  /** Labels before the name, if any. */
  sub: string;
}

export function domainParts(domain: string): DomainParts {
  const d = domain.toLowerCase().replace(/\.$/, '');
  const suffix = publicSuffix(d);
  const rest = suffix && d !== suffix ? d.slice(0, d.length - suffix.length - 1).split('.') : d.split('.');
  return { name: rest[rest.length - 1] ?? '', suffix, sub: rest.slice(0, -1).join('.') };
}

const COMBINING = /[\u0300-\u036f]/g;

/** What a string looks like: accents dropped, homoglyphs and look-alike letter pairs folded to one form. */
export function skeleton(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING, '')) {
    out += CONFUSABLE_CHARS[ch] ?? ch;
  }
  for (const [from, to] of CONFUSABLE_SEQUENCES) out = out.split(from).join(to);
  return out;
}

/** Optimal string alignment distance (edits, with adjacent transpositions), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

export type LookalikeKind = 'confusable' | 'typo' | 'other-suffix' | 'added-words' | 'embedded';

export interface Lookalike {
  kind: LookalikeKind;
  /** The real domain it imitates. */
  imitates: string;
}

const ADDED_WORDS = ADDED_DOMAIN_WORDS.slice().sort((a, b) => b.length - a.length);

/** Strip added words and hyphens from both ends of a name, repeatedly ("ware-town-council-uk" → "waretowncouncil" once the real name's words are kept). */
function withoutAddedWords(name: string, real: string): string {
  let n = name.replace(/-/g, '');
  for (let guard = 0; guard < 6 && n !== real && n.length > real.length; guard++) {
    const before = n;
    for (const w of ADDED_WORDS) {
      if (n.startsWith(w) && n.slice(w.length).includes(real)) n = n.slice(w.length);
      if (n.endsWith(w) && n.slice(0, -w.length).includes(real)) n = n.slice(0, -w.length);
    }
    if (n === before) break;
  }
  return n;
}

/**
 * Does `domain` imitate one of `protectedDomains`? The real domains and their subdomains are not
 * look-alikes. Names shorter than five letters are only checked for confusables and other suffixes:
 * one-letter edits of short names hit real, unrelated organisations.
 */
export function findLookalike(domain: string, protectedDomains: readonly string[]): Lookalike | undefined {
  const ascii = domain.toLowerCase().replace(/\.$/, '');
  if (!ascii || !ascii.includes('.')) return undefined;
  const shown = toUnicodeDomain(ascii);
  for (const p of protectedDomains) {
    const real = p.toLowerCase();
    if (ascii === real || ascii.endsWith('.' + real)) return undefined;
  }
  const parts = domainParts(shown);
  const shownSkeleton = skeleton(parts.name);
  for (const p of protectedDomains) {
    const real = p.toLowerCase();
    const rp = domainParts(real);
    if (!rp.name) continue;
    // "waretowncouncil.gov.uk.example.com", "waretowncouncil-gov-uk.example.com"
    if (shown.startsWith(real + '.') || shown.includes('.' + real + '.') || (rp.name.length >= 5 && parts.sub.replace(/-/g, '').includes(rp.name + rp.suffix.replace(/\./g, '')))) {
      return { kind: 'embedded', imitates: real };
    }
    const realSkeleton = skeleton(rp.name);
    const sameSuffix = parts.suffix === rp.suffix;
    if (parts.name === rp.name) {
      if (!sameSuffix) return { kind: 'other-suffix', imitates: real };
      continue;
    }
    if (shownSkeleton === realSkeleton) return { kind: 'confusable', imitates: real };
    if (rp.name.length < 5) continue;
    const stripped = withoutAddedWords(parts.name, rp.name);
    if (stripped === rp.name || skeleton(stripped) === realSkeleton) return { kind: 'added-words', imitates: real };
    const max = rp.name.length >= 12 ? 2 : 1;
    if (editDistance(parts.name, rp.name, max) <= max || editDistance(shownSkeleton, realSkeleton, 1) <= 1) {
      return { kind: 'typo', imitates: real };
    }
  }
  return undefined;
}
