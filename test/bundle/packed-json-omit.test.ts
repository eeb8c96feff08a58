// build/packed-json-loader.js leaves the weight files' training notes (OMIT_NOTES: source, licence,
// features, cvAccuracy, n) out of the event bundle. That is only right while no code reads them: every
// module that imports a *-weights.json may read its other keys by name only (never the whole object:
// no Object.keys, spread or passing it on), and none of the notes.
import fs from 'fs';
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { moduleSource, OMIT_NOTES } = require('../../build/packed-json-loader.js') as {
  moduleSource: (text: string, unpackFrom: string, o?: { tail?: boolean; omit?: string[] }) => string;
  OMIT_NOTES: string[];
};

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Every use of `id` in `code` past its import: the key read, or undefined when the whole object is used. */
function readsOf(code: string, id: string): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  const re = new RegExp(`(?<![\\w$.])${id}(?![\\w$])`, 'g');
  for (const m of code.matchAll(re)) {
    const before = code.slice(Math.max(0, (m.index ?? 0) - 7), m.index);
    const after = code.slice((m.index ?? 0) + id.length);
    if (/import\s*$/.test(before)) continue; // the import itself
    // `ID.key`, or `(ID as unknown as T).key`
    const k = /^(?:\s+as\s+[\w<>[\], ]+?)*\)?\s*\.\s*([\w$]+)/.exec(after) || /^\s*\[\s*'([^']+)'\s*\]/.exec(after);
    out.push(k ? k[1] : undefined);
  }
  return out;
}

const readers = tsFiles(SRC)
  .map((file) => ({ file, code: fs.readFileSync(file, 'utf8') }))
  .flatMap(({ file, code }) =>
    [...code.matchAll(/import\s+([\w$]+)\s+from\s+'[^']*-weights\.json'/g)].map((m) => ({ file: path.relative(ROOT, file), id: m[1], code })),
  );

test('the readers of the weight files are found', () => {
  expect(readers.map((r) => r.file)).toEqual(expect.arrayContaining(['src/policy/models/politeness.ts', 'src/policy/models/council.ts', 'src/policy/text/vocabulary.ts']));
});

test('no module reads a training note or the whole weights object', () => {
  const bad: string[] = [];
  for (const { file, id, code } of readers) {
    const reads = readsOf(code, id);
    if (!reads.length) bad.push(`${file}: ${id} is imported but never read as ${id}.key`);
    for (const k of reads) {
      if (k === undefined) bad.push(`${file}: ${id} is used as a whole`);
      else if (OMIT_NOTES.includes(k)) bad.push(`${file}: reads ${id}.${k}`);
    }
  }
  expect(bad).toEqual([]);
});

test('the guard sees a note read, a cast read and a whole-object use', () => {
  expect(readsOf("import W from './a-weights.json';\nconst s = W.source;", 'W')).toEqual(['source']);
  expect(readsOf('const c = (W as unknown as File).classes;', 'W')).toEqual(['classes']);
  expect(readsOf('const ks = Object.keys(W);', 'W')).toEqual([undefined]);
});

test('the loader leaves out the notes and nothing else', () => {
  const text = JSON.stringify({ source: 'trained on…', n: 3, bias: 0.5, weights: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`w:k${i}`, i / 10])) });
  const load = (src: string) => {
    const body = src.replace(/^import .*$/m, '').replace('export default', 'return');
    return new Function('unpackNumbers', body)((keys: string, sep: string, values: string, width: number, min: number, scale: number) => ({ keys, sep, values, width, min, scale })) as Record<string, unknown>;
  };
  const kept = load(moduleSource(text, 'x', { omit: OMIT_NOTES }));
  const all = load(moduleSource(text, 'x'));
  expect(Object.keys(kept)).toEqual(['bias', 'weights']);
  expect(Object.keys(all)).toEqual(['source', 'n', 'bias', 'weights']);
  expect(kept.weights).toEqual(all.weights);
});
