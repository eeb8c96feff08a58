// Applying a finding's fix through the port, and building the inverse operation where Outlook
// allows one. The pane keeps these inverses on an undo stack; a fix with no inverse says so.
import type { ComposePort } from '../../office/port';
import type { Address, FindingData, Fix, MailDraft, RecipientField } from '../../policy/types';

export interface UndoStep {
  /** What undoing restores, for the button: "Undo: move to BCC". */
  label: string;
  run(): Promise<void>;
}

export class UndoUnavailableError extends Error {
  override readonly name = 'UndoUnavailableError';
}

const FIELD_NAME: Record<RecipientField, string> = { to: 'To', cc: 'Cc', bcc: 'Bcc' };

/** The button text for a fix, naming what it will do. */
export function fixLabel(fix: Fix): string {
  switch (fix.kind) {
    case 'move-to-bcc':
      return fix.addresses.length === 1 ? `Move ${fix.addresses[0]} to Bcc` : `Move ${fix.addresses.length} recipients to Bcc`;
    case 'remove-recipient':
      return `Remove ${fix.address} from ${FIELD_NAME[fix.field]}`;
    case 'insert-disclaimer':
      return "Insert the council's disclaimer";
    case 'remove-attachment':
      return `Remove attachment ${fix.name}`;
    case 'replace-text':
      return fix.text ? `Replace with ${quoted(fix.text)}` : 'Remove this text';
  }
}

/** Punctuation spelt out ("a full stop"): a lone “.” in quotes is hard to read and to hear. */
const PUNCTUATION_NAME: Record<string, string> = { '.': 'a full stop', '?': 'a question mark', '!': 'one exclamation mark', ',': 'a comma' };

function quoted(text: string): string {
  return PUNCTUATION_NAME[text] ?? `“${text}”`;
}

const QUOTE_MAX = 60;
const short = (s: string) => (s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX - 1)}…` : s);

/** What the status line says once a fix has been applied: what was done, in words. */
export function fixDoneText(fix: Fix, finding?: Pick<FindingData, 'actual'>): string {
  switch (fix.kind) {
    case 'move-to-bcc':
      return fix.addresses.length === 1 ? `Done: ${fix.addresses[0]} is now in Bcc.` : `Done: ${fix.addresses.length} recipients are now in Bcc.`;
    case 'remove-recipient':
      return `Done: removed ${fix.address} from ${FIELD_NAME[fix.field]}.`;
    case 'insert-disclaimer':
      return 'Done: added the council’s disclaimer to your message.';
    case 'remove-attachment':
      return `Done: removed the attachment ${fix.name}.`;
    case 'replace-text': {
      const was = finding?.actual ? `“${short(finding.actual)}”` : 'the text';
      if (!fix.text) return `Done: removed ${was}.`;
      return `Done: replaced ${was} with ${PUNCTUATION_NAME[fix.text] ?? `“${short(fix.text)}”`}.`;
    }
  }
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function findIn(draft: MailDraft, fields: RecipientField[], address: string): { field: RecipientField; recipient: Address } | undefined {
  for (const field of fields) {
    const recipient = draft[field].find((r) => same(r.address, address));
    if (recipient) return { field, recipient };
  }
  return undefined;
}

/** Apply `fix` to the draft through the port; returns how to undo it, or undefined when it cannot be undone. */
export async function applyFix(port: ComposePort, fix: Fix, draft: MailDraft): Promise<UndoStep | undefined> {
  switch (fix.kind) {
    case 'move-to-bcc': {
      const origins = fix.addresses.map((a) => findIn(draft, ['to', 'cc'], a)).filter((o) => o !== undefined);
      await port.moveToBcc(fix.addresses);
      const add = port.addRecipients?.bind(port);
      if (!add || !origins.length) return undefined;
      return {
        label: 'move to Bcc',
        run: async () => {
          for (const o of origins) await port.removeRecipient('bcc', o.recipient.address);
          for (const field of ['to', 'cc'] as const) {
            const back = origins.filter((o) => o.field === field).map((o) => o.recipient);
            if (back.length) await add(field, back);
          }
        },
      };
    }
    case 'remove-recipient': {
      const found = draft[fix.field].find((r) => same(r.address, fix.address)) ?? { address: fix.address };
      await port.removeRecipient(fix.field, fix.address);
      const add = port.addRecipients?.bind(port);
      if (!add) return undefined;
      return { label: `remove ${fix.address}`, run: () => add(fix.field, [found]) };
    }
    case 'insert-disclaimer': {
      await port.insertDisclaimer(fix.text);
      return {
        label: 'insert disclaimer',
        run: async () => {
          // Where Outlook put the text is the adapter's business: find it in the body as it is now.
          const body = await port.readBody();
          const wanted = fix.text.trim();
          const at = body.text.indexOf(wanted);
          if (at < 0) throw new UndoUnavailableError('The disclaimer is no longer in the message.');
          let start = at;
          let end = at + wanted.length;
          // Take the line break the insert added with it (after it when prepended, before it when appended).
          while (end < body.text.length && end - (at + wanted.length) < 2 && /[\r\n]/.test(body.text[end])) end++;
          if (end === at + wanted.length) while (start > 0 && at - start < 2 && /[\r\n]/.test(body.text[start - 1])) start--;
          await port.replaceText({ field: 'body', start, end }, '');
        },
      };
    }
    case 'remove-attachment': {
      const id = fix.id ?? draft.attachments[fix.index]?.id;
      if (!id) throw new RangeError('the attachment has no Office id');
      await port.removeAttachment(id);
      // Office.js cannot re-attach a file the add-in does not hold, so this one cannot be undone.
      return undefined;
    }
    case 'replace-text': {
      const { span } = fix;
      if (span.field !== 'subject' && span.field !== 'body') throw new RangeError('replace-text needs a subject or body span');
      const source = span.field === 'subject' ? draft.subject : draft.body.text;
      const original = source.slice(span.start, span.end);
      await port.replaceText(span, fix.text);
      return {
        label: 'rewrite',
        run: async () => {
          const now = span.field === 'subject' ? await port.readSubject() : (await port.readBody()).text;
          const end = span.start + fix.text.length;
          // The user may have typed since: undo only if the rewrite is still where it was put.
          if (now.slice(span.start, end) !== fix.text) throw new UndoUnavailableError('The text has changed since the rewrite.');
          await port.replaceText({ field: span.field, start: span.start, end }, original);
        },
      };
    }
  }
}

/**
 * The finding's own fixes, plus a rewrite for each suggestion where the finding points at the exact
 * text it suggests replacing (suggestions replace `actual`, ARCHITECTURE §5), so "apply the
 * suggested rewrite" works for every rule that suggests one.
 */
export function fixesOf(f: FindingData): Fix[] {
  const own = f.fixes ?? [];
  const span = f.span;
  if (!span || (span.field !== 'subject' && span.field !== 'body') || !f.suggestions?.length) return own;
  if (own.some((x) => x.kind === 'replace-text')) return own;
  if (f.actual === undefined || f.actual.length !== span.end - span.start) return own;
  const rewrites: Fix[] = f.suggestions.filter((t) => t !== f.actual).map((text) => ({ kind: 'replace-text', span, text }));
  return [...own, ...rewrites];
}
