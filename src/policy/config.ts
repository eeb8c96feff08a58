// The policy file: schema validation with errors that name the key, and defaults for everything a
// council may leave out. The JSON Schema in policy/policy.schema.json is the single source of truth
// (its rule-id enums written from rule-ids.ts by `npm run gen:schema`);
// this module interprets the small part of JSON Schema it uses, so validation needs no code
// generation (`new Function` is not something to rely on in Outlook's JavaScript-only runtime).
import schemaJson from '../../policy/policy.schema.json';
import type { ConfiguredLevel, Mode, RetentionLabel } from './types';
import type { RuleId } from './rule-ids';
import { MULTI_LABEL_SUFFIXES } from './data/public-suffixes';
import { DEFAULT_RETENTION_LABELS } from './data/retention-schedule';
import { findJsonError } from './json-error';
import { DEFAULT_RETENTION_FLAGS, retentionFlagsProblem } from './retention-flags';
import { editDistance as distance } from './text/distance';

export interface Thresholds {
  /** Warn when at least this many external addresses are visible in To/Cc. */
  visibleExternalRecipients: number;
  /** A reply-all to at least this many recipients is "large". */
  replyAllRecipients: number;
  /** Consecutive all-capital words that count as SHOUTING. */
  shoutingWords: number;
  /** Exclamation marks in a row that count as a run. */
  exclamationRun: number;
}

export interface PolicyConfig {
  version: string;
  organisation: {
    name: string;
    domains: string[];
    policyUrl?: string;
    /** The council's own published bank details (invoices, website): not personal data (issue #19 item 16). */
    bankAccounts?: Array<{ sortCode: string; accountNumber: string }>;
  };
  roles: {
    councillors: string[];
    officers: string[];
    source: 'file' | 'entra';
    syncedAt?: string;
    groups?: { councillors?: string; officers?: string };
  };
  mode: Mode;
  // Rule-id keys and values: the schema's enums are generated from rule-ids.ts, so validation makes these types true.
  ruleModes: Partial<Record<RuleId, Mode>>;
  levels: Partial<Record<RuleId, ConfiguredLevel>>;
  allowOverride: RuleId[];
  /**
   * Learnt judgements (issue #17) allowed to add findings to their rules. None when a policy file
   * does not list them; the shipped policy file lists the ones that meet their bar on the council
   * corpus's locked test without blocking ordinary mail (docs/QUALITY.md).
   */
  learntJudgements: string[];
  onError: 'allow' | 'block';
  disclaimer: string;
  thresholds: Thresholds;
  /** Free webmail domains: a councillor using one for council business is flagged (clause 1.3). */
  personalDomains: string[];
  /** Other public bodies treated as inside for confidentiality (e.g. the district council). */
  partnerDomains: string[];
  retention: { defaultLabel: string; retentionFlags: number; labels: RetentionLabel[] };
  /** The server-side backstop (`council-mail policy export exchange`); off unless the file sets it. */
  backstop: Backstop;
}

export interface Backstop {
  /** Stamp `headerName` on mail whose check completed (never when the check failed open). */
  stampHeader: boolean;
  headerName: string;
  /** The Clerk's address: held mail waits for this mailbox to approve it. */
  clerk?: string;
  /** Councillors' mail to people outside the council: copied or held for the Clerk, or neither. */
  councillorExternal: 'off' | 'copy' | 'hold';
}

export const DEFAULT_CHECKED_HEADER = 'X-Council-Policy-Checked';

export const DEFAULT_DISCLAIMER =
  'The views expressed in this email are my own and do not necessarily represent those of the Council.';

export const DEFAULT_PERSONAL_DOMAINS = [
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com', 'live.com', 'live.co.uk',
  'msn.com', 'yahoo.com', 'yahoo.co.uk', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com',
  'aol.co.uk', 'btinternet.com', 'btopenworld.com', 'sky.com', 'talktalk.net', 'virginmedia.com',
  'ntlworld.com', 'blueyonder.co.uk', 'tiscali.co.uk', 'protonmail.com', 'proton.me', 'gmx.com', 'gmx.co.uk',
  'mail.com', 'zoho.com', 'fsmail.net', 'plus.net', 'orange.net', 'waitrose.com',
];

