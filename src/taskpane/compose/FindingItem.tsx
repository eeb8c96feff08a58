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

function quoteLabel(f: FindingData): string {
  switch (f.span?.field) {
    case 'subject':
      return 'In the subject:';
    case 'body':
      return 'You wrote:';
    case 'attachments':
      return 'Attachment:';
    case 'to':
    case 'cc':
    case 'bcc':
    case 'from':
      return 'Address:';
    default:
      return 'Found:';
  }
}

export interface FindingItemProps {
  finding: FindingData;
  clauses: ClauseIndex;
  busy: boolean;
  onFix?: (finding: FindingData, fix: Fix) => void;
}

export function FindingItem({ finding, clauses, busy, onFix }: FindingItemProps) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const clauseId = useId();
  const texts = clausesFor(clauses, finding.clause);
  const fixes = fixesOf(finding);
  const rewriteButtons = !!onFix && fixes.some((x) => x.kind === 'replace-text');
  return (
    <li className={s.item} data-rule={finding.ruleId} data-message-id={finding.messageId}>
      <LevelBadge level={finding.level} />
      <p className={s.message}>{finding.message}</p>
      {finding.actual !== undefined && finding.actual !== '' && (
        <blockquote className={s.quote}>
          <span>{quoteLabel(finding)} </span>“{shorten(finding.actual)}”
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
