// build/babel-compact-regex.js: in the webpack builds, a regular expression whose Unicode
// property escapes Babel expanded into a long class is rebuilt at load time from a compact list. The
// rebuilt RegExp must have exactly the pattern and flags Babel would have written as a literal.
import { transformSync } from '@babel/core';
import path from 'path';
import vm from 'vm';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeClass, decodeClass } = require('../../build/babel-compact-regex.js') as { encodeClass: (s: string) => string | undefined; decodeClass: (s: string) => string };

/** Compiles `source` as the production webpack build does (babel.config.js, env "production"), with or without the plugin. */
function compile(source: string, withPlugin: boolean): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = (require('../../babel.config.js') as (api: { env: (n: string) => boolean }) => { presets: unknown[]; plugins: string[] })({ env: (n) => n === 'production' });
  expect(config.plugins.some((p) => p.endsWith('babel-compact-regex.js'))).toBe(true);
  const plugins = withPlugin ? config.plugins : config.plugins.filter((p) => !p.endsWith('babel-compact-regex.js'));
  const out = transformSync(source, { cwd: ROOT, filename: path.join(ROOT, 'src', 'sample.ts'), sourceType: 'module', configFile: false, babelrc: false, presets: config.presets as never, plugins });
  return out?.code ?? '';
}

/** Runs compiled code (ES module syntax dropped: the samples import nothing) and returns its `out` export. */
function run(code: string): RegExp[] {
  const body = code.replace(/^export /gm, '');
  const ctx: { result?: RegExp[] } = {};
  vm.runInNewContext(`${body}\nresult = out;`, ctx);
  return ctx.result as RegExp[];
}

const SAMPLE = `export const out = [/[^\\p{L}\\p{N}]+/u, /\\p{Lu}/u, /[\\p{L}]/gu, /ab/];`;

test('the rebuilt expressions have the same pattern and flags as the literals Babel writes', () => {
  const plain = compile(SAMPLE, false);
  const packed = compile(SAMPLE, true);
  expect(plain).not.toContain('\\p{');
  // The long class literal (no g flag) is gone from the compact build; the g one stays a literal.
  const [want, got] = [run(plain), run(packed)];
  expect(want[0].source.length).toBeGreaterThan(2000);
  expect(packed).not.toContain(want[0].source);
  expect(packed).toContain(want[2].source);
  expect(got.map((r) => [r.source, r.flags])).toEqual(want.map((r) => [r.source, r.flags]));
});

test('encodes and decodes class bodies exactly, and refuses what it does not understand', () => {
  for (const body of ['0-9A-Za-z\\xAA\\xB2\\xB3\\u02C1-\\u02D1\\u{1FBF0}-\\u{1FBF9}\\u{20000}', 'a', '\\x00-\\x1F']) {
    const coded = encodeClass(body);
    expect(coded).toBeDefined();
    expect(decodeClass(coded as string)).toBe(body);
  }
  for (const body of ['b-a', 'ba', '\\w', 'a\\-b', '\\u{41}']) {
    const coded = encodeClass(body);
    // Either refused, or (different spelling of the same characters) caught by the exact-string check.
    if (coded !== undefined) expect(decodeClass(coded)).not.toBe(body);
  }
});
