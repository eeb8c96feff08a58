// build/obscenity-event.mjs stands in for 'obscenity' in the event bundle: it must export every name
// src/policy/rules/tone/lexicon.ts imports from the package, each the very object the index exports.
import fs from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.dirname(require.resolve('obscenity'));

test('the event bundle’s obscenity entry exports what the lexicon imports, the same objects as the package', () => {
  const lexicon = fs.readFileSync(path.join(ROOT, 'src/policy/rules/tone/lexicon.ts'), 'utf8');
  const imported = /import \{([^}]*)\} from 'obscenity';/
    .exec(lexicon)![1]
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('type '));
  const entry = fs.readFileSync(path.join(ROOT, 'build/obscenity-event.mjs'), 'utf8');
  const exported = new Map<string, string>();
  for (const m of entry.matchAll(/^export \{([^}]*)\} from 'obscenity-dist\/([^']+)';$/gm)) for (const name of m[1].split(',')) exported.set(name.trim(), m[2]);
  expect(imported.length).toBeGreaterThan(0);
  expect(imported.filter((n) => !exported.has(n))).toEqual([]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const whole = require('obscenity');
  for (const [name, file] of exported) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const own = require(path.join(DIST, file))[name];
    expect(own).toBeDefined();
    expect(own).toBe(whole[name]);
  }
});
