import { useId, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingData, Fix } from '../../policy/types';
import { clausesFor, type ClauseIndex } from '../clauses';
import { LevelBadge } from '../shared/LevelBadge';
import { fixLabel, fixesOf } from './fixes';

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  message: { margin: 0 },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontStyle: 'italic',
    overflowWrap: 'anywhere',
  },
  clauseText: { whiteSpace: 'pre-line', margin: 0, padding: tokens.spacingVerticalXS, backgroundColor: tokens.colorNeutralBackground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const QUOTE_MAX = 200;
const shorten = (s: string) => (s.length > QUOTE_MAX ? s.slice(0, QUOTE_MAX - 1) + '…' : s);

/** What the quoted text is, in words: an address field may quote a name, not an address. */
export function quoteLabel(f: FindingData, quoted: string, surface: 'compose' | 'read' = 'compose'): string {
  const isAddress = /^[^\s@]+@[^\s@]+$/.test(quoted.trim());
  switch (f.span?.field) {
    case 'subject':
      return 'In the subject:';
    case 'body':
      return surface === 'read' ? 'The message says:' : 'You wrote:';
    case 'attachments':
      return 'Attachment:';
    case 'from':
      return isAddress ? 'Sender’s address:' : 'Name shown as the sender:';
    case 'to':
    case 'cc':
    case 'bcc':
      return isAddress ? 'Address:' : 'Recipient’s name:';
    default:
      return 'Found:';
  }
}

/**
 * The words to quote. Findings mask what could be a secret or personal data (`actual` is "J***"),
 * because findings travel in contextData and could be logged. In the compose pane the writer is
 * looking at their own draft on their own screen, so the pane shows their own words from the draft
 * it checked, taken by the finding's span; the finding itself stays masked.
 */
export function quoteOf(f: FindingData, own?: { subject: string; body: string }): string | undefined {
  const span = f.span;
  if (own && span && (span.field === 'subject' || span.field === 'body')) {
    const source = span.field === 'subject' ? own.subject : own.body;
    if (span.start >= 0 && span.end <= source.length && span.end > span.start) return source.slice(span.start, span.end);
  }
  return f.actual !== undefined && f.actual !== '' ? f.actual : undefined;
}

export interface FindingItemProps {
  finding: FindingData;
  /** The writer's own draft as checked (compose pane only): quotes show their words unmasked. */
  own?: { subject: string; body: string };
  surface?: 'compose' | 'read';
  clauses: ClauseIndex;
  busy: boolean;
  onFix?: (finding: FindingData, fix: Fix) => void;
}

export function FindingItem({ finding, own, surface = 'compose', clauses, busy, onFix }: FindingItemProps) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const clauseId = useId();
  const texts = clausesFor(clauses, finding.clause);
  const fixes = fixesOf(finding);
  const rewriteButtons = !!onFix && fixes.some((x) => x.kind === 'replace-text');
  const quote = quoteOf(finding, own);
  return (
    <li className={s.item} data-rule={finding.ruleId} data-message-id={finding.messageId}>
      <LevelBadge level={finding.level} />
      <p className={s.message}>{finding.message}</p>
      {quote !== undefined && (
        <blockquote className={s.quote} data-testid="finding-quote">
          <span>{quoteLabel(finding, quote, surface)} </span>“{shorten(quote)}”
        </blockquote>
      )}
      {finding.suggestions?.length && !rewriteButtons ? (
        <div>
          <span>You could write instead:</span>
          <ul className={s.list}>
            {finding.suggestions.map((t) => (
              <li key={t}>“{t}”</li>
            ))}
          </ul>
        </div>
      ) : null}
      {texts.length > 0 ? (
        <div>
          <Button appearance="transparent" size="small" aria-expanded={open} aria-controls={clauseId} onClick={() => setOpen(!open)}>
            {open ? 'Hide' : 'Show'} policy clause {finding.clause}
          </Button>
          {open && (
            <div id={clauseId}>
              {texts.map((c) => (
                <p key={c.id} className={s.clauseText}>
                  <strong>{c.id} </strong>
                  {c.text}
                </p>
              ))}
            </div>
          )}
        </div>
      ) : (
        <span>Policy clause {finding.clause}</span>
      )}
      {onFix && fixes.length ? (
        <div className={s.actions}>
          {fixes.map((fix, i) => (
            <Button key={i} appearance="primary" size="small" disabled={busy} onClick={() => onFix(finding, fix)}>
              {fixLabel(fix)}
            </Button>
          ))}
        </div>
      ) : null}
    </li>
  );
}
