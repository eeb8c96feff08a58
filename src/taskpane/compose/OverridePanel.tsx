import { useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { OverrideRecord } from '../../policy/records';
import type { FindingData } from '../../policy/types';
import type { StartupContext } from '../startup-context';
import { LEVEL_NAME } from '../shared/strings';
import { MAX_REASON, overrideCovers, reasonProblem, type OverridePlan } from './override';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  p: { margin: 0 },
});

export interface OverridePanelProps {
  plan: OverridePlan;
  /** Why the Smart Alert stopped the send, when it opened the pane. */
  stopped?: StartupContext;
  /** The reason already recorded for this draft (this compose session), if any. */
  recorded?: OverrideRecord;
  busy: boolean;
  onRecord: (reason: string) => Promise<void>;
}

const ruleList = (fs: readonly FindingData[]) => [...new Set(fs.map((f) => f.message))];

/**
 * "Send with a reason": the pane records the reason for this draft and the person presses Send in
 * Outlook; the send handler then lets the message go and keeps the reason with it. The pane never
 * sends the message itself (ARCHITECTURE §3), so this is the same on every Outlook client.
 */
export function OverridePanel({ plan, stopped, recorded, busy, onRecord }: OverridePanelProps) {
  const s = useStyles();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [touched, setTouched] = useState(false);
  const covered = overrideCovers(recorded, plan.rules);

  const submit = async () => {
    setTouched(true);
    const p = reasonProblem(reason);
    setProblem(p);
    if (!p) await onRecord(reason);
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
          <p className={s.p}>These must be changed before the message can be sent. The council’s policy does not allow sending them with a reason:</p>
          <ul className={s.list}>
            {ruleList(plan.blockers).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : plan.rules.length === 0 ? (
        <p className={s.p}>Nothing needs a reason. Send the message from Outlook as usual.</p>
      ) : covered && recorded ? (
        <MessageBar intent="success" layout="multiline" data-testid="reason-recorded">
          <MessageBarBody>
            <MessageBarTitle>Your reason is recorded for this message.</MessageBarTitle>
            Now press Send in your message: it will go without this warning, and your reason is kept with it in your mailbox
            (recipients do not see it). If you change your mind, fix the message instead.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <p className={s.p}>
            If you have a good reason to send it as it is, give the reason below, then press Send in your message. The reason is kept with the
            message in your mailbox; recipients do not see it.
          </p>
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
            Record my reason
          </Button>
        </>
      )}
    </section>
  );
}
