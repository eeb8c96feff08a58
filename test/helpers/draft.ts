// Builders for tests: a draft from a few fields, and the default council policy.
import fs from 'fs';
import path from 'path';
import { parsePolicyText, resolvePolicy, type PolicyConfig } from '../../src/policy/config';
import { check, emptyDraft } from '../../src/policy/engine';
import type { Address, MailDraft } from '../../src/policy/types';
import type { Rule } from '../../src/policy/rule';
import type { Finding } from '../../src/policy/finding';

export const ROOT = path.resolve(__dirname, '../..');
export const SHARED = path.resolve(ROOT, '../shared');

export const CLLR = 'cllr.ada.lovelace@waretowncouncil.gov.uk';
export const CLERK = 'clerk@waretowncouncil.gov.uk';
export const STAFF = 'admin.assistant@waretowncouncil.gov.uk';
export const RESIDENT = 'jo.bloggs@example.co.uk';

/** The shipped Ware Town Council policy, with optional overrides. */
export function policy(overrides: Record<string, unknown> = {}): PolicyConfig {
  const raw = JSON.parse(fs.readFileSync(path.join(ROOT, 'policy/ware-town-council.json'), 'utf8'));
  return resolvePolicy({ ...raw, ...overrides });
}

export { parsePolicyText };

const addr = (a: string | Address): Address => (typeof a === 'string' ? { address: a } : a);

export interface DraftSpec extends Partial<Omit<MailDraft, 'to' | 'cc' | 'bcc' | 'from' | 'body'>> {
  from?: string | Address;
  to?: (string | Address)[];
  cc?: (string | Address)[];
  bcc?: (string | Address)[];
  body?: string | MailDraft['body'];
}

export function draft(spec: DraftSpec = {}): MailDraft {
  const { from, to, cc, bcc, body, ...rest } = spec;
  return emptyDraft({
    ...rest,
    from: from === undefined ? addr(CLERK) : addr(from),
    to: (to ?? [RESIDENT]).map(addr),
    cc: (cc ?? []).map(addr),
    bcc: (bcc ?? []).map(addr),
    body: typeof body === 'string' ? { text: body } : body ?? { text: '' },
  });
}

/** Findings of one rule on a draft, as strings (`body:12-19 warn message [rule-id]`). */
export function findingsOf(rule: Rule, d: MailDraft, config: PolicyConfig = policy()) {
  return check(d, config, { rules: [rule], surface: rule.meta.surface ?? 'compose' }).findings;
}

/** A finding's message id and span, `messageId@field:start-end` (just the message id without a span). */
export function findingIdOf(f: Finding): string {
  return f.span ? `${f.messageId}@${f.span.field}:${f.span.start}-${f.span.end}` : f.messageId;
}

/** Message ids and spans of one rule's findings, for tables that must not assert wording. */
export function idsOf(rule: Rule, d: MailDraft, config?: PolicyConfig): string[] {
  return findingsOf(rule, d, config).map(findingIdOf);
}

/** Every learnt judgement switched on (the shipped policy has none: policy file `learntJudgements`). */
export const ALL_LEARNT = ['instruction', 'harassment', 'threat', 'discrimination', 'impolite', 'confidential', 'special-category', 'credentials', 'advertising'];
export const learntPolicy = (): PolicyConfig => policy({ learntJudgements: ALL_LEARNT });
export const learntFindingsOf = (rule: Rule, d: MailDraft, config: PolicyConfig = learntPolicy()) => findingsOf(rule, d, config);
export const learntIdsOf = (rule: Rule, d: MailDraft, config: PolicyConfig = learntPolicy()) => idsOf(rule, d, config);
