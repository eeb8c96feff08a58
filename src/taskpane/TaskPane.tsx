import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import type { PolicyConfig } from '../policy/config';
import type { ComposePort, ReadPort } from '../office/port';
import type { ClauseIndex } from './clauses';
import type { FirstCheck } from './live/live-checker';
import { ComposeView } from './compose/ComposeView';
import type { PolicyInfo } from './compose/VerdictHeader';
import { ReadView } from './read/ReadView';
import { RecordsStatus } from './records/RecordsStatus';
import type { RecordsScheduler } from './records/scheduler';
import type { StartupContext } from './startup-context';
import { fluentTheme, type ThemeKind } from './theme';

const useStyles = makeStyles({
  root: { minHeight: '100vh', padding: tokens.spacingHorizontalM, boxSizing: 'border-box', fontFamily: tokens.fontFamilyBase },
});

interface Common {
  theme: ThemeKind;
  config: PolicyConfig;
  clauses: ClauseIndex;
  policy: PolicyInfo;
  pollMs?: number;
  /** Retention labelling of the user's sent messages (ARCHITECTURE §6); absent in tests that do not need it. */
  records?: RecordsScheduler;
}

export type TaskPaneProps = Common & ({ mode: 'compose'; port: ComposePort; stopped?: StartupContext; first?: FirstCheck } | { mode: 'read'; port: ReadPort });

/** The whole pane: Office-free, so it renders the same in Outlook, the playground and tests. */
export function TaskPane(props: TaskPaneProps) {
  const s = useStyles();
  return (
    <FluentProvider theme={fluentTheme(props.theme)} className={s.root} data-theme={props.theme}>
      {props.mode === 'compose' ? (
        <ComposeView port={props.port} config={props.config} clauses={props.clauses} policy={props.policy} stopped={props.stopped} pollMs={props.pollMs} first={props.first} />
      ) : (
        <ReadView port={props.port} config={props.config} clauses={props.clauses} policy={props.policy} />
      )}
      {props.records && <RecordsStatus scheduler={props.records} />}
    </FluentProvider>
  );
}
