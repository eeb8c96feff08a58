// Entry of playground-taskpane.html: the simulated Office first (office-sim installs it on import),
// then the real task pane, whose records job runs against the playground's in-browser Graph over
// the simulated mailbox's Sent Items instead of signing in to Microsoft 365. The stand-in is passed
// in here, so the production pane (src/taskpane/index.tsx) never carries or looks for it.
// First: starts the policy file and text downloading before the rest of the bundle is evaluated.
import '../taskpane/early-fetch';
import { store } from './office-sim';
import { graphSim, withSimulatedTags } from './office-sim/graph-sim';
import { paneRecords } from '../taskpane/records/pane-records';
import { startTaskPane } from '../taskpane/start';

const graph = graphSim(store);
startTaskPane({
  records: (policy) =>
    paneRecords({ settings: graph.settings, policy: withSimulatedTags(policy, graph.tagGuidFor), tokens: graph.tokens, fetch: graph.fetch, scheduler: graph.scheduler }),
});