export const DEFAULT_THRESHOLDS: Thresholds = {
  visibleExternalRecipients: 5,
  replyAllRecipients: 10,
  shoutingWords: 4,
  exclamationRun: 3,
};

/** One problem in a policy file: where (a JSON path such as `levels.tone/abusive`) and what. */
export interface PolicyProblem {
  path: string;
  message: string;
  /** For JSON syntax errors: where in the file (1-based). */
  line?: number;
  column?: number;
}

export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  constructor(
    readonly problems: PolicyProblem[],
    readonly source = 'policy file',
  ) {
    super(`${source} is not valid:\n` + problems.map((p) => `  - ${p.path || '(top level)'}: ${p.message}`).join('\n'));
  }
}

export function isPolicyError(e: unknown): e is PolicyError {
  // Checks the name too, so it works for errors made in another realm (iframe, vm).
  return e instanceof PolicyError || (e instanceof Error && e.name === 'PolicyError' && Array.isArray((e as PolicyError).problems));
}

// --- the JSON Schema subset ---------------------------------------------------------------

interface Schema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  description?: string;
}

/** Keys that reach an object's prototype when read as settings: refused wherever they appear (issue #18). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than this is no policy file: refused before anything walks it recursively. */
export const MAX_POLICY_DEPTH = 16;

export const POLICY_SCHEMA = schemaJson as unknown as Schema;

const patternCache = new Map<string, RegExp>();

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isInteger(v)) return 'integer';
  return typeof v;
}

function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}


function suggest(key: string, known: string[]): string {
  let best = '';
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best && bestD <= Math.max(2, Math.floor(key.length / 3)) ? ` Did you mean "${best}"?` : '';
}

function describe(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? s.slice(0, 37) + '...' : s;
}

export function validateAgainstSchema(value: unknown, schema: Schema = POLICY_SCHEMA, path = ''): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const t = typeOf(value);
  if (schema.enum) {
    if (!schema.enum.includes(value)) {
      problems.push({ path, message: `${describe(value)} is not allowed; use one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}.` });
    }
    return problems;
  }
  if (schema.type) {
    const ok = schema.type === 'number' ? t === 'number' || t === 'integer' : t === schema.type;
    if (!ok) {
      const article = /^[aeiou]/.test(schema.type) ? 'an' : 'a';
      problems.push({ path, message: `must be ${article} ${schema.type}, not ${t === 'integer' ? 'a number' : t} (${describe(value)}).` });
      return problems;
    }
  }
  if (t === 'object') {
    for (const k of Object.keys(value as object)) {
      if (FORBIDDEN_KEYS.has(k)) problems.push({ path: join(path, k), message: `"${k}" is not allowed as a key (it would reach the settings' prototype).` });
    }
  }
  if (t === 'object' && schema.properties) {
    const obj = value as Record<string, unknown>;
    const own = schema.properties;
    const known = Object.keys(schema.properties);
    for (const r of schema.required ?? []) {
      if (!Object.prototype.hasOwnProperty.call(obj, r)) problems.push({ path: join(path, r), message: 'is required but missing.' });
    }
    for (const [k, v] of Object.entries(obj)) {
      if (FORBIDDEN_KEYS.has(k)) continue; // reported above
      const sub = Object.prototype.hasOwnProperty.call(own, k) ? own[k] : undefined;
      if (sub) problems.push(...validateAgainstSchema(v, sub, join(path, k)));
      else if (schema.additionalProperties === false) {
        problems.push({ path: join(path, k), message: `is not a known setting.${suggest(k, known)}` });
      }
    }
  }
  if (t === 'array') {
    const arr = value as unknown[];
    if (schema.minItems !== undefined && arr.length < schema.minItems) {
      problems.push({ path, message: `needs at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}.` });
    }
    if (schema.maxItems !== undefined && arr.length > schema.maxItems) {
      // One problem for the list, not one per item: the items are not looked at.
      problems.push({ path, message: `has ${arr.length} items; at most ${schema.maxItems} are allowed.` });
      return problems;
    }
    if (schema.items) arr.forEach((item, i) => problems.push(...validateAgainstSchema(item, schema.items, `${path}[${i}]`)));
  }
  if (t === 'string') {
    const s = value as string;
    if (schema.minLength !== undefined && s.length < schema.minLength) problems.push({ path, message: `is too short (at least ${schema.minLength} characters).` });
    if (schema.maxLength !== undefined && s.length > schema.maxLength) problems.push({ path, message: `is too long (at most ${schema.maxLength} characters).` });
    if (schema.pattern) {
      let re = patternCache.get(schema.pattern);
      if (!re) patternCache.set(schema.pattern, (re = new RegExp(schema.pattern)));
      if (!re.test(s)) problems.push({ path, message: `${describe(s)} is not in the expected form.` });
    }
  }
  if (t === 'integer' || t === 'number') {
    const n = value as number;
    if (schema.minimum !== undefined && n < schema.minimum) problems.push({ path, message: `must be at least ${schema.minimum}.` });
    if (schema.maximum !== undefined && n > schema.maximum) problems.push({ path, message: `must be at most ${schema.maximum}.` });
  }
  return problems;
}

