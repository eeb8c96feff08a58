// Issue #18 finding 8: every hosted page has a Content-Security-Policy, the event page included,
// and framing is limited by a frame-ancestors header (a <meta> CSP cannot carry frame-ancestors),
// sent by Azure Static Web Apps from dist/staticwebapp.config.json. No Microsoft page lists the
// hosts that frame an Outlook add-in, so the list is configurable (ADDIN_FRAME_ANCESTORS).
import fs from 'fs';
import path from 'path';
import { requireBuilt, DIST } from './build';

/* eslint-disable @typescript-eslint/no-require-imports */
const build = {
  ...(require('../../build/csp.js') as { frameAncestors(env: Record<string, string | undefined>): string[] }),
  ...(require('../../build/static-web-app.js') as { staticWebAppConfig(ancestors: string[]): { globalHeaders: Record<string, string> } }),
};
/* eslint-enable @typescript-eslint/no-require-imports */

beforeAll(() => requireBuilt());

test('dist/launchevent.html has a Content-Security-Policy allowing only its own and the Office.js scripts', () => {
  const html = fs.readFileSync(path.join(DIST, 'launchevent.html'), 'utf8');
  const m = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
  expect(m).not.toBeNull();
  expect(m![1]).toContain("script-src 'self' https://appsforoffice.microsoft.com");
  expect(m![1]).toContain("object-src 'none'");
  // The CSP comes before any script, or it would not cover it.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
});

test('every built HTML page has a Content-Security-Policy', () => {
  const pages = fs.readdirSync(DIST).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(2);
  for (const p of pages) expect([p, /http-equiv="?Content-Security-Policy/.test(fs.readFileSync(path.join(DIST, p), 'utf8'))]).toEqual([p, true]);
});

test('dist/staticwebapp.config.json sends frame-ancestors as a header', () => {
  const cfg = JSON.parse(fs.readFileSync(path.join(DIST, 'staticwebapp.config.json'), 'utf8'));
  expect(cfg.globalHeaders['Content-Security-Policy']).toMatch(/^frame-ancestors 'self' https:\/\/outlook\.office\.com /);
});

test('the framing hosts come from ADDIN_FRAME_ANCESTORS when set', () => {
  expect(build.frameAncestors({ ADDIN_FRAME_ANCESTORS: 'https://outlook.office.com, https://mail.example.gov.uk' })).toEqual(["'self'", 'https://outlook.office.com', 'https://mail.example.gov.uk']);
  expect(build.staticWebAppConfig(["'self'", 'https://a.example']).globalHeaders['Content-Security-Policy']).toBe("frame-ancestors 'self' https://a.example");
});

test.each(['http://outlook.office.com', '*', 'https://x.example; script-src *', "'unsafe-inline'"])('ADDIN_FRAME_ANCESTORS refuses %s', (bad) => {
  expect(() => build.frameAncestors({ ADDIN_FRAME_ANCESTORS: bad })).toThrow(/ADDIN_FRAME_ANCESTORS/);
});
