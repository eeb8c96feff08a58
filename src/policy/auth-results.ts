// Authentication-Results (RFC 8601) parsing, and what the receiving service's results say about
// the sender. PURE (no DOM, no Node built-ins): it runs in the task pane's read view and in the CLI.
//
// The field is read with a cursor, not a regular expression, because the grammar allows comments
// (CFWS) between any two elements — "dkim (Because I like it) / 1 (One yay) = (wait for it) fail"
// is one result — and a comment such as "arc=pass (i=1 dmarc=pass)" must never count as a result.
// The parser is linear in the input and never throws: a malformed resinfo is skipped up to the next
// top-level ";".

export interface AuthProperty {
  /** `smtp`, `header`, `body`, `policy`; empty for Exchange's bare `action=none`. */
  ptype: string;
  property: string;
  value: string;
}

export interface AuthResult {
  /** Lower-cased method name: spf, dkim, dmarc, arc, compauth, auth, iprev, ... */
  method: string;
  version?: number;
  /** Lower-cased result: pass, fail, softfail, neutral, none, temperror, permerror, policy, ... */
  result: string;
  reason?: string;
  properties: AuthProperty[];
}

export interface AuthResultsHeader {
  /** The authserv-id; absent in Exchange Online's header, which starts with a method. */
  authservId?: string;
  version?: number;
  /** The service ran no authentication (`; none`). */
  none: boolean;
  results: AuthResult[];
}

const WSP = /[ \t\r\n]/;

class Cursor {
  i = 0;
  constructor(readonly s: string) {}

  get done(): boolean {
    return this.i >= this.s.length;
  }

  peek(): string {
    return this.s[this.i] ?? '';
  }

  /** Skip folding white space and (nested, escapable) comments. An unclosed comment runs to the end. */
  skipCfws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (WSP.test(c)) {
        this.i++;
      } else if (c === '(') {
        let depth = 0;
        while (this.i < s.length) {
          const d = s[this.i];
          if (d === '\\') this.i += 2;
          else {
            this.i++;
            if (d === '(') depth++;
            else if (d === ')' && --depth === 0) break;
          }
        }
      } else break;
    }
  }

  /** A run of characters up to white space, a comment, ";" or any of `stops`. */
  token(stops: string): string {
    const start = this.i;
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (WSP.test(c) || c === '(' || c === ';' || c === '"' || stops.includes(c)) break;
      this.i++;
    }
    return s.slice(start, this.i);
  }

  /** A quoted string (without its quotes, escapes resolved) or a token; `=` and `/` may occur in values (base64). */
  value(): string {
    if (this.peek() !== '"') return this.token('');
    const s = this.s;
    let out = '';
    this.i++;
    while (this.i < s.length) {
      const c = s[this.i++];
      if (c === '\\' && this.i < s.length) out += s[this.i++];
      else if (c === '"') break;
      else out += c;
    }
    return out;
  }

  /** Move past the next top-level ";" (outside comments and quotes), or to the end. */
  skipToSemicolon(): void {
    const s = this.s;
    while (this.i < s.length) {
      this.skipCfws();
      const c = this.peek();
      if (c === ';' || c === '') return;
      if (c === '"') this.value();
      else this.i++;
    }
  }
}

const HEADER_NAME = /^\s*authentication-results\s*:/i;

/** Parse one Authentication-Results field value (the field name, if present, is ignored). */
export function parseAuthenticationResults(raw: string): AuthResultsHeader {
  const c = new Cursor(raw.replace(HEADER_NAME, ''));
  const header: AuthResultsHeader = { none: false, results: [] };
  c.skipCfws();

  // authserv-id, unless the field starts with a method (Exchange Online: "spf=pass ...").
  const start = c.i;
  const id = c.peek() === '"' ? c.value() : c.token('=/');
  c.skipCfws();
  if (c.peek() === '=' || c.peek() === '/') {
    c.i = start;
  } else {
    if (id) header.authservId = id;
    const at = c.i;
    const v = c.token('=/');
    c.skipCfws();
    if (/^\d+$/.test(v) && (c.done || c.peek() === ';')) header.version = Number(v);
    else c.i = at;
  }

  let first = header.authservId === undefined;
  while (true) {
    c.skipCfws();
    if (c.done) break;
    if (c.peek() === ';') {
      c.i++;
      c.skipCfws();
    } else if (!first) {
      // Something unexpected before a ";": skip it.
      c.i++;
      c.skipToSemicolon();
      continue;
    }
    first = false;
    if (c.done) break;
    const parsed = resinfo(c);
    if (parsed === 'none') header.none = true;
    else if (parsed) header.results.push(parsed);
    else c.skipToSemicolon();
  }
  return header;
}

