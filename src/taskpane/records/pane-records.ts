// The task pane's records job: the reconciler over the signed-in user's own mailbox (`/me`), with
// a delegated token from nested app authentication (or the Office-dialog fallback), run by the
// RecordsScheduler. This file is light: MSAL, the Graph SDK and the reconciler (pane-run.ts) load
// on the first run, after the pane has rendered. Only the pane builds this; nothing on the send path does.
import type { AddinGraphSettings } from '../../graph/auth/addin-settings';
import type { OfficeAuthHost } from '../../graph/auth/office-auth-host';
import type { FetchFn } from '../../graph/client/middleware';
import type { ReconcileSummary } from '../../graph/retention/reconcile';
import type { PolicyConfig } from '../../policy/config';
import type { PaneTokens } from './pane-run';
import { RecordsScheduler, type RunStore, type SchedulerOptions } from './scheduler';

export interface PaneRecordsOptions {
  settings: AddinGraphSettings | undefined;
  policy: PolicyConfig;
  /** How tokens are obtained; nested app auth over `host` when omitted (tests and the playground pass them). */
  tokens?: PaneTokens;
  host?: OfficeAuthHost;
  dialogUrl?: string;
  fetch?: FetchFn;
  store?: RunStore;
  scheduler?: Omit<SchedulerOptions, 'run' | 'store'>;
  now?: () => Date;
}

/**
 * The scheduler for this pane: "off" when the build has no client id or the policy's schedule has
 * no Exchange tag to apply (nothing could be written, so nothing is asked of the user).
 */
export function paneRecords(o: PaneRecordsOptions): RecordsScheduler {
  const settings = o.settings;
  const clientId = settings?.clientId;
  const anyTag = o.policy.retention.labels.some((l) => !!l.exchangeTagGuid);
  if (!settings || !clientId || !anyTag || (!o.tokens && (!o.host || !o.dialogUrl))) return new RecordsScheduler(undefined);
  let run: ((interactive: boolean) => Promise<ReconcileSummary>) | undefined;
  const lazyRun = async (interactive: boolean): Promise<ReconcileSummary> => {
    if (!run) {
      const m = await import(/* webpackChunkName: "records" */ './pane-run');
      const tokens = o.tokens ?? m.naaTokens({ ...settings, clientId }, o.host!, o.dialogUrl!);
      run = m.paneRun({ graphUrl: settings.graphUrl, policy: o.policy, tokens, fetch: o.fetch, now: o.now });
    }
    return run(interactive);
  };
  return new RecordsScheduler({ ...o.scheduler, run: lazyRun, store: o.store });
}
