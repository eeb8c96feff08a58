// The council's policy as Exchange Online mail flow rules: a backstop for mail the add-in never saw
// (Outlook on phones, other mail apps, a client where the add-in did not load). Only what a pattern
// can judge as precisely as the add-in's own check goes into a rule that rejects or holds mail;
// tone, harassment and councillors' instructions need the add-in and are said to be missing.
//
// Semantics relied on (Microsoft Learn, Exchange Online, "Mail flow rules (transport rules) in
// Exchange Online", section "Multiple conditions, exceptions, and actions"): conditions AND, values of
// one condition OR, exceptions OR. Parameters and values: MicrosoftDocs/office-docs-powershell,
// New-TransportRule.md and Set-TransportRule.md (checked by test/exchange against a fixture).
import type { PolicyConfig } from '../policy/config';
import type { RuleId } from '../policy/rule-ids';
import { BLOCKED } from '../policy/rules/attachments/files';
import { CHECKED_TOKEN } from '../office/checked-header';

export type ExportMode = 'audit' | 'notify' | 'enforce';
/** What the rule does to mail that meets it. */
export type RuleEffect = 'reject' | 'hold' | 'disclaimer' | 'copy' | 'record' | 'strip';
export type PsValue = string | number | boolean | readonly string[];

export interface TransportRuleSpec {
  /** Stable key, e.g. "executable-content". */
  key: string;
  /** "Council Email Policy – …", at most 64 characters (New-TransportRule -Name). */
  name: string;
  /** The policy clause it puts into practice. */
  clause: string;
  /** One line for the script's comment and the rule's Comments. */
  summary: string;
  effect: RuleEffect;
  /** A content check: skipped for mail carrying the add-in's "checked" header, when that is on. */
  content: boolean;
  /** Parameters for New-TransportRule / Set-TransportRule, in order. */
  settings: [string, PsValue][];
}

export interface ExportOptions {
  /**
   * --mode: one mode for every rule, winning over the policy file (default audit, the safe first
   * step); 'policy' follows the file instead: each rule takes the mode of the add-in rule it backs
   * (ruleModes, else mode): monitor → Audit, warn → AuditAndNotify, enforce → Enforce.
   */
  mode?: ExportMode | 'policy';
}

export const RULE_PREFIX = 'Council Email Policy – ';

/** Policy modes to the rule's -Mode (New-TransportRule.md, -Mode). */
const MODE_OF: Record<ExportMode, string> = { audit: 'Audit', notify: 'AuditAndNotify', enforce: 'Enforce' };
const FROM_POLICY_MODE = { monitor: 'audit', warn: 'notify', enforce: 'enforce' } as const;

/**
 * Headings that mark business the public was excluded from (Public Bodies (Admission to Meetings)
 * Act 1960 s1(2); "Part II" and "exempt" papers) — the marked paper itself, not a mention of it:
 * "considered in Part II, so I cannot say more" meets none of them. Written in the subset of .NET
 * regular-expression syntax that JavaScript reads the same way (no look-behind, no inline options).
 */
export const PART_II_PATTERNS: readonly string[] = [
  '\\bPART\\s+(II|2|TWO)\\s*[-:]?\\s*(CONFIDENTIAL|EXEMPT)\\b',
  '\\b(CONFIDENTIAL|EXEMPT)\\s*[-:]?\\s*PART\\s+(II|2|TWO)\\b',
  '\\bNOT\\s+FOR\\s+PUBLICATION\\b',
  '\\bexempt\\s+information\\s+(under|within)\\s+paragraph\\s+\\d',
];

/**
 * A password given with its label and a value shaped like a real password: eight or more characters
 * with letters and a digit or symbol ("the password for the booking system is Marigold!88").
 * Short numbers ("the password is 63848", a door code, a dial-in PIN) are left to the add-in, which
 * reads the sentence around them: a pattern cannot tell a PIN for a conference call from a secret.
 */
export const PASSWORD_PATTERNS: readonly string[] = [
  '\\b(password|passcode|passwd)\\b[^.\\n]{0,40}?(\\bis\\b|[:=])\\s*["\']?(?=[^\\s"\',;]{8,})(?=[^\\s"\',;]*[A-Za-z])(?=[^\\s"\',;]*[0-9!#$%&*@^])[^\\s"\',;]+',
];