function resinfo(c: Cursor): AuthResult | 'none' | undefined {
  const method = c.token('=/.').toLowerCase();
  if (!method) return undefined;
  c.skipCfws();
  if (method === 'none' && (c.done || c.peek() === ';')) return 'none';
  let version: number | undefined;
  if (c.peek() === '/') {
    c.i++;
    c.skipCfws();
    const v = c.token('=');
    if (!/^\d+$/.test(v)) return undefined;
    version = Number(v);
    c.skipCfws();
  }
  if (c.peek() !== '=') return undefined;
  c.i++;
  c.skipCfws();
  const result = c.token('=').toLowerCase();
  if (!result) return undefined;
  const out: AuthResult = { method, result, properties: [] };
  if (version !== undefined) out.version = version;

  // reasonspec and propspecs: key parts (possibly split by comments: "policy (x) . (y) expired") up to "=".
  while (true) {
    c.skipCfws();
    if (c.done || c.peek() === ';') break;
    let key = '';
    while (!c.done && c.peek() !== '=' && c.peek() !== ';') {
      const part = c.token('=');
      if (!part) {
        // A stray quote or other character where a key should be: give up on this resinfo's properties.
        c.skipToSemicolon();
        return out;
      }
      key += part;
      c.skipCfws();
    }
    if (c.peek() !== '=') break;
    c.i++;
    c.skipCfws();
    const value = c.value();
    const k = key.toLowerCase();
    if (k === 'reason') out.reason = value;
    else {
      const dot = k.indexOf('.');
      out.properties.push(dot < 0 ? { ptype: '', property: k, value } : { ptype: k.slice(0, dot), property: k.slice(dot + 1), value });
    }
  }
  return out;
}

/** The value of `ptype.property` in a result, e.g. `prop(r, 'header', 'd')`. */
export function prop(r: AuthResult, ptype: string, property: string): string | undefined {
  return r.properties.find((p) => p.ptype === ptype && p.property === property)?.value;
}

// --- what it says about the sender -----------------------------------------------------------

/**
 * - `internal`: authenticated inside the organisation (Exchange `AuthAs: Internal`);
 * - `verified`: DMARC pass, Exchange composite authentication pass, or SPF/DKIM pass aligned with From;
 * - `failed`: DMARC or composite authentication failed, or SPF/DKIM failed with nothing aligned passing;
 * - `not-aligned`: something passed, but only for a domain other than the From domain's;
 * - `unchecked`: no results from the receiving service, `none`, or only errors and neutral results.
 */
export type SenderStatus = 'internal' | 'verified' | 'failed' | 'not-aligned' | 'unchecked';

export interface SenderAuthentication {
  status: SenderStatus;
  /** Which result decided it, e.g. `dmarc=fail`, `dkim=pass header.d=example.org`, `no-header`. */
  basis: string;
  /** The header that was trusted (the topmost one from the receiving service). */
  header?: AuthResultsHeader;
}

export interface AssessOptions {
  /**
   * authserv-ids of the council's own receiving service. When given, the topmost header carrying one
   * of them is trusted; otherwise the topmost header is (each relay prepends its own, so anything
   * below the receiving service's header may have been written by the sender).
   */
  trustedAuthservIds?: readonly string[];
}

function first(headers: Record<string, string[]> | undefined, name: string): string | undefined {
  const v = headers?.[name];
  return v && v.length ? v[0] : undefined;
}

/** Exchange marks mail submitted by an authenticated mailbox of the organisation; it strips these headers from mail arriving from outside. */
export function isInternallyAuthenticated(headers: Record<string, string[]> | undefined): boolean {
  const authAs = first(headers, 'x-ms-exchange-organization-authas');
  return authAs !== undefined && authAs.trim().toLowerCase() === 'internal';
}

