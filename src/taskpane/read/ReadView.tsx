import { useEffect, useState } from 'react';
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { PolicyConfig } from '../../policy/config';
import type { ReadPort } from '../../office/port';
import type { MailDraft } from '../../policy/types';
import type { ClauseIndex } from '../clauses';
import { FindingList } from '../compose/FindingList';
import type { PolicyInfo } from '../compose/VerdictHeader';
import { StatusIcon } from '../shared/icons';
import { checkReceived, type ReceivedCheck, type SenderVerdict } from './check-received';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase500 },
  verified: { color: tokens.colorStatusSuccessForeground1 },
  'not-verified': { color: tokens.colorStatusDangerForeground1 },
  unchecked: { color: tokens.colorStatusWarningForeground3 },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  p: { margin: 0, overflowWrap: 'anywhere' },
  from: { margin: 0, overflowWrap: 'anywhere' },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const TITLE: Record<SenderVerdict, string> = {
  verified: 'Sender verified',
  'not-verified': 'Sender not verified',
  unchecked: 'Could not check the sender',
};

const SHAPE: Record<SenderVerdict, 'ok' | 'block' | 'unknown'> = { verified: 'ok', 'not-verified': 'block', unchecked: 'unknown' };

export interface ReadViewProps {
  port: ReadPort;
  config: PolicyConfig;
  clauses: ClauseIndex;
  policy: PolicyInfo;
}

/** Sender and attachment checks for a received message. The message body is never shown here. */
export function ReadView({ port, config, clauses, policy }: ReadViewProps) {
  const s = useStyles();
  const [state, setState] = useState<{ message: MailDraft; result: ReceivedCheck } | { problem: string } | undefined>();

  useEffect(() => {
    let live = true;
    const load = () =>
      port.readMessage().then(
        (message) => live && setState({ message, result: checkReceived(message, config) }),
        (e: unknown) => live && setState({ problem: `Outlook did not return the message (${e instanceof Error ? e.name : 'error'}).` }),
      );
    void load();
    const off = port.onItemChanged(() => {
      setState(undefined);
      void load();
    });
    return () => {
      live = false;
      off();
    };
  }, [port, config]);

  if (!state) {
    return (
      <main className={s.root} aria-busy="true">
        <h1 className={s.title}>Checking the sender…</h1>
      </main>
    );
  }
  if ('problem' in state) {
    return (
      <main className={s.root}>
        <h1 className={s.title}>Could not check this message</h1>
        <p className={s.p}>{state.problem}</p>
      </main>
    );
  }
  const { message, result } = state;
  const from = message.from;
  return (
    <main className={s.root}>
      <header>
        <h1 className={s.title}>
          <span className={s[result.verdict]}>
            <StatusIcon shape={SHAPE[result.verdict]} size={24} />
          </span>
          <span data-testid="sender-verdict" data-verdict={result.verdict}>
            {TITLE[result.verdict]}
          </span>
        </h1>
        {from && (
          <p className={s.from}>
            From: {from.name ? `${from.name} <${from.address}>` : from.address}
          </p>
        )}
        <p className={s.meta}>Email policy version {policy.version}</p>
      </header>
      <p className={s.p}>{result.basis}</p>
      {result.advisePhone && (
        <MessageBar intent={result.verdict === 'not-verified' ? 'error' : 'warning'} layout="multiline">
          <MessageBarBody data-testid="phone-advice">
            Check with the sender by phone, using a number you already have rather than one in this email, before you open attachments, click
            links or act on it (policy 4.3c).
          </MessageBarBody>
        </MessageBar>
      )}
      {result.authenticity.length > 0 && (
        <section aria-labelledby="sender-heading">
          <h2 id="sender-heading" className={s.heading}>
            Why
          </h2>
          <FindingList findings={result.authenticity} surface="read" clauses={clauses} busy={false} />
        </section>
      )}
      <section aria-labelledby="attachments-heading">
        <h2 id="attachments-heading" className={s.heading}>
          Attachments
        </h2>
        {message.attachments.length === 0 ? (
          <p className={s.p}>This message has no attachments.</p>
        ) : result.attachments.length === 0 ? (
          <p className={s.p}>
            {message.attachments.length === 1 ? 'The attachment is not a risky type of file.' : `None of the ${message.attachments.length} attachments is a risky type of file.`}
            {result.verdict === 'verified' ? '' : message.attachments.length === 1 ? ' Do not open it until you are sure who sent the message.' : ' Do not open them until you are sure who sent the message.'}
          </p>
        ) : (
          <FindingList findings={result.attachments} surface="read" clauses={clauses} busy={false} />
        )}
      </section>
    </main>
  );
}
