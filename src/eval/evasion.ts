// Scores the rule set on the evasion set (test/fixtures/evasion.json): obfuscated variants that must
// still be caught by their rule, and innocent look-alikes that must not be blocked.
import type { PolicyConfig } from '../policy/config';
import { check, emptyDraft } from '../policy/engine';
import { parseEml } from '../mail/eml';
import { withAttachedMessages } from '../mail/attached';
import { htmlToText } from '../policy/text/html';
import type { ComposeType, MailDraft } from '../policy/types';

export interface EvasionItem {
  label: 'catch' | 'innocent';
  rule?: string;
  sender: 'officer' | 'councillor';
  technique: string;
  source: string;
  text?: string;
  html?: string;
  /** Where the disguise is not in the body (issue #18): the subject line, attachment names, a reply. */
  subject?: string;
  attachments?: string[];
  composeType?: ComposeType;
  /** A whole message, for MIME tricks (a wrong boundary, UTF-7, parts that differ): read by parseEml. */
  eml?: string;
  /** Attachments with content (issue #18, finding 3): a file's bytes in base64, or an attached email's .eml text (kind item). */
  files?: { name: string; base64?: string; kind?: 'file' | 'item'; eml?: string }[];
}

/** The attachments as the adapters give them: bytes, and attached emails read as messages. */
function filesOf(files: NonNullable<EvasionItem['files']>) {
  return withAttachedMessages(
    files.map((f) => {
      const content = f.eml !== undefined ? new TextEncoder().encode(f.eml) : new Uint8Array(Buffer.from(f.base64 ?? '', 'base64'));
      return { name: f.name, size: content.length, content, kind: f.kind ?? 'file' };
    }),
  );
}

export interface EvasionScore {
  caught: number;
  toCatch: number;
  catchRate: number;
  falseBlocks: number;
  innocent: number;
  falseAlarmRate: number;
  byTechnique: Record<string, { caught: number; toCatch: number; falseBlocks: number; innocent: number }>;
  missed: string[];
}

export async function scoreEvasion(items: EvasionItem[], config: PolicyConfig): Promise<EvasionScore> {
  const councillor = config.roles.councillors[0] ?? 'cllr@example.invalid';
  const officer = config.roles.officers[0] ?? 'clerk@example.invalid';
  const s: EvasionScore = { caught: 0, toCatch: 0, catchRate: 0, falseBlocks: 0, innocent: 0, falseAlarmRate: 0, byTechnique: {}, missed: [] };
  for (const it of items) {
    // As the add-in reads an HTML body (src/office/draft.ts): our text, with its hidden ranges.
    const converted = it.html !== undefined ? htmlToText(it.html) : undefined;
    const body = converted ? { text: converted.text, html: it.html, hidden: converted.hidden } : { text: it.text ?? '' };
    const from = { address: it.sender === 'councillor' ? councillor : officer };
    const to = [{ address: 'resident@example.co.uk' }];
    let draft: MailDraft;
    if (it.eml !== undefined) draft = { ...(await parseEml(it.eml)), from, to };
    else
      draft = emptyDraft({
        from,
        to,
        body,
        subject: it.subject ?? '',
        composeType: it.composeType ?? 'new',
        attachments: it.files ? filesOf(it.files) : (it.attachments ?? []).map((name) => ({ name, size: 2048 })),
      });
    const findings = check(draft, config).findings;
    const t = (s.byTechnique[it.technique] ??= { caught: 0, toCatch: 0, falseBlocks: 0, innocent: 0 });
    if (it.label === 'catch') {
      const hit = findings.some((f) => f.ruleId === it.rule);
      s.toCatch++;
      t.toCatch++;
      if (hit) {
        s.caught++;
        t.caught++;
      } else s.missed.push(`${it.technique}: ${it.source}`);
    } else {
      const blocked = findings.some((f) => f.level === 'block');
      s.innocent++;
      t.innocent++;
      if (blocked) {
        s.falseBlocks++;
        t.falseBlocks++;
      }
    }
  }
  s.catchRate = s.toCatch ? s.caught / s.toCatch : 0;
  s.falseAlarmRate = s.innocent ? s.falseBlocks / s.innocent : 0;
  return s;
}
