// build/babel-regex-literals.js: a constant `new RegExp(…)` becomes the literal with the same source
// and flags; patterns ES2016 cannot write as a literal (lookbehind, named groups, the s or u flag)
// are left alone.
import { transformSync } from '@babel/core';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('../../build/babel-regex-literals.js');

const run = (code: string): string => transformSync(code, { babelrc: false, configFile: false, plugins: [plugin] })!.code!;

test('constant patterns and joined word lists become literals with the same source and flags', () => {
  const out = run(`const W = "a|b"; const R = new RegExp(["\\\\bx/y\\\\b", \`(?:\${W})\`].join("|"), "i");`);
  const m = /const R = (\/.*\/i);/.exec(out);
  expect(m).not.toBeNull();
  const re = (0, eval)(m![1]) as RegExp;
  const want = new RegExp(['\\bx/y\\b', '(?:a|b)'].join('|'), 'i');
  expect([re.source, re.flags]).toEqual([want.source, want.flags]);
});

test('lookbehind, the s flag, non-constant patterns and a local RegExp are left alone', () => {
  for (const code of ['new RegExp("(?<=a)b")', 'new RegExp("a.b", "s")', 'new RegExp(x + "a")', 'function f(RegExp) { return new RegExp("a"); }']) {
    expect(run(code)).toContain('RegExp(');
  }
});
