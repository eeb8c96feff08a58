import rule from '../../../src/policy/rules/tone/impolite';
import { scorePoliteness } from '../../../src/policy/models/politeness';
import { draft, findingsOf } from '../../helpers/draft';

const model = (body: string) => findingsOf(rule, draft({ body })).filter((f) => f.messageId === 'model');

describe('tone/impolite: the trained politeness model', () => {
  it.each([
    ['a thankful request', 'Thank you for your help with the allotment gate. Could you let me know when it is fixed?'],
    ['an ordinary update', 'The hall is booked for the 14th and the caretaker will open it at seven.'],
    ['a polite question', 'Hi Jo, would you be able to send the minutes when you have a moment? Thanks!'],
  ])('stays quiet on %s', (_name, body) => {
    expect(model(body)).toEqual([]);
  });

  it('flags a curt string of demands, names the driving phrases and points at the strongest', () => {
    const body = 'So why have you still not answered? What exactly is the problem with you people?';
    const found = model(body);
    expect(found.length).toBeGreaterThan(0);
    const f = found[0];
    expect(f.span?.field).toBe('body');
    expect(body.slice(f.span!.start, f.span!.end)).toBe(f.actual);
  });

  it('scores thanks as polite and explains with drivers', () => {
    const s = scorePoliteness('Thanks so much, I really appreciate it.');
    expect(s.probability).toBeGreaterThan(0.5);
    expect(s.drivers.some((d) => d.feature === 's:gratitude')).toBe(true);
  });
});