/** UK National Insurance numbers (HMRC NIM39110: prefixes never use D, F, I, Q, U, V; O not second). */
export const NI_NUMBER_PATTERNS: readonly string[] = ['\\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\s?\\d\\d\\s?\\d\\d\\s?\\d\\d\\s?[A-D]\\b'];

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The export's rules for a policy, in the order they must run (the header strip runs last). */
export function exportRules(config: PolicyConfig, options: ExportOptions = {}): TransportRuleSpec[] {
  const council = config.organisation.name;
  const backstop = config.backstop;
  const rules: TransportRuleSpec[] = [];
  const mode = options.mode ?? 'audit';
  const modeFor = (addinRule: RuleId | '', effect: RuleEffect): string => {
    if (effect === 'strip') return MODE_OF.enforce; // removing our own header never stops a message
    if (effect === 'record') return MODE_OF.audit; // the add-in only warns here: the server records
    if (mode !== 'policy') return MODE_OF[mode];
    return MODE_OF[FROM_POLICY_MODE[(addinRule ? config.ruleModes[addinRule] : undefined) ?? config.mode]];
  };
  const outgoing: [string, PsValue][] = [['FromScope', 'InOrganization']];
  const toOutside: [string, PsValue][] = [['SentToScope', 'NotInOrganization']];
  const reject = (what: string, clause: string, action: string): [string, PsValue] => [
    'RejectMessageReasonText',
    `Not sent: ${what}. ${council}'s email policy (${clause}) does not allow this. ${action}`,
  ];
  const add = (
    key: string,
    title: string,
    /** The add-in rule this server rule backs up; '' for the header strip, which backs none. */
    addinRule: RuleId | '',
    clause: string,
    summary: string,
    effect: RuleEffect,
    content: boolean,
    settings: [string, PsValue][],
  ) => {
    const name = RULE_PREFIX + title;
    const all: [string, PsValue][] = [...settings];
    if (content && backstop.stampHeader) {
      all.push(['ExceptIfHeaderContainsMessageHeader', backstop.headerName], ['ExceptIfHeaderContainsWords', [CHECKED_TOKEN]]);
    }
    all.push(['Mode', modeFor(addinRule, effect)], ['Comments', `Policy ${clause}: ${summary} Generated by council-mail policy export exchange from policy version ${config.version}.`]);
    rules.push({ key, name, clause, summary, effect, content, settings: all });
  };

  add('executable-content', 'Executable attachments', 'attachments/executable', '3.1', 'Stops attachments whose content is a program, whatever their name.', 'reject', false, [
    ...outgoing,
    ['AttachmentHasExecutableContent', true],
    reject('an attachment is a program', '3.1', 'Remove the attachment, or ask IT how to share the file safely.'),
  ]);
  add('blocked-types', 'Blocked attachment types', 'attachments/executable', '3.1', 'Stops file types that can run code and that Microsoft 365 blocks by default, also inside archives.', 'reject', false, [
    ...outgoing,
    ['AttachmentExtensionMatchesWords', [...BLOCKED].sort()],
    reject('an attachment is a type of file that can run programs', '3.1', 'Remove the attachment, or ask IT how to share the file safely.'),
  ]);
  add('part-ii-outside', 'Part II papers going outside', 'confidential/external', '3.1, 4.3c', 'Part II, exempt and not-for-publication papers sent outside the council.', backstop.clerk ? 'hold' : 'reject', true, [
    ...outgoing,
    ...toOutside,
    ['SubjectOrBodyMatchesPatterns', PART_II_PATTERNS],
    backstop.clerk
      ? ['ModerateMessageByUser', [backstop.clerk]]
      : reject('it carries a Part II, exempt or not-for-publication marking and is addressed outside the council', '3.1', 'Send it only to people inside the council, or ask the Clerk.'),
  ]);
  add('passwords', 'Passwords in email', 'credentials/secret', '3.1, 5.2', 'Passwords written into a message with their label.', 'reject', true, [
    ...outgoing,
    ['SubjectOrBodyMatchesPatterns', PASSWORD_PATTERNS],
    reject('it contains a password', '3.1, 5.2', 'Remove the password and give it by phone or in person, then change it if it has already been sent.'),
  ]);
  add('ni-numbers-outside', 'NI numbers going outside (record only)', 'personal-data/external', '4.1', 'National Insurance numbers sent outside the council; recorded in message trace, never stopped (the add-in only warns).', 'record', true, [
    ...outgoing,
    ...toOutside,
    ['SubjectOrBodyMatchesPatterns', NI_NUMBER_PATTERNS],
    ['SetAuditSeverity', 'Medium'],
  ]);
  const councillors = config.roles.groups?.councillors ? { FromMemberOf: [config.roles.groups.councillors] } : config.roles.councillors.length ? { From: config.roles.councillors } : undefined;
  if (councillors) {
    const [param, value] = Object.entries(councillors)[0];
    add('councillor-disclaimer', 'Councillor disclaimer', 'disclaimer/personal-views', '2.2', "Adds the personal-views disclaimer to councillors' mail to people outside the council.", 'disclaimer', true, [
      [param, value],
      ...toOutside,
      ['ApplyHtmlDisclaimerText', `<p style="font-size:small">${html(config.disclaimer)}</p>`],
      ['ApplyHtmlDisclaimerLocation', 'Append'],
      // Ignore: a signed or encrypted message goes without the disclaimer rather than being wrapped.
      ['ApplyHtmlDisclaimerFallbackAction', 'Ignore'],
    ]);
    if (backstop.councillorExternal !== 'off' && backstop.clerk) {
      const hold = backstop.councillorExternal === 'hold';
      add('councillor-outside', hold ? 'Councillor mail held for the Clerk' : 'Councillor mail copied to the Clerk', 'instructions/councillor', '4.3c', "Councillors' mail to people outside the council, for the Clerk (chosen by the council).", hold ? 'hold' : 'copy', false, [
        [param, value],
        ...toOutside,
        hold ? ['ModerateMessageByUser', [backstop.clerk]] : ['BlindCopyTo', [backstop.clerk]],
      ]);
    }
  }
  if (backstop.stampHeader) {
    add('strip-header', 'Remove checked header', '', '—', "Removes the add-in's checked header from mail leaving the council.", 'strip', false, [
      ...outgoing,
      ...toOutside,
      ['RemoveHeader', backstop.headerName],
    ]);
  }
  return rules;
}

/** What patterns cannot judge, said in the script and the command's output. */
export const NOT_COVERED: readonly string[] = [
  'courteous language, threats, harassment and discrimination (2.3, 3.1, 4.3c): these need the sense of a sentence, not a pattern;',
  "councillors' instructions to staff or contractors (4.3c): phrased in too many ways for a pattern;",
  'unneeded copies and personal views without a disclaimer beyond councillors\' outside mail (2.2, 4.3c);',
  'personal and special-category data in prose (4.1): only National Insurance numbers are recorded;',
  'attachments from senders whose authenticity is unknown (4.3c, reading).',
];
