// The words of the Smart Alert and the notifications. Limits from Office: errorMessage and
// errorMessageMarkdown ≤ 500 characters, cancelLabel ≤ 20, notification messages ≤ 150.
import { RULES } from '../policy/rules';
import type { FindingData, Level } from '../policy/types';
import { COMPOSE_BUTTON_LABEL, type SmartAlertContext } from './ids';

export const ERROR_MESSAGE_MAX = 500;
export const NOTIFICATION_MAX = 150;
export const CANCEL_LABEL = 'Review';

const SUMMARY = new Map(RULES.map((r) => [r.meta.id, r.meta.summary]));
const RANK: Record<Level, number> = { block: 0, warn: 1, info: 2 };

/** The findings worth naming, most serious first, one per rule. */
export function topFindings(findings: readonly FindingData[], max = 3): FindingData[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => f.level !== 'info')
    .slice()
    .sort((a, b) => RANK[a.level] - RANK[b.level])
    .filter((f) => (seen.has(f.ruleId) ? false : (seen.add(f.ruleId), true)))
    .slice(0, max);
}

function summaryOf(f: FindingData): string {
  return SUMMARY.get(f.ruleId) ?? f.ruleId;
}

export function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1).trimEnd() + '…';
}

/** Fit a heading, bullet lines and a closing line into `max` characters, dropping bullets first. */
function fit(head: string, lines: string[], tail: string, max: number, sep = '\n'): string {
  for (let n = lines.length; n >= 0; n--) {
    const more = lines.length - n;
    const body = lines.slice(0, n).concat(more ? [`…and ${more} more`] : []);
    const s = [head, ...body, tail].join(sep);
    if (s.length <= max) return s;
  }
  return clip(`${head}${sep}${tail}`, max);
}

/**
 * Which dialog the message is for. Each closing line names only buttons that dialog has
 * (smart-alerts-onmessagesend-walkthrough; office.smartalertseventcompletedoptions):
 * - Mailbox 1.14 and later: our commandId/cancelLabel button "Review" (beside Don't Send, or in its
 *   place on classic Outlook before Version 2412 and on Mac), and "Send Anyway" for a warning.
 * - Below 1.14: only "Don't Send"; the task pane is the ribbon button (manifest ComposeButton.Label).
 */
export type AlertKind = 'block' | 'block-no-command' | 'warn-prompt' | 'warn-once';

const BLOCK_HEAD = "This email can't be sent as it is under the council's Internet and Email Policy:";
const WARN_HEAD = "This email may not meet the council's Internet and Email Policy:";
const HEAD: Record<AlertKind, string> = {
  block: BLOCK_HEAD,
  'block-no-command': BLOCK_HEAD,
  'warn-prompt': WARN_HEAD,
  'warn-once': WARN_HEAD,
};
const RIBBON = `choose “${COMPOSE_BUTTON_LABEL}” on the ribbon`;
const TAIL: Record<AlertKind, string> = {
  block: `Choose ${CANCEL_LABEL} to see what to change.`,
  'block-no-command': `Choose Don't Send, then ${RIBBON} to see what to change.`,
  'warn-prompt': `Choose ${CANCEL_LABEL} to see why and fix it, or Send Anyway if you are sure.`,
  'warn-once': `Choose Don't Send, then ${RIBBON} to see why and fix it, or press Send again to send it as it is.`,
};

/** Plain errorMessage (all requirement sets). `total`: how many warn/block findings in all. */
export function alertText(kind: AlertKind, findings: readonly FindingData[], total = findings.length): string {
  const top = topFindings(findings, 3);
  const lines = top.map((f) => `• ${summaryOf(f)} (clause ${f.clause})`);
  const others = total - top.length;
  if (others > 0) lines.push(`…and ${others} more point${others === 1 ? '' : 's'}`);
  return fit(HEAD[kind], lines, TAIL[kind], ERROR_MESSAGE_MAX);
}

/**
 * errorMessageMarkdown (Mailbox 1.15): the same content with the findings as a list. Outlook's
 * dialog Markdown: "\n\n" starts a new line, list items start with "- " and end with "\r".
 */
export function alertMarkdown(kind: AlertKind, findings: readonly FindingData[]): string {
  const top = topFindings(findings, 3);
  const esc = (s: string) => s.replace(/([\\*_[\]()#`>])/g, '\\$1');
  const items = top.map((f) => `- **${esc(summaryOf(f))}** (clause ${esc(f.clause)})\r`);
  for (let n = items.length; n >= 0; n--) {
    const s = `**${esc(HEAD[kind])}**\n\n${items.slice(0, n).join('')}\n\n${esc(TAIL[kind])}`;
    if (s.length <= ERROR_MESSAGE_MAX) return s;
  }
  return clip(esc(TAIL[kind]), ERROR_MESSAGE_MAX);
}

/** The contextData the task pane reads to explain why the send stopped. */
export function alertContext(verdict: 'warn' | 'block', findings: readonly FindingData[]): string {
  const ctx: SmartAlertContext = {
    v: 1,
    source: 'smart-alert',
    verdict,
    findings: findings
      .filter((f) => f.level !== 'info')
      .slice(0, 20)
      .map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, level: f.level, clause: f.clause })),
  };
  return JSON.stringify(ctx);
}

/** One line for the info bar while composing (≤ 150 characters). */
export function notificationText(findings: readonly FindingData[]): string {
  const top = topFindings(findings, 1)[0];
  const n = findings.filter((f) => f.level !== 'info').length;
  if (!top) return '';
  const what = `${summaryOf(top)} (clause ${top.clause})`;
  const lead = n === 1 ? 'Before you send, check: ' : `${n} things to check before you send, including: `;
  return clip(lead + what, NOTIFICATION_MAX);
}

export const FAILURE_BLOCK_MESSAGE =
  "The council's email check could not finish, and the council has chosen not to send unchecked email. Try sending again; if this keeps happening, contact the council's IT support.";
export const FAILURE_ALLOW_NOTICE = "The council's email check could not finish, so this email was sent without being checked.";
