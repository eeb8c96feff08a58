import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Divider, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { PolicyConfig } from '../../policy/config';
import type { ComposePort } from '../../office/port';
import type { OverrideRecord, RetentionDecision } from '../../policy/records';
import type { FindingData, Fix } from '../../policy/types';
import type { ClauseIndex } from '../clauses';
import type { StartupContext } from '../startup-context';
import type { FirstCheck } from '../live/live-checker';
import { useLiveCheck } from '../live/useLiveCheck';
import { applyFix, fixDoneText, fixLabel, type UndoStep } from './fixes';
import { FindingList } from './FindingList';
import { OverridePanel } from './OverridePanel';
import { overrideRecord, planOverride } from './override';
import { RetentionPicker } from './RetentionPicker';
import { VerdictHeader, type PolicyInfo } from './VerdictHeader';
import { describeSenderRole } from '../shared/role';
import { attentionHeading } from '../shared/strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  status: { minHeight: '1.25em', margin: 0 },
});

export interface ComposeViewProps {
  port: ComposePort;
  config: PolicyConfig;
  clauses: ClauseIndex;
  policy: PolicyInfo;
  stopped?: StartupContext;
  /** Body/subject polling interval; tests shorten it. */
  pollMs?: number;
  /** The check made before the pane loaded (start.tsx), shown instead of "Checking…". */
  first?: FirstCheck;
}

// Errors written for people (the adapter's FixError, our UndoUnavailableError) are shown as they
// are; anything else only by name, since an Office error message could quote the item.
const SPOKEN_ERRORS = new Set(['FixError', 'UndoUnavailableError', 'RecordError']);
const errorText = (e: unknown) => (e instanceof Error ? (SPOKEN_ERRORS.has(e.name) ? e.message : e.name) : 'error');

export function ComposeView({ port, config, clauses, policy, stopped, pollMs, first }: ComposeViewProps) {
  const s = useStyles();
  const { state, checker } = useLiveCheck(port, config, pollMs, first);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<UndoStep[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [choice, setChoice] = useState<RetentionDecision | undefined>();
  const [recorded, setRecorded] = useState<OverrideRecord | undefined>();
  // After a fix its button goes away with the finding; keyboard focus moves to the list heading
  // instead of falling back to the top of the page.
  const listHeading = useRef<HTMLHeadingElement>(null);
  const result = state.result;
  const findings: readonly FindingData[] = result?.findings ?? [];

  // Decisions made earlier in this compose session (the pane was closed and opened again).
  useEffect(() => {
    let live = true;
    port.readRetention().then(
      (d) => live && d?.by === 'user' && setChoice(d),
      () => undefined, // no earlier choice readable: the proposal stands
    );
    port.readOverride().then(
      (o) => live && o && setRecorded(o),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);

  const labels = config.retention.labels;
  const proposal = result?.retention;
  const labelId = choice?.labelId ?? (labels.some((l) => l.id === proposal?.labelId) ? proposal!.labelId : config.retention.defaultLabel);

  const run = useCallback(
    async (what: () => Promise<string>, failure: string) => {
      setBusy(true);
      try {
        setAnnouncement(await what());
      } catch (e) {
        setAnnouncement(`${failure}: ${errorText(e)}`);
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const onFix = (finding: FindingData, fix: Fix) =>
    run(async () => {
      const draft = state.draft ?? (await port.readDraft());
      const step = await applyFix(port, fix, draft);
      if (step) setUndo((u) => [...u, step]);
      await checker.refresh();
      listHeading.current?.focus();
      return `${fixDoneText(fix, finding)}${step ? '' : ' This cannot be undone from here.'}`;
    }, `Could not ${fixLabel(fix).toLowerCase()}`);

  const onUndo = () =>
    run(async () => {
      const step = undo[undo.length - 1];
      setUndo((u) => u.slice(0, -1));
      await step.run();
      await checker.refresh();
      return `Undone: ${step.label}.`;
    }, 'Could not undo');

  const onRetention = (id: string) => {
    const d: RetentionDecision = { labelId: id, by: 'user', at: new Date().toISOString() };
    setChoice(d);
    void run(async () => {
      await port.recordRetention(d);
      return `This email will be kept as “${labels.find((l) => l.id === id)?.name ?? id}”.`;
    }, 'Could not record the retention label');
  };

  const onRecord = (reason: string) =>
    run(async () => {
      // Check what is there now: the send handler re-checks, and the record must cover it.
      await checker.refresh();
      const current = checker.getState().result?.findings ?? [];
      const plan = planOverride(current, config);
      if (plan.blockers.length) return 'Not recorded: something that must be changed has appeared. See the list above.';
      const record = overrideRecord(reason, plan.rules, port.userAddress(), new Date());
      await port.recordOverride(record);
      setRecorded(record);
      return 'Your reason is recorded. Now press Send in your message.';
    }, 'Your reason was not recorded');

  const plan = planOverride(findings, config);
  const actionable = findings.filter((f) => f.level !== 'info').length;
  return (
    <main className={s.root} aria-busy={state.status === 'loading'}>
      <VerdictHeader verdict={result?.verdict} policy={policy} checking={state.status === 'loading'} role={describeSenderRole(config, state.draft?.from, port.userAddress())} />
      <p className={s.status} role="status" aria-live="polite">
        {announcement}
      </p>
      {state.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{state.problem} The findings shown may be out of date.</MessageBarBody>
        </MessageBar>
      )}
      {undo.length > 0 && (
        <div>
          <Button appearance="secondary" disabled={busy} onClick={() => void onUndo()}>
            Undo {undo[undo.length - 1].label}
          </Button>
        </div>
      )}
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading" className={s.heading} ref={listHeading} tabIndex={-1}>
          {result ? (findings.length ? `What to check: ${attentionHeading(actionable, findings.length)}` : 'Nothing to check') : 'What to check'}
        </h2>
        <FindingList
          findings={findings}
          own={state.draft ? { subject: state.draft.subject, body: state.draft.body.text } : undefined}
          clauses={clauses}
          busy={busy}
          onFix={(f, fix) => void onFix(f, fix)}
        />
      </section>
      <Divider />
      {labels.length > 0 && <RetentionPicker labels={labels} value={labelId} proposal={proposal} disabled={busy} onChange={onRetention} />}
      {(stopped || plan.rules.length > 0 || plan.blockers.length > 0) && (
        <>
          <Divider />
          <OverridePanel plan={plan} stopped={stopped} recorded={recorded} busy={busy} onRecord={onRecord} />
        </>
      )}
    </main>
  );
}
