// build/tail-string-loader.js marks the event bundle's coded everyday-word list
// (src/policy/data/disguise-common-words.ts) for build/data-tail.js, which moves it to the end of the
// bundle. The module must export the very same words, and the built bundle must carry the list once,
// at its end.
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { DIST, ROOT } from './build';
import { DISGUISE_COMMON_WORDS } from '../../src/policy/data/disguise-common-words';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { moduleSource } = require('../../build/tail-string-loader.js') as { moduleSource: (source: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { moveToTail, TAIL_MARK } = require('../../build/data-tail.js') as { moveToTail: (code: string) => { code: string }; TAIL_MARK: string };

const FILE = path.join(ROOT, 'src', 'policy', 'data', 'disguise-common-words.ts');
const original = fs.readFileSync(FILE, 'utf8');
/** The module as plain ES2016 (its few TypeScript annotations and its `??` written out by hand). */
const plain = (source: string): string =>
  source
    .replace(/\(coded: string\): string/, '(coded)')
    .replace(/ \?\? \[\]/, ' || []')
    .replace(/export const DISGUISE_COMMON_WORDS: string =/, 'out =');
/** The module's export. */
const exportOf = (source: string): string => {
  const box: Record<string, unknown> = { out: undefined };
  vm.runInNewContext(plain(source), box);
  return box.out as string;
};
/** The coded list, its pieces joined. */
const codedOf = (source: string): string => {
  const m = /\bconst CODED =\s*('[A-Za-z]*'(?:\s*\+\s*'[A-Za-z]*')*);/.exec(source);
  return m ? m[1].replace(/'\s*\+\s*'/g, '').slice(1, -1) : '';
};

test('the marked module gives the very same words, once the mark is taken off', () => {
  const marked = moduleSource(original);
  expect(marked).toContain(JSON.stringify(TAIL_MARK).slice(1, -1) + '4:');
  expect(marked.match(/const CODED = "[^"]*";/g)).toHaveLength(1);
  expect(exportOf(original)).toBe(DISGUISE_COMMON_WORDS);
  expect(exportOf(marked.replace(JSON.stringify(TAIL_MARK).slice(1, -1) + '4:', ''))).toBe(DISGUISE_COMMON_WORDS);
});

test('moved to the end of a bundle by data-tail, the list comes back the same', () => {
  const body = plain(moduleSource(original));
  const moved = moveToTail(`(function(){${body}})();`).code;
  expect(moved).not.toContain(TAIL_MARK);
  const box: Record<string, unknown> = { out: undefined };
  vm.runInNewContext(moved, box);
  expect(box.out).toBe(DISGUISE_COMMON_WORDS);
});

test('a file without the coded list stops the build', () => {
  expect(() => moduleSource('export const X = 1;')).toThrow(/no `const CODED/);
  expect(() => moduleSource("const CODED = 'Aab' + \"Bc\";")).toThrow(/no `const CODED/);
});

test('the built event bundle carries the list once, at its end', () => {
  const file = path.join(DIST, 'launchevent.js');
  if (!fs.existsSync(file)) throw new Error('dist/launchevent.js is missing: run `npm run build` first');
  const code = fs.readFileSync(file, 'utf8');
  const coded = codedOf(original);
  expect(coded.length).toBeGreaterThan(5000);
  expect(code.split(coded)).toHaveLength(2);
  expect(code.indexOf(coded)).toBeGreaterThan(code.length - coded.length - 100);
});
