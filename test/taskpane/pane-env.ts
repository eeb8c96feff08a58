// What a jsdom test of the whole task pane needs: the policy and its clause texts, and a
// ResizeObserver (jsdom lacks it; Fluent's MessageBar uses it to pick its layout).
import fs from 'fs';
import path from 'path';
import { parseClauses } from '../../src/taskpane/clauses';
import { ROOT, policy } from '../helpers/draft';

class NoResize {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResize;

export const config = policy();
export const clauses = parseClauses(fs.readFileSync(path.join(ROOT, 'policy/ware-internet-email-policy.txt'), 'utf8'));
