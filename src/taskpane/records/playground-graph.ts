// The playground's stand-in for Microsoft 365: its simulated Office (playground-office.js, loaded
// before the pane in playground-taskpane.html only) puts an in-browser Graph over the simulated
// mailbox on the window, and the pane's records job runs against that instead of signing in. In
// Outlook nothing sets it, and the pane uses the build's app registration.
import type { AddinGraphSettings } from '../../graph/auth/addin-settings';
import type { TokenProvider } from '../../graph/auth/token-provider';
import type { PolicyConfig } from '../../policy/config';
import type { FetchFn } from '../../graph/client/middleware';
import type { SchedulerOptions } from './scheduler';

export const PLAYGROUND_GRAPH_KEY = '__councilMailPlaygroundGraph';

export interface PlaygroundGraph {
  settings: AddinGraphSettings;
  tokens: { interactive: TokenProvider; silent: TokenProvider };
  fetch: FetchFn;
  scheduler?: Omit<SchedulerOptions, 'run' | 'store'>;
  /** The simulated tenant's MRM personal tag for a label (the shipped schedule names none). */
  tagGuidFor?: (labelId: string) => string;
}

/** The policy with the simulated tenant's tag on every label that has none. */
export function withSimulatedTags(policy: PolicyConfig, tagGuidFor: ((labelId: string) => string) | undefined): PolicyConfig {
  if (!tagGuidFor) return policy;
  const labels = policy.retention.labels.map((l) => (l.exchangeTagGuid ? l : { ...l, exchangeTagGuid: tagGuidFor(l.id) }));
  return { ...policy, retention: { ...policy.retention, labels } };
}

export function playgroundGraph(w: object): PlaygroundGraph | undefined {
  const v = (w as Record<string, unknown>)[PLAYGROUND_GRAPH_KEY];
  if (!v || typeof v !== 'object') return undefined;
  const g = v as Partial<PlaygroundGraph>;
  return g.settings && g.tokens && typeof g.fetch === 'function' ? (g as PlaygroundGraph) : undefined;
}
