import { compilePhrases, firstPhrase, hoisted as isHoisted, scanPhrases } from '../../src/policy/text/patterns';

describe('compilePhrases / scanPhrases', () => {
  it('says which entry matched, with offsets', () => {
    const set = compilePhrases(['bad luck', 'break the chain']);
    expect(scanPhrases(set, 'Do not break the chain or bad luck follows.').map((h) => [h.index, h.start, h.end])).toEqual([
      [1, 7, 22],
      [0, 26, 34],
    ]);
  });

  it('matches whole words only', () => {
    expect(scanPhrases(compilePhrases(['cheap']), 'cheapside cheap')).toMatchObject([{ start: 10, end: 15 }]);
  });

  it('rejects a capturing group in data at load', () => {
    expect(() => compilePhrases(['(bad) luck'])).toThrow(/capturing group/);
  });

  // The capturing-group check reads the source as text; the engine is the reference.
  it.each([
    '(bad) luck', '(?:bad) luck', '\\(bad\\)', '[(]bad', '[\\](]x', '(?<n>a)', '(?<=a)b', '(?<!a)b', '(?=a)', '(?!a)',
    'a(?:b(c))', '[]](x)', '[^](x)', 'a\\\\(b)', '(?:a|(?:b))', 'x[a-z(]+y', 'send (?:it|this)', '£\\d+(?:\\.\\d\\d)?',
  ])('sees a capturing group in %j exactly when the engine does', (src) => {
    const engine = new RegExp(src + '|').exec('')!.length > 1;
    if (engine) expect(() => compilePhrases([src])).toThrow(/capturing group/);
    else expect(() => compilePhrases([src])).not.toThrow();
  });

  it('scans only up to `to` and from `from`', () => {
    const set = compilePhrases(['luck']);
    expect(scanPhrases(set, 'luck luck luck', 5, 9).map((h) => h.start)).toEqual([5]);
    expect(firstPhrase(set, 'no luck here')).toMatchObject({ start: 3, end: 7 });
  });

  describe('text without a letter, digit or _ (the task pane\'s empty draft): a set whose boundary is hoisted is not run', () => {
    // What the expression itself finds, run directly: the shortcut must agree with it.
    const direct = (set: ReturnType<typeof compilePhrases>, text: string) => [...text.matchAll(new RegExp(set.re.source, set.re.flags))].filter((m) => m[0] !== '').map((m) => m.index);
    const hoisted = compilePhrases(['bad luck', 'break the chain', 'lottery', 'you(?: ?[\'’] ?)re a winner', 'cheap', '\\d+ ?%']);
    // Entries that may start with a non-word character: the boundary is not hoisted, so the set is always run.
    const open = compilePhrases(['£\\d+', '!{3,}', '\\?{2,}', '\\$\\$\\$', '€€', '\\*{3}'], { boundaries: true });

    it('hoists the boundary only when every entry starts with a word character', () => {
      expect(hoisted.re.source.startsWith('\\b(?:')).toBe(true);
      expect(open.re.source.startsWith('(')).toBe(true);
    });

    // hoisted() reads it from the expression (the command line's early scans rebuild it so).
    it.each<[string[], { boundaries?: boolean; caseSensitive?: boolean }, boolean]>([
      [['bad luck', 'cheap'], {}, true],
      [['\\d+ ?%', '(?:a|b)c', '[xy]z'], {}, true],
      [['bad luck', '£\\d+'], {}, false],
      [['!{3,}'], {}, false],
      [['bad luck', 'cheap'], { boundaries: false }, false],
      [['bad luck'], { caseSensitive: true }, true],
      [['\\bodd', 'even'], {}, true],
      [['.{2}x'], {}, false],
    ])('hoisted(%j, %j) is %s', (sources, options, want) => {
      const set = compilePhrases(sources, options);
      expect(isHoisted(set)).toBe(want);
      expect(isHoisted(set)).toBe(set.re.source.startsWith('\\b(?:'));
    });

    it.each(['', '\n', ' ', '\n\n\t', '— – …', '“ ” ‘ ’', '!!! ??? ***', '£€$ ¥'])('a hoisted set finds nothing in %j, as the expression itself', (text) => {
      expect(scanPhrases(hoisted, text)).toEqual([]);
      expect(direct(hoisted, text)).toEqual([]);
      expect(hoisted.re.lastIndex).toBe(0);
    });

    it.each(['!!!', '?? !!!!', '£5', '$$$ €€', '***', '\n!!!\n'])('a set that is not hoisted is still run on %j, finding what the expression finds', (text) => {
      expect(scanPhrases(open, text).map((h) => h.start)).toEqual(direct(open, text));
    });

    it('so a set that is not hoisted does find hits in text without words', () => {
      expect(scanPhrases(open, '!!!').map((h) => h.text)).toEqual(['!!!']);
      expect(scanPhrases(open, '£5 and £10').map((h) => h.text)).toEqual(['£5', '£10']);
    });

    it.each([
      ['bad luck', [0]],
      ['\nbad luck\n', [1]],
      ['— lottery —', [2]],
      ['“cheap”', [1]],
      ['50% off', [0]],
      ['you’re a winner!', [0]],
      ['x', []],
      ['_', []],
    ])('a hoisted set still finds its hits in text with words: %j', (text, starts) => {
      expect(scanPhrases(hoisted, text).map((h) => h.start)).toEqual(starts);
      expect(scanPhrases(hoisted, text).map((h) => h.start)).toEqual(direct(hoisted, text));
    });

    it('from a later start or within a range the set is run as before', () => {
      expect(scanPhrases(hoisted, 'lottery ... ', 7).map((h) => h.start)).toEqual([]);
      expect(scanPhrases(hoisted, '... lottery', 3).map((h) => h.start)).toEqual([4]);
      expect(scanPhrases(hoisted, '... ', 0, 2)).toEqual([]);
      expect(scanPhrases(hoisted, 'cheap ...', 0, 5).map((h) => h.start)).toEqual([0]);
    });
  });
});