/** The header the receiving service added, per the options; undefined when there is none. */
export function trustedHeader(headers: Record<string, string[]> | undefined, options: AssessOptions = {}): AuthResultsHeader | undefined {
  const values = headers?.['authentication-results'] ?? [];
  const trusted = (options.trustedAuthservIds ?? []).map((t) => t.toLowerCase());
  for (const v of values) {
    const h = parseAuthenticationResults(v);
    if (!trusted.length) return h;
    if (h.authservId && trusted.includes(h.authservId.toLowerCase())) return h;
  }
  return undefined;
}

export function domainOfAddress(addressOrDomain: string): string {
  const s = addressOrDomain.trim().replace(/^<|>$/g, '');
  const at = s.lastIndexOf('@');
  return (at < 0 ? s : s.slice(at + 1)).toLowerCase().replace(/\.$/, '');
}

/**
 * Relaxed DMARC alignment (RFC 7489 §3.1): same organisational domain. The organisational domain
 * comes from a short list of multi-label public suffixes (see data/public-suffixes.ts), not the full
 * Public Suffix List: good for the UK and common suffixes, approximate elsewhere.
 */
export function aligned(a: string, b: string, orgDomain: (d: string) => string): boolean {
  if (!a || !b) return false;
  return a === b || orgDomain(a) === orgDomain(b);
}

function describe(r: AuthResult, extra?: string): string {
  return `${r.method}=${r.result}${extra ? ' ' + extra : ''}`;
}

/** What the trusted Authentication-Results say about the From address. */
export function assessSender(
  headers: Record<string, string[]> | undefined,
  fromAddress: string | undefined,
  orgDomain: (d: string) => string,
  options: AssessOptions = {},
): SenderAuthentication {
  if (isInternallyAuthenticated(headers)) return { status: 'internal', basis: 'x-ms-exchange-organization-authas=internal' };
  const header = trustedHeader(headers, options);
  if (!header) return { status: 'unchecked', basis: 'no-header' };
  if (header.none || !header.results.length) return { status: 'unchecked', basis: 'none', header };
  const fromDomain = fromAddress ? domainOfAddress(fromAddress) : '';
  const results = header.results;
  const byMethod = (m: string) => results.filter((r) => r.method === m);

  // DMARC decides when it was evaluated; a failure is not rescued by ARC (a forwarder's word).
  const dmarc = byMethod('dmarc')[0];
  if (dmarc?.result === 'fail') return { status: 'failed', basis: describe(dmarc), header };
  const compauth = byMethod('compauth')[0];
  if (compauth?.result === 'fail') return { status: 'failed', basis: describe(compauth), header };
  if (dmarc?.result === 'pass') {
    const hf = prop(dmarc, 'header', 'from');
    // A dmarc=pass for a different From domain than the one shown is not about this sender.
    if (!hf || !fromDomain || domainOfAddress(hf) === fromDomain) return { status: 'verified', basis: describe(dmarc), header };
  }
  if (compauth?.result === 'pass') return { status: 'verified', basis: describe(compauth), header };

  if (!fromDomain) return { status: 'unchecked', basis: 'no-from', header };
  let passedOther = false;
  for (const r of byMethod('dkim')) {
    if (r.result !== 'pass') continue;
    const d = prop(r, 'header', 'd') ?? domainOfAddress(prop(r, 'header', 'i') ?? '');
    if (aligned(d, fromDomain, orgDomain)) return { status: 'verified', basis: describe(r, `header.d=${d}`), header };
    passedOther = true;
  }
  for (const r of byMethod('spf')) {
    if (r.result !== 'pass') continue;
    const d = domainOfAddress(prop(r, 'smtp', 'mailfrom') ?? prop(r, 'smtp', 'helo') ?? '');
    if (aligned(d, fromDomain, orgDomain)) return { status: 'verified', basis: describe(r, `smtp.mailfrom=${d}`), header };
    passedOther = true;
  }
  const hardFail = results.find(
    (r) => (r.method === 'spf' && (r.result === 'fail' || r.result === 'softfail')) || (r.method === 'dkim' && r.result === 'fail'),
  );
  if (hardFail) return { status: 'failed', basis: describe(hardFail), header };
  if (passedOther) return { status: 'not-aligned', basis: 'pass-for-other-domain', header };
  return { status: 'unchecked', basis: 'no-pass', header };
}