// --- loading --------------------------------------------------------------------------------

/** Any settings object as it appears in a file (after JSON.parse). */
export type RawPolicy = Record<string, unknown>;

/** Parse policy JSON text; syntax errors are reported with line and column. */
export function parsePolicyText(text: string, source = 'policy file'): PolicyConfig {
  // Offsets are counted in the text without the byte-order mark, which editors show as nothing.
  const body = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    // JSON.parse's wording differs between engines and may quote the file; find the place ourselves.
    const found = findJsonError(body);
    const message = found
      ? `is not valid JSON at line ${found.line}, column ${found.column}: ${found.reason}.`
      : `is not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
    const problem: PolicyProblem = { path: '', message };
    if (found) {
      problem.line = found.line;
      problem.column = found.column;
    }
    throw new PolicyError([problem], source);
  }
  return resolvePolicy(raw, source);
}

const lower = (xs: string[]) => xs.map((x) => x.trim().toLowerCase());

/** Where the value first nests deeper than `max` (iteratively: deep input must not exhaust the stack). */
function tooDeep(raw: unknown, max: number): string | undefined {
  const stack: [unknown, string, number][] = [[raw, '', 0]];
  while (stack.length) {
    const [v, path, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return path;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, `${path}[${i}]`, depth + 1]));
    else for (const [k, x] of Object.entries(v)) stack.push([x, join(path, k), depth + 1]);
  }
  return undefined;
}

/** A domain that is a public suffix (co.uk, gov.uk, or any one-label name such as "com"). */
function isPublicSuffix(domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  return !d.includes('.') || MULTI_LABEL_SUFFIXES.includes(d);
}

/** Validate a parsed policy file and fill in the defaults. Throws PolicyError naming every problem. */
export function resolvePolicy(raw: unknown, source = 'policy file'): PolicyConfig {
  const deep = tooDeep(raw, MAX_POLICY_DEPTH);
  if (deep !== undefined) throw new PolicyError([{ path: deep, message: `is nested more than ${MAX_POLICY_DEPTH} levels deep; no setting is.` }], source);
  const problems = validateAgainstSchema(raw).map((p) => {
    // The schema's bounds name the key; say why and what to do instead (issue #19 item 3).
    const flags = p.path === 'retention.retentionFlags' ? (raw as { retention: { retentionFlags: unknown } }).retention.retentionFlags : undefined;
    if (typeof flags !== 'number') return p;
    const why = retentionFlagsProblem(flags);
    return why ? { ...p, message: why } : p;
  });
  if (problems.length) throw new PolicyError(problems, source);
  const r = raw as {
    version?: string;
    organisation: PolicyConfig['organisation'];
    roles: Partial<PolicyConfig['roles']> & { councillors: string[]; officers: string[] };
    mode?: Mode;
    ruleModes?: PolicyConfig['ruleModes'];
    levels?: PolicyConfig['levels'];
    allowOverride?: RuleId[];
    learntJudgements?: string[];
    onError?: 'allow' | 'block';
    disclaimer?: string;
    thresholds?: Partial<Thresholds>;
    personalDomains?: string[];
    partnerDomains?: string[];
    retention?: Partial<PolicyConfig['retention']>;
    backstop?: Partial<Backstop>;
  };
  const labels = r.retention?.labels ?? DEFAULT_RETENTION_LABELS;
  const defaultLabel = r.retention?.defaultLabel ?? (labels.some((l) => l.id === 'correspondence') ? 'correspondence' : labels[0]?.id ?? '');
  const extra: PolicyProblem[] = [];
  if (labels.length && !labels.some((l) => l.id === defaultLabel)) {
    extra.push({ path: 'retention.defaultLabel', message: `"${defaultLabel}" is not the id of any label in retention.labels.` });
  }
  const seen = new Set<string>();
  labels.forEach((l, i) => {
    if (seen.has(l.id)) extra.push({ path: `retention.labels[${i}].id`, message: `"${l.id}" is used by more than one label.` });
    seen.add(l.id);
  });
  // A public suffix as a partner or council domain would make every address under it "inside".
  const suffixes = (list: string[] | undefined, path: string) =>
    (list ?? []).forEach((d, i) => {
      if (isPublicSuffix(d)) extra.push({ path: `${path}[${i}]`, message: `"${d}" is a public suffix, not one body's domain: it would count every address under it as ${path === 'partnerDomains' ? 'a partner' : 'the council'}.` });
    });
  suffixes(r.organisation.domains, 'organisation.domains');
  suffixes(r.partnerDomains, 'partnerDomains');
  const both = new Set(lower(r.roles.councillors));
  for (const o of lower(r.roles.officers)) {
    if (both.has(o)) extra.push({ path: 'roles', message: `${o} is listed as both a councillor and an officer.` });
  }
  if (r.backstop?.councillorExternal && r.backstop.councillorExternal !== 'off' && !r.backstop.clerk) {
    extra.push({ path: 'backstop.clerk', message: `is needed when backstop.councillorExternal is "${r.backstop.councillorExternal}": give the Clerk's address.` });
  }
  if (extra.length) throw new PolicyError(extra, source);
  return {
    version: r.version ?? 'unversioned',
    organisation: { ...r.organisation, domains: lower(r.organisation.domains) },
    roles: {
      councillors: lower(r.roles.councillors),
      officers: lower(r.roles.officers),
      source: r.roles.source ?? 'file',
      syncedAt: r.roles.syncedAt,
      groups: r.roles.groups,
    },
    mode: r.mode ?? 'enforce',
    ruleModes: r.ruleModes ?? {},
    levels: r.levels ?? {},
    allowOverride: r.allowOverride ?? [],
    learntJudgements: r.learntJudgements ?? [],
    onError: r.onError ?? 'allow',
    disclaimer: r.disclaimer ?? DEFAULT_DISCLAIMER,
    thresholds: { ...DEFAULT_THRESHOLDS, ...r.thresholds },
    personalDomains: lower(r.personalDomains ?? DEFAULT_PERSONAL_DOMAINS),
    partnerDomains: lower(r.partnerDomains ?? []),
    retention: { defaultLabel, retentionFlags: r.retention?.retentionFlags ?? DEFAULT_RETENTION_FLAGS, labels },
    backstop: {
      stampHeader: r.backstop?.stampHeader ?? false,
      headerName: r.backstop?.headerName ?? DEFAULT_CHECKED_HEADER,
      clerk: r.backstop?.clerk?.trim().toLowerCase(),
      councillorExternal: r.backstop?.councillorExternal ?? 'off',
    },
  };
}
