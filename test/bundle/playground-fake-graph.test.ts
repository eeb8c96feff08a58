// Issue #20 item 6: the playground's stand-in for Microsoft Graph is passed to the pane by the
// playground's own entry (src/playground/taskpane.tsx); the production pane neither carries it nor
// looks for it on the window. Read from the built files, as they ship.
import fs from 'fs';
import path from 'path';
import { DIST, requireBuilt } from './build';
import { SIM_GRAPH_URL } from '../../src/playground/office-sim/graph-sim';

/** The window property through which the pane used to find the playground's Graph. */
const OLD_GLOBAL = '__councilMailPlaygroundGraph';
/** Strings only the playground's fake Graph emits: its address and its fake tokens' prefix. */
const FAKE_MARKERS = [new URL(SIM_GRAPH_URL).host, 'playground-token-'];

beforeAll(() => requireBuilt(['taskpane.html', 'taskpane.js', 'playground-taskpane.html', 'playground-taskpane.js']));

const read = (f: string) => fs.readFileSync(path.join(DIST, f), 'utf8');
const scriptsOf = (page: string) => [...read(page).matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((s) => !/^https:/.test(s));

test('the playground pane carries the fake Graph (so the markers below are real)', () => {
  expect(scriptsOf('playground-taskpane.html')).toEqual(['playground-taskpane-early.js', 'playground-taskpane.js']);
  const js = read('playground-taskpane.js');
  for (const marker of FAKE_MARKERS) expect([marker, js.includes(marker)]).toEqual([marker, true]);
});

test('no production bundle carries the fake Graph or looks for the playground global', () => {
  // Everything the production pages load at once or later: every script but the playground's.
  const shipped = fs.readdirSync(DIST).filter((f) => f.endsWith('.js') && !f.startsWith('playground'));
  expect(shipped).toEqual(expect.arrayContaining(['taskpane.js', 'vendor.js', 'launchevent.js', 'auth-dialog.js']));
  expect(shipped.some((f) => /^records\.[0-9a-f]+\.js$/.test(f))).toBe(true);
  for (const f of shipped) {
    const js = read(f);
    for (const marker of [OLD_GLOBAL, ...FAKE_MARKERS]) expect([f, marker, js.includes(marker)]).toEqual([f, marker, false]);
  }
});

test('taskpane.html loads only production scripts', () => {
  const scripts = scriptsOf('taskpane.html');
  expect(scripts).toContain('taskpane.js');
  expect(scripts.filter((s) => s.startsWith('playground'))).toEqual([]);
});
