// The one place that lists the entry files and the HTML pages (several owners write them).
'use strict';

const fs = require('fs');
const path = require('path');

// The launchevent entry is the only one the JavaScript-only runtime loads.
const EVENT_ENTRY = { launchevent: './src/launchevent/index.ts' };
const UI_ENTRIES = {
  // Before the task pane's entry: starts its policy file and text downloading (src/taskpane/early-fetch.ts).
  'taskpane-early': './src/taskpane/early-start.ts',
  taskpane: './src/taskpane/index.tsx',
  playground: './src/playground/index.tsx',
  'playground-office': './src/playground/office-sim/index.ts',
  // The Office-dialog sign-in for Outlook clients without NestedAppAuth 1.1 (src/graph/auth/dialog-page.ts).
  'auth-dialog': './src/taskpane/auth-dialog/index.ts',
};
/**
 * The real task pane over the simulated Office and the playground's in-browser Graph, built in a
 * compilation of its own (one file and its own lazy chunks), so that sharing the pane's code does
 * not change how the production pages' chunks are split.
 */
const PLAYGROUND_PANE_ENTRY = { 'playground-taskpane-early': './src/taskpane/early-start.ts', 'playground-taskpane': './src/playground/taskpane.tsx' };

// HTML pages of the ui compilation. `office`: 'cdn' loads office.js from Microsoft, 'none' loads
// nothing (the simulated Office comes from the playground's own chunk).
const UI_PAGES = [
  { filename: 'taskpane.html', title: 'Council Email Policy', chunks: ['taskpane-early', 'taskpane'], office: 'cdn' },
  { filename: 'playground.html', title: 'Council Email Policy — playground', chunks: ['playground'], office: 'none' },
  // Opened by the task pane in an Office dialog; its address is registered as an SPA redirect URI.
  { filename: 'auth-dialog.html', title: 'Sign in — Council Email Policy', chunks: ['auth-dialog'], office: 'cdn' },
  // The playground's event runtime (a hidden iframe): the simulated Office, then the REAL event
  // bundle, as Outlook's HTML runtime loads launchevent.html.
  {
    filename: 'playground-events.html',
    title: 'Council Email Policy: event runtime (simulated Outlook)',
    chunks: ['playground-office'],
    office: 'none',
    scripts: ['launchevent.js'],
  },
];

const PLAYGROUND_PANE_PAGES = [
  { filename: 'playground-taskpane.html', title: 'Council Email Policy (simulated Outlook)', chunks: ['playground-taskpane-early', 'playground-taskpane'], office: 'none' },
];

/** Entries kept out of the shared vendor.js: the early script must not wait for it (src/taskpane/early-fetch.ts). */
const STANDALONE_ENTRIES = ['taskpane-early'];

/** Throws when an entry file listed above does not exist. */
function checkEntries(root) {
  const gone = Object.values({ ...EVENT_ENTRY, ...UI_ENTRIES, ...PLAYGROUND_PANE_ENTRY }).filter((file) => !fs.existsSync(path.join(root, file)));
  if (gone.length) {
    throw new Error(`Missing entry file(s): ${gone.join(', ')}. Every surface listed in build/entries.js must exist.`);
  }
}

module.exports = { EVENT_ENTRY, UI_ENTRIES, STANDALONE_ENTRIES, UI_PAGES, PLAYGROUND_PANE_ENTRY, PLAYGROUND_PANE_PAGES, checkEntries };
