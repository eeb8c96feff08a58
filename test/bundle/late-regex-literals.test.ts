// build/late-regex-literals.js: in the minified bundle, `new RegExp("…", "…")` whose arguments are
// string literals becomes the literal with the same source and flags; what ES2016 cannot write as a
// literal is left alone, and a bundle that binds the name RegExp fails the build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lateRegexLiterals } = require('../../build/late-regex-literals.js') as {
  lateRegexLiterals: (code: string) => { code: string; edits: [number, number, string][] };
};

/** The values of `R0`, `R1`, … after running the code (a bare function: no module scope). */
const values = (code: string, n: number): RegExp[] => new Function(`${code}; return [${Array.from({ length: n }, (_, i) => `R${i}`).join(',')}];`)() as RegExp[];

const REWRITTEN: [string, string][] = [
  ['\\\\bcouncil\\\\b', 'i'],
  ['a/b|c', ''],
  ['[/]x\\\\/y', 'g'],
  ['(?:clerk|chair)s?\\\\s+\\\\d{1,3}', 'gim'],
  ['', ''],
  ['\\\\u2019|[\\\\u2018\\\\u2019]', 'g'],
  ['^\\\\s*(?:dear|hi)\\\\b', 'm'],
];

test('constant patterns become literals with the same source and flags', () => {
  const code = REWRITTEN.map(([p, f], i) => `const R${i}=new RegExp("${p}"${f ? `,"${f}"` : ''});`).join('');
  const out = lateRegexLiterals(code);
  expect(out.edits).toHaveLength(REWRITTEN.length);
  expect(out.code).not.toContain('RegExp(');
  const before = values(code, REWRITTEN.length);
  const after = values(out.code, REWRITTEN.length);
  after.forEach((re, i) => expect([re.source, re.flags]).toEqual([before[i].source, before[i].flags]));
  // Each evaluation still makes a new object, as the call did.
  const twice = new Function(`const f=()=>${out.code.slice(out.code.indexOf('=') + 1, out.code.indexOf(';'))};return f()!==f();`)();
  expect(twice).toBe(true);
});

test('a literal after a word gets a space; the text around is unchanged', () => {
  const out = lateRegexLiterals('function f(){return new RegExp("a","i")}const x=[1,new RegExp("b")];');
  expect(out.code).toBe('function f(){return /a/i}const x=[1,/b/];');
});

test('lookbehind, named groups, the s, u and y flags and non-literal arguments are left alone', () => {
  for (const code of [
    'const a=new RegExp("(?<=a)b");',
    'const a=new RegExp("(?<x>a)");',
    'const a=new RegExp("a.b","s");',
    'const a=new RegExp("a","u");',
    'const a=new RegExp("a","y");',
    'const a=new RegExp(x+"a");',
    'const a=new RegExp(`a${x}`);',
    'const a=RegExp("a");',
  ]) {
    expect(lateRegexLiterals(code).code).toBe(code);
  }
});

test('a bundle that binds RegExp anywhere fails rather than guess', () => {
  for (const code of ['function f(RegExp){return new RegExp("a")}', 'const RegExp=1;', 'let x;try{}catch(RegExp){}', 'RegExp=null;', 'class RegExp{}']) {
    expect(() => lateRegexLiterals(code)).toThrow(/binds the name RegExp/);
  }
});
