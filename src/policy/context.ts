// What a rule sees: the draft, the policy, and facts derived once per check (lazily, so a check
// that runs only recipient rules never splits the body into sentences).
import type { PolicyConfig } from './config';
import type { Address, MailDraft, RecipientField } from './types';
import { ownRanges, quotedRanges, type Range } from './text/quotes';
import { splitSentences, type Sentence } from './text/sentences';
import { inheritedSubject } from './judge/reported';

export type SenderRole = 'councillor' | 'officer' | 'staff';

export interface SenderInfo {
  role: SenderRole;
  /** How the role was decided: listed in the policy file, marked by the display name, or neither. */
  source: 'policy' | 'display-name' | 'default';
}

export interface Recipient extends Address {
  field: RecipientField;
  /** Index within its field (spans on list fields use it). */
  index: number;
  /** Lower-cased address. */
  key: string;
  domain: string;
  internal: boolean;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
}

export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

const COUNCILLOR_NAME = /\b(cllr|councillor|councilor)\b/i;

export class RuleContext {
  private cache = new Map<string, unknown>();

  constructor(
    readonly draft: MailDraft,
    readonly config: PolicyConfig,
  ) {}

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  /** Is this domain the council's own (or a subdomain of it)? */
  isCouncilDomain(domain: string): boolean {
    const d = domain.toLowerCase();
    return this.config.organisation.domains.some((od) => d === od || d.endsWith('.' + od));
  }

  isPartnerDomain(domain: string): boolean {
    const d = domain.toLowerCase();
    return this.config.partnerDomains.some((pd) => d === pd || d.endsWith('.' + pd));
  }

  isPersonalDomain(domain: string): boolean {
    return this.config.personalDomains.includes(domain.toLowerCase());
  }

  isInternal(address: string): boolean {
    return this.isCouncilDomain(domainOf(address));
  }

  /** Role of a person by address and display name (ARCHITECTURE §5). */
  roleOf(addr: Address | undefined): SenderInfo {
    if (!addr) return { role: 'staff', source: 'default' };
    const key = addr.address.trim().toLowerCase();
    if (this.config.roles.councillors.includes(key)) return { role: 'councillor', source: 'policy' };
    if (this.config.roles.officers.includes(key)) return { role: 'officer', source: 'policy' };
    if (addr.name && COUNCILLOR_NAME.test(addr.name)) return { role: 'councillor', source: 'display-name' };
    return { role: 'staff', source: 'default' };
  }

  get sender(): SenderInfo {
    return this.memo('sender', () => this.roleOf(this.draft.from));
  }

  /** All recipients in To, Cc, Bcc order. */
  get recipients(): Recipient[] {
    return this.memo('recipients', () => {
      const out: Recipient[] = [];
      for (const field of ['to', 'cc', 'bcc'] as const) {
        this.draft[field].forEach((a, index) => {
          const domain = domainOf(a.address);
          out.push({ ...a, field, index, key: a.address.trim().toLowerCase(), domain, internal: this.isCouncilDomain(domain) });
        });
      }
      return out;
    });
  }

  /** Recipients outside the council (partner bodies count as external here). */
  get externalRecipients(): Recipient[] {
    return this.memo('external', () => this.recipients.filter((r) => !r.internal));
  }

  /** Quoted earlier messages in the body: only in a reply or forward, below the client's header. */
  get quoted(): Range[] {
    return this.memo('quoted', () => quotedRanges(this.draft.body.text, this.draft.composeType));
  }

  /** The quoted parts of the body, lower-cased and joined: who an earlier message came from or went to. */
  get quotedText(): string {
    return this.memo('quotedText', () => this.quoted.map((r) => this.draft.body.text.slice(r.start, r.end).toLowerCase()).join('\n'));
  }

  /** Is the subject a reply's or forward's kept from the message it answers (judge/reported.ts), so the earlier writer's words? */
  get subjectInherited(): boolean {
    return this.memo('subjectInherited', () => inheritedSubject(this.draft.subject, this.quotedText));
  }

  /** The sender's own words in the body (the complement of `quoted`). */
  get own(): Range[] {
    return this.memo('own', () => ownRanges(this.draft.body.text.length, this.quoted));
  }

  /** Is body offset `i` inside quoted text? */
  isQuoted(i: number): boolean {
    return this.quoted.some((q) => i >= q.start && i < q.end);
  }

  /** Sentences of the sender's own body text. */
  get sentences(): Sentence[] {
    return this.memo('sentences', () => this.own.flatMap((r) => splitSentences(this.draft.body.text, r)));
  }

  /** The sender's own body text with quoted parts blanked to spaces (offsets unchanged). */
  get ownText(): string {
    return this.memo('ownText', () => {
      const t = this.draft.body.text;
      if (!this.quoted.length) return t;
      let out = '';
      let pos = 0;
      for (const q of this.quoted) {
        out += t.slice(pos, q.start) + t.slice(q.start, q.end).replace(/[^\n]/g, ' ');
        pos = q.end;
      }
      return out + t.slice(pos);
    });
  }
}
