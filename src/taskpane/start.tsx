// The task pane's root, shared by taskpane.html (Outlook, src/taskpane/index.tsx) and
// playground-taskpane.html (simulated Office, src/playground/taskpane.tsx): reads the host once
// (mode, theme, Smart Alert context), loads the hosted policy and the policy text, builds the port
// and renders the Office-free <TaskPane>. The entry passes in how the records job reaches Graph, so
// the pane itself knows nothing of the playground's stand-in.
import { createRoot, type Root } from 'react-dom/client';
import { OfficeComposePort, OfficeReadPort } from '../office';
import { loadHostedPolicy, localStoragePolicyStorage, policyUrl, type LoadedPolicy } from '../policy/hosted';
import type { PolicyConfig } from '../policy/config';
import { parseClauses, type ClauseIndex } from './clauses';
import { pageFiles, POLICY_TEXT_FILE, TEXT_INIT, type EarlyFetch } from './early-fetch';
import { initialContextData, officeTheme, onContextData, onThemeChange, paneMode } from './office-host';
import type { RecordsScheduler } from './records/scheduler';
import { parseStartupContext, type StartupContext } from './startup-context';
import { TaskPane } from './TaskPane';
import { themeKindOf } from './theme';

declare const __ADDIN_ORIGIN__: string | undefined;
const BUILD_ORIGIN = typeof __ADDIN_ORIGIN__ === 'string' ? __ADDIN_ORIGIN__ : 'https://localhost:3000';

const SOURCE_TEXT: Record<LoadedPolicy['source'], string> = {
  hosted: 'from the council’s policy file',
  cached: 'saved copy',
  'built-in': 'built-in default',
};

/** window.fetch, except that the policy file and text this page started at once (./early-fetch) are taken from there. */
const pageFetch: EarlyFetch = pageFiles.fetch((url, init) => window.fetch(url, init as RequestInit));

/** The adopted policy text, copied beside this page at build; without it clauses show as numbers. */
async function loadClauses(): Promise<ClauseIndex> {
  try {
    const res = await pageFetch(new URL(POLICY_TEXT_FILE, window.location.href).href, TEXT_INIT);
    return parseClauses(res.ok ? await res.text() : '');
  } catch {
    return parseClauses(''); // offline: the pane still works, citing clause numbers only
  }
}

function forcedColours(): boolean {
  return window.matchMedia?.('(forced-colors: active)').matches ?? false;
}

export interface PaneRootOptions {
  /** The records job for the loaded policy (retention labelling of sent messages, ARCHITECTURE §6). */
  records: (policy: PolicyConfig) => RecordsScheduler;
}

async function main(root: Root, options: PaneRootOptions): Promise<void> {
  const started = performance.now();
  const [loaded, clauses, context] = await Promise.all([
    loadHostedPolicy({ url: policyUrl(window.location.href, BUILD_ORIGIN), fetch: pageFetch, storage: localStoragePolicyStorage(window.localStorage) }),
    loadClauses(),
    paneMode() === 'compose' ? initialContextData() : Promise.resolve(undefined),
  ]);
  const policy = { version: loaded.config.version, source: SOURCE_TEXT[loaded.source], notice: loaded.notice };
  const mode = paneMode();
  const composePort = mode === 'compose' ? new OfficeComposePort() : undefined;
  const readPort = mode === 'read' ? new OfficeReadPort() : undefined;
  let stopped: StartupContext | undefined = parseStartupContext(context);
  // Retention labelling of the user's sent messages, in the background (ARCHITECTURE §6).
  const records = options.records(loaded.config);

  const render = () => {
    const theme = themeKindOf(officeTheme(), forcedColours());
    root.render(
      composePort ? (
        <TaskPane mode="compose" theme={theme} port={composePort} config={loaded.config} clauses={clauses} policy={policy} stopped={stopped} records={records} />
      ) : (
        <TaskPane mode="read" theme={theme} port={readPort!} config={loaded.config} clauses={clauses} policy={policy} records={records} />
      ),
    );
  };
  render();
  // For the benchmark (scripts/bench-taskpane.js): time from Office ready to the first render call.
  (window as unknown as { __taskpaneReadyMs?: number }).__taskpaneReadyMs = performance.now() - started;
  onThemeChange(render);
  if (composePort) {
    onContextData((data) => {
      stopped = parseStartupContext(data) ?? stopped;
      render();
    });
  }
}

/** Renders the pane into #root once Office is ready. */
export function startTaskPane(options: PaneRootOptions): void {
  const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  Office.onReady(() => {
    main(root, options).catch((e: unknown) => {
      // Only the error's name: nothing about the message may reach the page or the console.
      container.textContent = `The email policy pane could not start (${e instanceof Error ? e.name : 'error'}). Close it and open it again.`;
    });
  });
}
