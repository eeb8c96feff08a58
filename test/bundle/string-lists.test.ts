// build/babel-string-lists.js: a literal list of three or more strings becomes one string split at a
// separator no item contains; the arrays made are the same, item for item.
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { transformSync } from '@babel/core';
import { DIST, requireBuilt } from './build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('../../build/babel-string-lists.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const regexLiterals = require('../../build/babel-regex-literals.js');

const run = (code: string, plugins: unknown[] = [plugin]): string => transformSync(code, { babelrc: false, configFile: false, plugins: plugins as never })!.code!;
/** What an expression evaluates to, as JSON. */
const value = (code: string): string => JSON.stringify(vm.runInNewContext(`(${code})`));

test('lists of plain strings become a split string with the same items', () => {
  const lists = [
    '["my son", "my daughter", "my wife"]',
    '["a|b", "c", "d"]', // '|' in an item: the next separator
    '["", "", ""]',
    '["x", "", "y", ""]',
    '["a,b|c;d", "e", "f~g"]',
    '["é", "\\ud83d", "😀", "\\n"]',
  ];
  for (const list of lists) {
    const out = run(`(${list});`).replace(/;$/, '');
    expect(out).toMatch(/\.split\(/);
    expect(out).not.toContain('[');
    expect(value(out)).toBe(value(list));
  }
});

test('short lists, mixed lists, holes, spreads and templates are left alone', () => {
  for (const list of ['["a", "b"]', '["a", "b", 1]', '["a", , "b", "c"]', '["a", "b", ...c]', '["a", "b", `c`]', '["|,;~^\\n\\u0001", "b", "c"]']) {
    expect(run(`x = ${list};`)).not.toContain('split');
  }
});

test('a list joined into a RegExp is still folded into a literal first', () => {
  const out = run('const R = new RegExp(["alpha", "beta", "gamma"].join("|"), "i"); const L = ["alpha", "beta", "gamma"];', [regexLiterals, plugin]);
  expect(out).toContain('/alpha|beta|gamma/i');
  expect(out).toContain('"alpha|beta|gamma".split("|")');
});

test('the built event bundle carries its word lists as split strings', () => {
  requireBuilt(['launchevent.js']);
  const code = fs.readFileSync(path.join(DIST, 'launchevent.js'), 'utf8');
  expect(code.match(/"\.split\("\|"\)/g)!.length).toBeGreaterThan(100);
});
