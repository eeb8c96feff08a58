// The task pane's root, shared by taskpane.html (Outlook, src/taskpane/index.tsx) and
// playground-taskpane.html (simulated Office, src/playground/taskpane.tsx): reads the host once
// (mode, theme, Smart Alert context), loads the hosted policy and the policy text, builds the port
// and renders the Office-free <TaskPane>. The entry passes in how the records job reaches Graph, so
// the pane itself knows nothing of the playground's stand-in.
//
// Issue #17 (first render under 1 s): composing, the first verdict comes before the pane's UI. This
// file and what it imports (the send rules, the Office port) are the entry chunk; the draft is read
// and checked with the send rules as soon as the policy is in, the verdict shown in a plain header
// (first-verdict.ts), and only then is the UI chunk (pane-ui.tsx: React, Fluent UI, the components)
// loaded; the pane starts from that check. Nothing here may import React or Fluent UI
// (test/browser/taskpane-first-render.test.ts checks what comes before the first verdict).
import { OfficeComposePort, OfficeReadPort } from '../office';
import { loadHostedPolicy, localStoragePolicyStorage, policyUrl, type LoadedPolicy } from '../policy/hosted';
import type { PolicyConfig } from '../policy/config';
import type { PolicyInfo } from './compose/VerdictHeader';
import { parseClauses, type ClauseIndex } from './clauses';
import { pageFiles, POLICY_TEXT_FILE, TEXT_INIT, type EarlyFetch } from './early-fetch';
import { showFirstVerdict } from './first-verdict';
import type { FirstCheck } from './live/live-checker';
import { recheck } from './live/recheck';
import { initialContextData, officeTheme, onContextData, onThemeChange, paneMode } from './office-host';
import type { RecordsScheduler } from './records/scheduler';
import { describeSenderRole } from './shared/role';
import { parseStartupContext, type StartupContext } from './startup-context';
import { themeKindOf } from './theme-kind';

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

/**
 * The send rules' check of the draft as it is now, shown in a plain header (first-verdict.ts). Undefined
 * when the draft cannot be read: the pane then reads it itself and says what went wrong.
 */
async function firstCheck(container: HTMLElement, port: OfficeComposePort, config: PolicyConfig, policy: PolicyInfo): Promise<FirstCheck | undefined> {
  let first: FirstCheck;
  try {
    const draft = await port.readDraft();
    first = { draft, result: recheck(undefined, draft, config, 'all') };
  } catch {
    return undefined;
  }
  showFirstVerdict(container, {
    verdict: first.result.verdict,
    policy,
    role: describeSenderRole(config, first.draft.from, port.userAddress()),
    theme: themeKindOf(officeTheme(), forcedColours()),
  });
  return first;
}

async function main(container: HTMLElement, options: PaneRootOptions): Promise<void> {
  const started = performance.now();
  const [loaded, clauses, context] = await Promise.all([
    loadHostedPolicy({ url: policyUrl(window.location.href, BUILD_ORIGIN), fetch: pageFetch, storage: localStoragePolicyStorage(window.localStorage) }),
    loadClauses(),
    paneMode() === 'compose' ? initialContextData() : Promise.resolve(undefined),
  ]);
  // For the benchmark (scripts/bench-taskpane.js): from Office ready to the policy, its text and the context in hand.
  (window as unknown as { __taskpaneReadyMs?: number }).__taskpaneReadyMs = performance.now() - started;
  const policy = { version: loaded.config.version, source: SOURCE_TEXT[loaded.source], notice: loaded.notice };
  const mode = paneMode();
  const composePort = mode === 'compose' ? new OfficeComposePort() : undefined;
  const readPort = mode === 'read' ? new OfficeReadPort() : undefined;
  const first = composePort ? await firstCheck(container, composePort, loaded.config, policy) : undefined;
  let stopped: StartupContext | undefined = parseStartupContext(context);
  // Retention labelling of the user's sent messages, in the background (ARCHITECTURE §6).
  const records = options.records(loaded.config);

  const { paneRenderer } = await import(/* webpackChunkName: "pane-ui" */ './pane-ui');
  const renderPane = paneRenderer(container);
  const render = () => {
    const theme = themeKindOf(officeTheme(), forcedColours());
    renderPane(
      composePort
        ? { mode: 'compose', theme, port: composePort, config: loaded.config, clauses, policy, stopped, records, first }
        : { mode: 'read', theme, port: readPort!, config: loaded.config, clauses, policy, records },
    );
  };
  render();
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
  Office.onReady(() => {
    main(container, options).catch((e: unknown) => {
      // Only the error's name: nothing about the message may reach the page or the console.
      container.textContent = `The email policy pane could not start (${e instanceof Error ? e.name : 'error'}). Close it and open it again.`;
    });
  });
}
