// A small interpreter for the mail flow rules the export writes, so tests can show which messages
// would meet them. It models only the conditions the export uses, from Microsoft Learn's Exchange
// Online pages (MicrosoftDocs/OfficeDocs-Exchange, ExchangeOnline/security-and-compliance/mail-flow-rules):
//   - "mail-flow-rules.md", Multiple conditions, exceptions, and actions: conditions AND, the values
//     of one condition OR, exceptions OR.
//   - "conditions-and-exceptions.md": Words "aren't case-sensitive, and can be surrounded by spaces
//     and punctuation marks"; Patterns are .NET regular expressions.
//   - "inspect-message-attachments.md": AttachmentHasExecutableContent uses true type detection of
//     the listed Windows and DOS executables; AttachmentExtensionMatchesWords also inspects files
//     inside attachments (New-TransportRule.md).
// Where it approximates, it says so:
//   - patterns run as JavaScript regular expressions, case-insensitively (the export writes only the
//     syntax both engines read alike; whether Exchange matches patterns case-insensitively is not
//     stated on these pages — matching both cases can only over-count here);
//   - FromScope/SentToScope: inside = an address in the council's own domains (Exchange uses the
//     accepted domains); a message to inside and outside people meets NotInOrganization (Exchange
//     applies it to the outside recipients' copy);
//   - executable content = a file starting with the "MZ" header of DOS and Windows programs, the
//     family every type on that page belongs to; archives are not opened (so names inside a zip
//     are not seen: this can only under-count).
import type { PsLiteral } from './powershell-ast';

export interface TestMessage {
  from: string;
  recipients: string[];
  subject: string;
  body: string;
  attachments: { name: string; content?: Uint8Array }[];
  /** Header names lower-cased. */
  headers: Record<string, string[]>;
}

export interface Organisation {
  domains: string[];
  groups?: Record<string, string[]>;
}

export type Effect = 'reject' | 'hold' | 'disclaimer' | 'copy' | 'strip' | 'record';

const ACTIONS: Record<string, Effect> = {
  RejectMessageReasonText: 'reject',
  ModerateMessageByUser: 'hold',
  ApplyHtmlDisclaimerText: 'disclaimer',
  BlindCopyTo: 'copy',
  RemoveHeader: 'strip',
  SetAuditSeverity: 'record',
};
/** Properties of the rule or of an action above, not conditions. */
const PROPERTIES = new Set(['Mode', 'Comments', 'ApplyHtmlDisclaimerLocation', 'ApplyHtmlDisclaimerFallbackAction', 'ExceptIfHeaderContainsWords']);

const list = (v: PsLiteral | undefined): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1).toLowerCase();

function inside(address: string, org: Organisation): boolean {
  const d = domainOf(address);
  return org.domains.some((o) => d === o || d.endsWith(`.${o}`));
}

/** Words semantics: whole words, any case, bounded by spaces, punctuation or the ends. */
function containsWord(text: string, word: string): boolean {
  const t = text.toLowerCase();
  const w = word.toLowerCase();
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
    const before = i === 0 ? '' : t[i - 1];
    const after = t[i + w.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

const extensionOf = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');
const isExecutable = (c?: Uint8Array) => !!c && c.length >= 2 && c[0] === 0x4d && c[1] === 0x5a;

function condition(param: string, value: PsLiteral, m: TestMessage, org: Organisation): boolean {
  switch (param) {
    case 'FromScope':
      return value === 'InOrganization' ? inside(m.from, org) : !inside(m.from, org);
    case 'SentToScope':
      return value === 'InOrganization' ? m.recipients.some((r) => inside(r, org)) : m.recipients.some((r) => !inside(r, org));
    case 'From':
      return list(value).some((a) => a.toLowerCase() === m.from.toLowerCase());
    case 'FromMemberOf':
      return list(value).some((g) => (org.groups?.[g] ?? []).some((a) => a.toLowerCase() === m.from.toLowerCase()));
    case 'SubjectOrBodyMatchesPatterns':
      return list(value).some((p) => {
        const re = new RegExp(p, 'i');
        return re.test(m.subject) || re.test(m.body);
      });
    case 'AttachmentExtensionMatchesWords': {
      const words = new Set(list(value).map((w) => w.toLowerCase()));
      return m.attachments.some((a) => words.has(extensionOf(a.name)));
    }
    case 'AttachmentHasExecutableContent':
      return value === true ? m.attachments.some((a) => isExecutable(a.content)) : true;
    default:
      throw new Error(`the interpreter does not model the condition ${param}`);
  }
}

export interface RuleResult {
  /** The message meets every condition and no exception. */
  meets: boolean;
  effect: Effect;
  mode: string;
}

/** Evaluates one rule's settings (as written in the script) against a message. */
export function evaluate(settings: Record<string, PsLiteral>, m: TestMessage, org: Organisation): RuleResult {
  let effect: Effect | undefined;
  let meets = true;
  let excepted = false;
  for (const [param, value] of Object.entries(settings)) {
    if (ACTIONS[param]) {
      if (effect) throw new Error(`two actions in one rule: ${effect} and ${param}`);
      effect = ACTIONS[param];
    } else if (PROPERTIES.has(param)) continue;
    else if (param === 'ExceptIfHeaderContainsMessageHeader') {
      const values = m.headers[String(value).toLowerCase()] ?? [];
      const words = list(settings.ExceptIfHeaderContainsWords);
      if (values.some((v) => words.some((w) => containsWord(v, w)))) excepted = true;
    } else if (param.startsWith('ExceptIf')) throw new Error(`the interpreter does not model the exception ${param}`);
    else meets = meets && condition(param, value, m, org);
  }
  if (!effect) throw new Error('a rule without an action');
  return { meets: meets && !excepted, effect, mode: String(settings.Mode ?? 'Enforce') };
}
