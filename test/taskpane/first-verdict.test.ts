/**
 * @jest-environment jsdom
 */
// The first verdict (src/taskpane/first-verdict.ts): drawn before React and Fluent UI have loaded,
// with the send rules' verdict, in the words the full header uses, as text only; the full pane
// replaces it when it renders.
import { showFirstVerdict } from '../../src/taskpane/first-verdict';
import { VERDICT_TEXT } from '../../src/taskpane/shared/strings';
import { describeSenderRole } from '../../src/taskpane/shared/role';
import { check } from '../../src/policy/engine';
import { CLERK, CLLR, RESIDENT, draft } from '../helpers/draft';
import { config } from './pane-env';

const policy = { version: '2026-11-28.1', source: 'from the council’s policy file' };

function shown(d: ReturnType<typeof draft>, theme: 'light' | 'dark' | 'high-contrast' = 'light', notice?: string) {
  const container = document.createElement('div');
  container.append(document.createElement('p')); // whatever was there before goes
  const verdict = check(d, config).verdict;
  showFirstVerdict(container, { verdict, policy: { ...policy, notice }, role: describeSenderRole(config, d.from, CLERK), theme });
  return { container, verdict };
}

describe('first verdict', () => {
  it.each([
    ['a clean reply', draft({ from: CLERK, to: [RESIDENT], body: 'Thank you for your letter; the clerk will reply by Friday.' })],
    ['a copy to the same person twice', draft({ from: CLERK, to: [RESIDENT], cc: [RESIDENT], body: 'Hello' })],
    ['a password in the body', draft({ from: CLERK, to: [RESIDENT], body: 'The password for the shared drive is Tr0ub4dor&3x!' })],
    ['an empty draft', draft({ from: CLERK })],
    ['a councillor’s note', draft({ from: CLLR, to: [CLERK], body: 'See you at the meeting.' })],
    ['a subject only', draft({ from: CLERK, to: [RESIDENT], subject: 'Allotment rents' })],
  ])('states the send rules’ verdict for %s in the full header’s words', (_, d) => {
    const { container, verdict } = shown(d);
    const v = container.querySelector('[data-testid="verdict"]') as HTMLElement;
    expect(v.dataset.verdict).toBe(verdict);
    expect(v.textContent).toBe(VERDICT_TEXT[verdict].title);
    expect(container.textContent).toContain(VERDICT_TEXT[verdict].detail);
    expect(container.textContent).toContain('Email policy version 2026-11-28.1 (from the council’s policy file)');
    expect(container.querySelectorAll('p').length).toBeGreaterThan(1);
    expect(container.children).toHaveLength(1); // what was there before is gone
  });

  it('names the sender’s role and any notice about the policy file', () => {
    const { container } = shown(draft({ from: CLLR, to: [CLERK], body: 'Hello' }), 'light', 'The council’s policy file could not be loaded; the last good copy is in force.');
    expect(container.textContent).toContain(describeSenderRole(config, draft({ from: CLLR }).from, CLERK));
    expect(container.textContent).toContain('could not be loaded');
  });

  it.each(['light', 'dark', 'high-contrast'] as const)('follows the %s theme', (theme) => {
    const { container } = shown(draft({ from: CLERK, to: [RESIDENT], body: 'Hello' }), theme);
    const page = container.firstElementChild as HTMLElement;
    expect(page.dataset.theme).toBe(theme);
    expect(page.style.color).not.toBe('');
  });

  it('in high contrast has the full pane\'s black page and white text (Fluent\'s teamsHighContrastTheme), not the light page', () => {
    const { container } = shown(draft({ from: CLERK, to: [RESIDENT], body: 'Hello' }), 'high-contrast');
    const page = container.firstElementChild as HTMLElement;
    expect(page.style.background).toMatch(/^(#000000|rgb\(0, 0, 0\))$/);
    expect(page.style.color).toMatch(/^(#ffffff|rgb\(255, 255, 255\))$/);
  });

  it('shows text as text: nothing in the policy’s words is read as markup', () => {
    const container = document.createElement('div');
    showFirstVerdict(container, { verdict: 'ok', policy: { version: '<img src=x onerror=alert(1)>', notice: '<script>alert(1)</script>' }, role: '<b>x</b>', theme: 'light' });
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
