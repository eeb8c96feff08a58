import { defineRule } from '../../rule';
import { KEY_PATTERNS, PLAIN_WORD, SECRET_LABELS, SEPARATOR, VALUE, type SecretKind } from '../../data/secret-patterns';
import { phraseRegExp } from '../../text/patterns';
import { mask, matches } from '../../text/mask';
import type { Span } from '../../types';
import { CREDENTIAL_MESSAGES, credentialJudgement, withJudgement } from '../council-judgement-reports';
import { labelsAReference } from '../../judge/labels';
import { codeStands, passwordStands, unlabelledSecrets } from './unlabelled';
import { givenCodes } from './given';

const LABELS = (Object.keys(SECRET_LABELS) as (keyof typeof SECRET_LABELS)[]).map((kind) => ({ kind, re: phraseRegExp(SECRET_LABELS[kind]) }));
const MAX_PER_FIELD = 20;
// Sticky copies, so the separator and value are matched in place after each label (no slicing per label).
const sticky = (re: RegExp) => new RegExp(re.source.replace(/^\^/, ''), re.flags.replace('g', '') + 'y');
const SEPARATOR_AT = sticky(SEPARATOR);
const VALUE_AT = sticky(VALUE);

interface Hit {
  kind: SecretKind;
  name: string;
  start: number;
  end: number;
}

function classes(s: string): number {
  return Number(/[a-z]/.test(s)) + Number(/[A-Z]/.test(s)) + Number(/[0-9]/.test(s)) + Number(/[^A-Za-z0-9]/.test(s));
}

/** Does a value after "password is" etc. look like a secret rather than talk about one? */
export function looksSecret(kind: SecretKind, value: string, quoted: boolean): boolean {
  if (/^(.)\1*$/.test(value)) return false; // "********", "xxxxxx"
  if (kind === 'pin') return /^[0-9]{4,8}$/.test(value);
  if (kind === 'code') return /^[0-9]{4,8}$/.test(value) || /^[0-9]{3}-[0-9]{3}$/.test(value);
  if (/^[([<{]/.test(value) || /^(?:https?:|www\.)/i.test(value) || /^[^@\s]{1,64}@[^@\s]{1,255}\.[a-z]{2,24}$/i.test(value)) return false;
  const min = kind === 'api-key' ? 16 : 6;
  if (value.length < min) return false;
  if (PLAIN_WORD.test(value)) return quoted && kind === 'password';
  if (kind === 'api-key') return /[0-9]/.test(value) || classes(value) >= 3;
  return classes(value) >= 2;
}

function scan(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const p of KEY_PATTERNS) {
    for (const m of matches(p.re, text)) {
      const secret = m[m.length - 1];
      const end = m.index + m[0].length;
      let stop = end;
      if (p.kind === 'private-key') {
        // The whole block is the secret: through the END line when there is one.
        const close = text.indexOf('-----END', end);
        if (close >= 0) {
          const eol = text.indexOf('-----', close + 8);
          stop = eol >= 0 ? eol + 5 : close + 8;
        }
      }
      hits.push({ kind: p.kind, name: p.name, start: end - secret.length, end: stop });
    }
  }
  for (const { kind, re } of LABELS) {
    for (const m of matches(re, text)) {
      const after = m.index + m[0].length;
      SEPARATOR_AT.lastIndex = after;
      const sep = SEPARATOR_AT.exec(text);
      if (!sep) continue;
      VALUE_AT.lastIndex = after + sep[0].length;
      const v = VALUE_AT.exec(text);
      if (!v) continue;
      const quoted = v[1] !== '';
      // A sentence's full stop or comma is not part of the secret.
      const value = quoted ? v[2] : v[2].replace(/[.,;:)]$/, '');
      if (!looksSecret(kind, value, quoted)) continue;
      // A conference PIN, a booking reference or a confirmation code labels something that is not a secret.
      if (kind !== 'api-key' && labelsAReference(text, m.index, after)) continue;
      const start = after + sep[0].length + v[1].length;
      hits.push({ kind, name: kind, start, end: start + value.length });
    }
  }
  // Codes and passwords given without a label ("the gate's 4516", "log in with wtc / Marigold!88").
  for (const u of unlabelledSecrets(text)) hits.push({ kind: u.kind, name: u.kind, start: u.start, end: u.end });
  // Codes given for something named nearby ("the safe … It's now 41-07-26, turn left first").
  for (const u of givenCodes(text)) hits.push({ kind: u.kind, name: u.kind, start: u.start, end: u.end });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue; // one finding per secret, the first pattern that saw it
    out.push(h);
    if (out.length >= MAX_PER_FIELD) break;
  }
  return out;
}

