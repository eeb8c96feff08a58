// Issue #19 item 15: messages are written English, never machine text like "1 recipient(s)".
import { renderMessage } from '../../src/policy/rule';
import { RULES } from '../../src/policy/rules';

describe('rule messages read as English', () => {
  it('no message template says "(s)"', () => {
    const bad = RULES.flatMap((r) => Object.entries(r.meta.messages).filter(([, t]) => /\(s\)/.test(t)).map(([id]) => `${r.meta.id}:${id}`));
    expect(bad).toEqual([]);
  });

  it('{count:one|many} puts the noun in the right number', () => {
    const t = 'going to {count:recipient|recipients} outside the council';
    expect(renderMessage(t, { count: 1 })).toBe('going to 1 recipient outside the council');
    expect(renderMessage(t, { count: 3 })).toBe('going to 3 recipients outside the council');
    expect(renderMessage(t, {})).toBe(t);
  });

  it('a personal-data finding to one outside recipient says "1 recipient"', () => {
    const rule = RULES.find((r) => r.meta.id === 'personal-data/external')!;
    const rendered = Object.values(rule.meta.messages).map((t) => renderMessage(t, { count: 1, masked: 'J***', first: 'jo@example.com' }));
    for (const m of rendered) expect(m).toMatch(/\b1 recipient outside/);
  });
});
