// Entry of the pages' first script (taskpane-early.js, playground-taskpane-early.js; build/entries.js):
// starts the policy file and text downloading from a script that holds nothing else, and leaves the
// requests on the window for the pane's entry (early-fetch.ts says why).
import './early-fetch';
