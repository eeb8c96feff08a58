// The first verdict, drawn before React and Fluent UI have loaded (start.tsx): the send rules' own
// verdict for the draft, in a plain header styled simply. The full pane (pane-ui.tsx) replaces it
// when it first renders (React empties its container on its first commit) and starts from the same
// check, so the verdict does not go back to "Checking…". Plain DOM and text only, nothing parsed as HTML.
import type { Verdict } from '../policy/types';
import type { PolicyInfo } from './compose/VerdictHeader';
import { VERDICT_TEXT } from './shared/strings';
import type { ThemeKind } from './theme-kind';

/**
 * Fluent UI's colours for the same parts of the header (webLightTheme, webDarkTheme,
 * teamsHighContrastTheme: black page, white text), so the full pane replaces it without a flash. In
 * Windows' own high contrast (forced colours) the browser puts the system colours in their place.
 */
const COLOURS: Record<ThemeKind, { page: string; text: string; meta: string } & Record<Verdict, string>> = {
  light: { page: '#ffffff', text: '#242424', meta: '#424242', ok: '#0e700e', warn: '#bc4b09', block: '#b10e1c' },
  dark: { page: '#292929', text: '#ffffff', meta: '#d6d6d6', ok: '#54b054', warn: '#fc9e73', block: '#dc626d' },
  'high-contrast': { page: '#000000', text: '#ffffff', meta: '#ffffff', ok: '#ffffff', warn: '#ffffff', block: '#ffffff' },
};

const FONT = "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";

export interface FirstVerdict {
  verdict: Verdict;
  policy: PolicyInfo;
  /** Which role the sender is treated as (shared/role.ts), as the full header says it. */
  role: string;
  theme: ThemeKind;
}

/** Puts the verdict header in `container` in place of whatever is there. */
export function showFirstVerdict(container: HTMLElement, { verdict, policy, role, theme }: FirstVerdict): void {
  const doc = container.ownerDocument;
  const colour = COLOURS[theme];
  const el = (tag: string, text: string, style: Partial<CSSStyleDeclaration>) => {
    const e = doc.createElement(tag);
    e.textContent = text;
    Object.assign(e.style, style);
    return e;
  };
  const page = el('div', '', { minHeight: '100vh', padding: '12px', boxSizing: 'border-box', fontFamily: FONT, fontSize: '14px', background: colour.page, color: colour.text });
  page.dataset.theme = theme;
  const header = doc.createElement('header');
  const title = el('h1', '', { margin: '0', fontSize: '20px', fontWeight: '600', color: colour[verdict] });
  const words = el('span', VERDICT_TEXT[verdict].title, {});
  words.dataset.testid = 'verdict';
  words.dataset.verdict = verdict;
  title.append(words);
  header.append(title, el('p', VERDICT_TEXT[verdict].detail, { margin: '4px 0 0' }));
  const meta = { margin: '4px 0 0', color: colour.meta, fontSize: '12px' };
  header.append(el('p', `Email policy version ${policy.version}${policy.source ? ` (${policy.source})` : ''}`, meta));
  if (role) header.append(el('p', role, meta));
  if (policy.notice) header.append(el('p', policy.notice, { margin: '8px 0 0', padding: '8px', border: `1px solid ${colour.meta}` }));
  page.append(header, el('p', 'Loading the details…', { margin: '12px 0 0', color: colour.meta }));
  container.replaceChildren(page);
}
