// A small line at the foot of the pane saying how retention labelling of the user's sent messages
// is going. A polite live region: updates are announced without taking focus.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useSyncExternalStore } from 'react';
import type { RecordsScheduler } from './scheduler';
import { recordsText, RECORDS_TEXT } from './strings';

const useStyles = makeStyles({
  root: {
    marginTop: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  text: { margin: 0 },
});

export function RecordsStatus({ scheduler }: { scheduler: RecordsScheduler }) {
  const s = useStyles();
  const state = useSyncExternalStore(scheduler.subscribe, scheduler.getState);
  useEffect(() => {
    scheduler.start();
    return () => scheduler.stop();
  }, [scheduler]);
  return (
    <section className={s.root} aria-label="Records" data-testid="records-status" data-state={state.kind}>
      <p className={s.text} role="status" aria-live="polite">
        {recordsText(state)}
      </p>
      {state.kind === 'sign-in' && (
        <Button size="small" appearance="secondary" onClick={() => void scheduler.signIn()}>
          {RECORDS_TEXT.signInButton}
        </Button>
      )}
    </section>
  );
}