/**
 * A hirer's own code for their booking, changed after each hire ("Your booking of the hall is
 * confirmed … The key safe is code 4471, and we change the code after every hire"): giving its user
 * the code is what it is for, and the copy in the email opens nothing after the hire (3.1 forbids
 * disclosing a password without authorisation, 5.2 asks for one kept and changed). A code that stays
 * (the office's alarm), or one for someone else's booking ("Mrs Patel's hire"), is still a secret.
 */
const ONE_OFF = /\b(?:chang|reset)\w* (?:\S+ ){0,3}(?:after|at the end of) (?:every|each) (?:hire|booking|let|use)/i;
const YOURS = /\byour (?:hire|booking)|\byou(?:'ve|’ve| have) booked/i;
/** Said of the code at [start, end): in its own sentence or the next, to the hirer of a booking. */
function hirersCode(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('\n', start)) + 1;
  return ONE_OFF.test(text.slice(from, end) + /^[^.!?\n]*[.!?\n]?[^.!?\n]*/.exec(text.slice(end, end + 300))![0]) && YOURS.test(text);
}

/** The learnt judgement's candidate value, checked as the rule checks its own (a label, a number of something else). */
const valueStands = (text: string, c: { start: number; end: number }) =>
  /[a-z]/.test(text.slice(c.start, c.end)) ? passwordStands(text, c.start, c.end) : !hirersCode(text, c.start, c.end) && codeStands(text, c.start, c.end);

// The learnt judgement speaks only when the rule's own patterns found nothing (issue #17).
export default withJudgement((ctx) => credentialJudgement(ctx, valueStands), defineRule({
  meta: {
    id: 'credentials/secret',
    category: 'credentials',
    clause: '5.2',
    summary: 'A password, PIN, one-time code or access key written in the email',
    defaultLevel: 'block',
    messages: {
      password:
        'This looks like a password ({masked}). Email is kept, forwarded and disclosed like paper records, so a password in it stays readable long after you send it. The policy says to keep passwords confidential (3.1, 5.2). Remove it and pass it on by phone or in person, then ask for it to be changed.',
      pin: 'This looks like a PIN ({masked}). The policy says to keep passwords and PINs confidential (3.1, 5.2). Remove it and pass it on by phone or in person.',
      code: 'This looks like an access code, PIN or one-time code ({masked}). An email is kept as a council record and can be forwarded or disclosed (for example under the Freedom of Information Act), so anyone who sees it later could use the code, even when it goes only to a colleague (policy 3.1, 4.1, 5.2). Remove it and pass it on by phone or in person.',
      'api-key':
        'This looks like a {name} ({masked}). Anyone who reads the email could use it to get into the council’s systems (policy 3.1, 5.2). Remove it, and ask IT to revoke and replace the key.',
      'private-key':
        'This email contains a private key. Anyone who reads the email could use it to get into the council’s systems (policy 3.1, 5.2). Remove it, and ask IT to replace the key.',
      ...CREDENTIAL_MESSAGES,
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    // The whole body, quoted part included: forwarding a password passes it on again (issue #18).
    for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.draft.body.text]] as const) {
      for (const h of scan(text)) {
        if (h.kind === 'code' && hirersCode(text, h.start, h.end)) continue;
        const actual = mask(text.slice(h.start, h.end));
        const span: Span = { field, start: h.start, end: h.end };
        report({ messageId: h.kind, data: { masked: actual, name: h.name }, span, actual });
      }
    }
  },
}));
