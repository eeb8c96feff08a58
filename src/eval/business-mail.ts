// `council-mail eval business-mail DIR…`: ordinary business email (one plain-text email per file,
// optional first line "Subject: …"), each checked as an officer's email to one external recipient.
// Every email is innocent, so only the false alarms are counted: blockRate (verdict block) and
// warnRate (verdict warn, not counting an email whose only warning is attachments/missing: these
// sets had their attachments stripped). Evaluation only: nothing is trained on these sets.
import fs from 'fs';
import path from 'path';
import { defaultPolicy } from './default-policy';
import { findingsFor } from './rule-runner';
import type { Finding } from '../policy/finding';
import type { RuleId } from '../policy/rule-ids';
import type { PolicyConfig } from '../policy/config';

/** A warning that says nothing about these sets: their attachments were stripped. */
const IGNORED_WARNINGS = new Set<RuleId>(['attachments/missing']);

export interface RuleCounts {
  /** Emails with at least one block finding from this rule. */
  block: number;
  /** Emails with at least one warn finding from this rule. */
  warn: number;
}

export interface SetFigures {
  n: number;
  blockRate: number;
  warnRate: number;
  byRule: Record<string, RuleCounts>;
}

export interface BusinessMailReport {
  task: 'business-mail';
  n: number;
  blockRate: number;
  warnRate: number;
  sets: Record<string, SetFigures>;
  byRule: Record<string, RuleCounts>;
}

export interface BusinessMail {
  file: string;
  subject: string;
  body: string;
}

/** Reads one folder of emails, sorted by name. A file that is not text is read as Latin-1. */
export function readBusinessMail(dir: string): BusinessMail[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder of emails.`);
  return fs
    .readdirSync(dir)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'latin1');
      const m = /^subject:(.*)\r?\n/i.exec(text);
      return m ? { file: f, subject: m[1].trim(), body: text.slice(m[0].length) } : { file: f, subject: '', body: text };
    });
}

/** What one email's verdict is for this measure, counting out the ignored warnings. */
export function businessVerdict(findings: readonly Finding[]): 'block' | 'warn' | 'ok' {
  if (findings.some((f) => f.level === 'block')) return 'block';
  if (findings.some((f) => f.level === 'warn' && !IGNORED_WARNINGS.has(f.ruleId))) return 'warn';
  return 'ok';
}

function count(byRule: Record<string, RuleCounts>, findings: readonly Finding[]): void {
  const seen = new Set<string>();
  for (const f of findings) {
    if (f.level !== 'block' && f.level !== 'warn') continue;
    const key = `${f.ruleId}\u0000${f.level}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const c = (byRule[f.ruleId] ??= { block: 0, warn: 0 });
    c[f.level]++;
  }
}

export interface ShownSentence {
  set: string;
  file: string;
  level: string;
  text: string;
}

/**
 * Scores the sets. `show`, when given a rule id, receives the text each finding of that rule
 * pointed at (for the terminal only: nothing is written anywhere).
 */
export function evalBusinessMail(
  dirs: readonly string[],
  opts: { config?: PolicyConfig; show?: { ruleId: string; emit(s: ShownSentence): void } } = {},
): BusinessMailReport {
  const config = opts.config ?? defaultPolicy();
  const report: BusinessMailReport = { task: 'business-mail', n: 0, blockRate: 0, warnRate: 0, sets: {}, byRule: {} };
  let blocked = 0;
  let warned = 0;
  for (const dir of dirs) {
    const name = path.basename(path.resolve(dir));
    const mails = readBusinessMail(dir);
    const set: SetFigures = { n: mails.length, blockRate: 0, warnRate: 0, byRule: {} };
    let b = 0;
    let w = 0;
    for (const m of mails) {
      const findings = findingsFor(m.body, m.subject, config);
      const v = businessVerdict(findings);
      if (v === 'block') b++;
      else if (v === 'warn') w++;
      count(set.byRule, findings);
      count(report.byRule, findings);
      if (opts.show) {
        for (const f of findings) {
          if (f.ruleId !== opts.show.ruleId || (f.level !== 'block' && f.level !== 'warn')) continue;
          const text = f.span && f.span.field === 'body' ? m.body.slice(f.span.start, f.span.end) : f.span?.field === 'subject' ? m.subject.slice(f.span.start, f.span.end) : f.actual ?? '';
          opts.show.emit({ set: name, file: m.file, level: f.level, text: sentenceAround(m, f) || text });
        }
      }
    }
    set.blockRate = b / Math.max(1, mails.length);
    set.warnRate = w / Math.max(1, mails.length);
    // Two folders of the same name (e.g. .../enron1/ham and another .../ham) are kept apart.
    let key = name;
    for (let i = 2; key in report.sets; i++) key = `${name}-${i}`;
    report.sets[key] = set;
    report.n += mails.length;
    blocked += b;
    warned += w;
  }
  report.blockRate = blocked / Math.max(1, report.n);
  report.warnRate = warned / Math.max(1, report.n);
  return report;
}

/** The line of the body (or the subject) around a finding's span, trimmed to 200 characters. */
function sentenceAround(m: BusinessMail, f: Finding): string {
  if (!f.span) return '';
  const text = f.span.field === 'subject' ? m.subject : f.span.field === 'body' ? m.body : '';
  if (!text) return '';
  const start = Math.max(text.lastIndexOf('\n', f.span.start - 1) + 1, f.span.start - 100);
  let end = text.indexOf('\n', f.span.end);
  if (end < 0) end = text.length;
  end = Math.min(end, f.span.end + 100);
  const before = text.slice(start, f.span.start);
  const hit = text.slice(f.span.start, f.span.end);
  const after = text.slice(f.span.end, end);
  return `${before}[${hit}]${after}`.replace(/\s+/g, ' ').trim();
}

const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;

/** The table printed above the JSON line. */
export function businessMailTable(r: BusinessMailReport): string {
  const lines = ['set             n      blocked   warned', '--------------  -----  --------  --------'];
  for (const [name, s] of Object.entries(r.sets)) lines.push(`${name.padEnd(14)}  ${String(s.n).padStart(5)}  ${pct(s.blockRate).padStart(8)}  ${pct(s.warnRate).padStart(8)}`);
  lines.push(`${'all'.padEnd(14)}  ${String(r.n).padStart(5)}  ${pct(r.blockRate).padStart(8)}  ${pct(r.warnRate).padStart(8)}`);
  lines.push('', 'rule                               emails blocked  emails warned');
  const rules = Object.entries(r.byRule).sort((a, b) => b[1].block - a[1].block || b[1].warn - a[1].warn);
  for (const [id, c] of rules) lines.push(`${id.padEnd(34)} ${String(c.block).padStart(14)}  ${String(c.warn).padStart(13)}`);
  return lines.join('\n');
}
