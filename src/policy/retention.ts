// Proposes a retention label from the council's schedule: the first label (in schedule order)
// whose keyword appears in the subject or the sender's own words, else the default label.
import type { PolicyConfig } from './config';
import type { RetentionProposal } from './types';
import { escapeRegExp } from './text/patterns';

const compiled = new WeakMap<object, RegExp>();

export function proposeRetention(subject: string, ownText: string, config: PolicyConfig): RetentionProposal {
  const { labels, defaultLabel } = config.retention;
  for (const label of labels) {
    if (!label.keywords?.length) continue;
    let re = compiled.get(label);
    if (!re) {
      // No \p{…} or lookbehind: this runs in engines that predate ES2018 regular expressions.
      re = new RegExp(`(?:^|[^A-Za-z0-9\u00C0-\u024F])(${label.keywords.map(escapeRegExp).join('|')})(?![A-Za-z0-9\u00C0-\u024F])`, 'i');
      compiled.set(label, re);
    }
    const m = re.exec(subject) ?? re.exec(ownText);
    if (m) return { labelId: label.id, name: label.name, reason: `mentions "${m[1]}"` };
  }
  const d = labels.find((l) => l.id === defaultLabel);
  return { labelId: defaultLabel, name: d?.name ?? defaultLabel, reason: 'default' };
}
