import { useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingData } from '../../policy/types';
import type { StartupContext } from '../startup-context';
import { LEVEL_NAME } from '../shared/strings';
import { MAX_REASON, reasonProblem, type OverridePlan } from './override';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface OverridePanelProps {
  plan: OverridePlan;
  /** Why the Smart Alert stopped the send, when it opened the pane. */
  stopped?: StartupContext;
  /** `item.sendAsync()` is available (Mailbox 1.15). */
  canSend: boolean;
  busy: boolean;
  onSend: (reason: string) => Promise<void>;
}

const ruleList = (fs: readonly FindingData[]) => [...new Set(fs.map((f) => f.message))];

export function OverridePanel({ plan, stopped, canSend, busy, onSend }: OverridePanelProps) {
  const s = useStyles();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [touched, setTouched] = useState(false);

  const submit = async () => {
    setTouched(true);
    const p = reasonProblem(reason);
    setProblem(p);
    if (!p) await onSend(reason);
  };

  return (
    <section className={s.panel} aria-labelledby="override-heading">
      <h2 id="override-heading" className={s.heading}>
        Sending
      </h2>
      {stopped && (
        <MessageBar intent={stopped.verdict === 'block' ? 'error' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Your message was stopped when you pressed Send.</MessageBarTitle>
            <ul className={s.list}>
              {stopped.findings.map((f, i) => (
                <li key={`${f.ruleId}-${i}`}>
                  {LEVEL_NAME[f.level]}: {f.message} (clause {f.clause})
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {plan.blockers.length > 0 ? (
        <div>
          <p>These must be changed before the message can be sent. The council’s policy does not allow sending them with a reason:</p>
          <ul className={s.list}>
            {ruleList(plan.blockers).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : plan.rules.length === 0 ? (
        <p>Nothing needs a reason. Send the message from Outlook as usual.</p>
      ) : !canSend ? (
        <p data-testid="old-client">
          If you are sure the message should go as it is, close this pane and press Send again, then choose “Send anyway”. Your version of
          Outlook cannot send from this pane or keep your reason with the message, so please note the reason in the message or tell the
          clerk.
        </p>
      ) : (
        <>
          <p>If you have a good reason to send it as it is, give the reason below. It is kept with the message in your mailbox (recipients do not see it).</p>
          <Field
            label="Reason for sending anyway"
            required
            validationState={touched && problem ? 'error' : 'none'}
            validationMessage={touched ? problem : undefined}
            hint={`${reason.trim().length} of ${MAX_REASON} characters`}
          >
            <Textarea
              value={reason}
              resize="vertical"
              maxLength={MAX_REASON + 50}
              onChange={(_, d) => {
                setReason(d.value);
                if (touched) setProblem(reasonProblem(d.value));
              }}
            />
          </Field>
          <Button appearance="primary" disabled={busy} onClick={() => void submit()}>
            Send with a reason
          </Button>
        </>
      )}
    </section>
  );
}
