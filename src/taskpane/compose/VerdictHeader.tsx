import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Verdict } from '../../policy/types';
import { StatusIcon } from '../shared/icons';
import { VERDICT_TEXT } from '../shared/strings';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase500 },
  ok: { color: tokens.colorStatusSuccessForeground1 },
  warn: { color: tokens.colorStatusWarningForeground3 },
  block: { color: tokens.colorStatusDangerForeground1 },
  detail: { margin: 0 },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface PolicyInfo {
  version: string;
  /** Where the policy came from, in words ("hosted", "last good copy", "built-in"). */
  source?: string;
  /** Set when the hosted policy could not be loaded and a fallback is in force. */
  notice?: string;
}

export function VerdictHeader({ verdict, policy, checking, role }: { verdict: Verdict | undefined; policy: PolicyInfo; checking: boolean; role?: string }) {
  const s = useStyles();
  const text = verdict ? VERDICT_TEXT[verdict] : { title: 'Checking your message…', detail: 'This takes a moment.' };
  const shape = verdict === 'ok' ? 'ok' : verdict ?? 'info';
  return (
    <header className={s.header}>
      <h1 className={s.title}>
        <span className={verdict ? s[verdict] : undefined}>
          <StatusIcon shape={shape} size={24} />
        </span>
        <span data-testid="verdict" data-verdict={verdict ?? 'checking'}>
          {text.title}
        </span>
      </h1>
      <p className={s.detail}>{text.detail}</p>
      <p className={s.meta}>
        Email policy version {policy.version}
        {policy.source ? ` (${policy.source})` : ''}
        {checking ? ' · checking…' : ''}
      </p>
      {role ? (
        <p className={s.meta} data-testid="sender-role">
          {role}
        </p>
      ) : null}
      {policy.notice && (
        <MessageBar intent="warning">
          <MessageBarBody>{policy.notice}</MessageBarBody>
        </MessageBar>
      )}
    </header>
  );
}
