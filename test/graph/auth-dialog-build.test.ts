// The Office-dialog sign-in page ships: dist/auth-dialog.html with the same Content-Security-Policy
// as every hosted page, Office.js from Microsoft's CDN (messageParent needs it), and its own script,
// which carries MSAL's redirect flow and the build's Graph settings — never a secret.
import fs from 'fs';
import path from 'path';
import { DIST, requireBuilt } from '../bundle/build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CSP } = require('../../build/csp.js') as { CSP: string };

beforeAll(() => requireBuilt());

const read = (f: string) => fs.readFileSync(path.join(DIST, f), 'utf8');

it('auth-dialog.html is built with the pages’ CSP, Office.js and its script', () => {
  const html = read('auth-dialog.html');
  // The production build may minify the HTML, dropping quotes where it can.
  const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
  expect(csp).toBe(CSP);
  expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?><\/script>/);
  expect(html).toMatch(/<script defer(?:="defer")? src="?auth-dialog\.js"?><\/script>/);
  const scripts = html.match(/<script[^>]*>[^<]*<\/script>/g) ?? [];
  expect(scripts.every((t) => /\ssrc=/.test(t) && /><\/script>$/.test(t))).toBe(true); // no inline script: the CSP would refuse it
});

it('auth-dialog.js runs the redirect flow and posts to the pane', () => {
  // MSAL is loaded by the page on demand, from its own chunk.
  const js = read('auth-dialog.js') + fs.readdirSync(DIST).filter((f) => /^auth-dialog-msal\.[0-9a-f]+\.js$/.test(f)).map(read).join('\n');
  expect(js).toContain('messageParent');
  expect(js).toContain('handleRedirectPromise');
  expect(js).toContain('loginRedirect');
});

it('the pane and the dialog page are both listed in dist/, MSAL outside the chunk every page loads', () => {
  const files = fs.readdirSync(DIST);
  expect(files).toEqual(expect.arrayContaining(['taskpane.html', 'auth-dialog.html', 'auth-dialog.js']));
  expect(files.some((f) => /^records\.[0-9a-f]+\.js$/.test(f))).toBe(true);
  expect(read('vendor.js')).not.toContain('createNestablePublicClientApplication');
  expect(read('taskpane.js')).not.toContain('createNestablePublicClientApplication');
});
