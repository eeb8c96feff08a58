// The innocent council set (test/fixtures/innocent-council/, issue #16): sentences and short emails
// from council life that must never block. Each item is sent as its voice would send it: a
// councillor's from a councillor's council address, every other voice's from the clerk's (the add-in
// only checks mail sent from a council mailbox), always to one external recipient. Warnings are
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
  text: string;
  /** `theme.txt:line`, for reports. */
  where: string;
}

export const INNOCENT_DIR = path.resolve(__dirname, '../../test/fixtures/innocent-council');
export const INNOCENT_OFFICER = 'clerk@waretowncouncil.gov.uk';
export const INNOCENT_COUNCILLOR = 'cllr.ada.lovelace@waretowncouncil.gov.uk';
export const INNOCENT_RECIPIENT = 'resident@example.co.uk';

/**
 * Reads every `*.txt` in the folder (or those whose name `only` matches): `voice | text` a line, `\n`
 * in text for a line break.
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
        out.push({ theme, voice: l.slice(0, bar).trim(), text: l.slice(bar + 3).replace(/\\n/g, '\n'), where: `${file}:${i + 1}` });
      });
  }
  return out;
}

export function innocentFindings(item: InnocentItem, config: PolicyConfig): Finding[] {
  const from = item.voice === 'councillor' ? { name: 'Cllr Ada Lovelace', address: INNOCENT_COUNCILLOR } : { name: 'Town Clerk', address: INNOCENT_OFFICER };
  const draft = emptyDraft({ from, to: [{ address: INNOCENT_RECIPIENT }], subject: '', body: { text: item.text } });
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
}

export function evalInnocentCouncil(opts: { dir?: string; only?: RegExp; config?: PolicyConfig; onWarn?(item: InnocentItem, f: Finding[]): void } = {}): InnocentReport {
  const config = opts.config ?? defaultPolicy();
  const items = readInnocentCouncil(opts.dir, opts.only);
  const r: InnocentReport = { task: 'innocent-council', n: items.length, blocked: 0, warned: 0, blockRate: 0, warnRate: 0, byRule: {}, blocks: [] };
  for (const item of items) {
    const findings = innocentFindings(item, config);
    const v = businessVerdict(findings);
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
