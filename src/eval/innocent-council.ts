// The innocent council set (test/fixtures/innocent-council/, issue #16): sentences and short emails
// from council life that must never block. Each item is sent as its voice would send it: a
// councillor's from a councillor's council address, every other voice's from the clerk's (the add-in
// only checks mail sent from a council mailbox), to one external recipient unless the line names
// another (`voice > officer | …`). Warnings are
// allowed and counted (attachments/missing left out, as in the business-mail measure).
import fs from 'fs';
import path from 'path';
import { check, emptyDraft } from '../policy/engine';
import { RULES } from '../policy/rules';
import type { PolicyConfig } from '../policy/config';
import type { Finding } from '../policy/finding';
import { businessVerdict } from './business-mail';
import { defaultPolicy } from './default-policy';

export interface InnocentItem {
  /** Theme: the file's name without `.txt`. */
  theme: string;
  /** Who writes it: clerk, rfo, councillor, contractor, resident … */
  voice: string;
  /**
   * Whom it is sent to (`voice > to | text`; the third fresh set): `outside` (the default: one
   * recipient outside the council), `officer` (one of the council's officers) or `councillor` (a
   * fellow councillor), both at the council's own address.
   */
  to: InnocentRecipient;
  text: string;
  /** `theme.txt:line`, for reports. */
  where: string;
}

export const INNOCENT_DIR = path.resolve(__dirname, '../../test/fixtures/innocent-council');
export const INNOCENT_OFFICER = 'clerk@waretowncouncil.gov.uk';
export const INNOCENT_COUNCILLOR = 'cllr.ada.lovelace@waretowncouncil.gov.uk';
export const INNOCENT_RECIPIENT = 'resident@example.co.uk';
/** Listed as officers and councillors in policy/ware-town-council.json, as the senders above. */
export const INNOCENT_OTHER_OFFICER = 'deputy.clerk@waretowncouncil.gov.uk';
export const INNOCENT_OTHER_COUNCILLOR = 'cllr.tom.baker@waretowncouncil.gov.uk';
const RECIPIENTS = ['outside', 'officer', 'councillor'] as const;
export type InnocentRecipient = (typeof RECIPIENTS)[number];

/**
 * Reads every `*.txt` in the folder (or those whose name `only` matches): `voice | text` or
 * `voice > to | text` a line (`to`: outside, officer or councillor), `\n` in text for a line break.
 */
export function readInnocentCouncil(dir: string = INNOCENT_DIR, only?: RegExp): InnocentItem[] {
  const out: InnocentItem[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt') && (!only || only.test(f))).sort()) {
    const theme = file.slice(0, -4);
    fs.readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const l = line.trim();
        if (!l || l.startsWith('#')) return;
        const bar = l.indexOf(' | ');
        if (bar < 0) throw new Error(`${file}:${i + 1}: expected "voice | text", found no " | ".`);
        const [voice, toWord, extra] = l.slice(0, bar).split('>').map((w) => w.trim());
        const to = (toWord ?? 'outside') as InnocentRecipient;
        if (extra !== undefined || !voice || !RECIPIENTS.includes(to)) {
          throw new Error(`${file}:${i + 1}: expected "voice | text" or "voice > to | text" with to one of ${RECIPIENTS.join(', ')}, found "${l.slice(0, bar)}".`);
        }
        out.push({ theme, voice, to, text: l.slice(bar + 3).replace(/\\n/g, '\n'), where: `${file}:${i + 1}` });
      });
  }
  return out;
}

export function innocentFindings(item: InnocentItem, config: PolicyConfig): Finding[] {
  const from = item.voice === 'councillor' ? { name: 'Cllr Ada Lovelace', address: INNOCENT_COUNCILLOR } : { name: 'Town Clerk', address: INNOCENT_OFFICER };
  const address =
    item.to === 'outside'
      ? INNOCENT_RECIPIENT
      : item.to === 'officer'
        ? from.address === INNOCENT_OFFICER ? INNOCENT_OTHER_OFFICER : INNOCENT_OFFICER
        : from.address === INNOCENT_COUNCILLOR ? INNOCENT_OTHER_COUNCILLOR : INNOCENT_COUNCILLOR;
  const draft = emptyDraft({ from, to: [{ address }], subject: '', body: { text: item.text } });
  return check(draft, config, { rules: RULES }).findings;
}

export interface InnocentReport {
  task: 'innocent-council';
  n: number;
  blocked: number;
  warned: number;
  blockRate: number;
  warnRate: number;
  /** Items with a finding of each rule, at block and at warn. */
  byRule: Record<string, { block: number; warn: number }>;
  /** `where [rule-id]` of every blocked item. */
  blocks: string[];
  /** Emails, blocked and warned by whom they are sent to. */
  byRecipient: Partial<Record<InnocentRecipient, { n: number; blocked: number; warned: number }>>;
}

export function evalInnocentCouncil(opts: { dir?: string; only?: RegExp; config?: PolicyConfig; onWarn?(item: InnocentItem, f: Finding[]): void } = {}): InnocentReport {
  const config = opts.config ?? defaultPolicy();
  const items = readInnocentCouncil(opts.dir, opts.only);
  const r: InnocentReport = { task: 'innocent-council', n: items.length, blocked: 0, warned: 0, blockRate: 0, warnRate: 0, byRule: {}, blocks: [], byRecipient: {} };
  for (const item of items) {
    const findings = innocentFindings(item, config);
    const v = businessVerdict(findings);
    const to = (r.byRecipient[item.to] ??= { n: 0, blocked: 0, warned: 0 });
    to.n++;
    if (v === 'block') to.blocked++;
    else if (v === 'warn') to.warned++;
    if (v === 'block') {
      r.blocked++;
      r.blocks.push(`${item.where} [${[...new Set(findings.filter((f) => f.level === 'block').map((f) => f.ruleId))].join(', ')}]`);
    } else if (v === 'warn') {
      r.warned++;
      opts.onWarn?.(item, findings);
    }
    const seen = new Set<string>();
    for (const f of findings) {
      if (f.level !== 'block' && f.level !== 'warn') continue;
      if (seen.has(f.ruleId + f.level)) continue;
      seen.add(f.ruleId + f.level);
      (r.byRule[f.ruleId] ??= { block: 0, warn: 0 })[f.level]++;
    }
  }
  r.blockRate = r.blocked / Math.max(1, r.n);
  r.warnRate = r.warned / Math.max(1, r.n);
  return r;
}
