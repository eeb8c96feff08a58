// Entry point of taskpane.html in Outlook: the pane's root (start.tsx) with the records job signing
// in to Microsoft Graph through the build's app registration (nested app authentication, or the
// Office-dialog fallback). The playground has an entry of its own (src/playground/taskpane.tsx).
// First: starts the policy file and text downloading before the rest of the bundle is evaluated.
import './early-fetch';
import { officeAuthHost } from '../graph/auth/office-auth-host';
import { paneRecords } from './records/pane-records';
import { localRunStore } from './records/scheduler';
import { buildGraphSettings, dialogPageUrl } from './records/settings';
import { startTaskPane } from './start';

startTaskPane({
  records: (policy) =>
    paneRecords({ settings: buildGraphSettings(), policy, host: officeAuthHost(), dialogUrl: dialogPageUrl(window.location.href), store: localRunStore(window.localStorage) }),
});
