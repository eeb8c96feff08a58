#!/usr/bin/env node
// What dist/launchevent.js is made of: builds the event bundle exactly as `npm run build` does
// (same webpack config, production mode) but with a source map, into a temporary folder, and
// attributes the minified bytes to source modules through the map. Gzipped bytes per module are the
// module's own minified text gzipped alone, scaled so that they add up to the whole file gzipped
// (gzip shares a dictionary across modules, so no exact per-module figure exists).
//
//   node scripts/bundle-report.js [--top N] [--json out.json] [--bundle file.js --map file.js.map]
//
// With --bundle/--map it analyses an existing build instead of building.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const gz = (s) => zlib.gzipSync(Buffer.from(s, 'utf8'), { level: 9 }).length;

/** Builds the event bundle of the work tree `dir` (this one by default) into a temporary folder. */
/** `strictExports`: an import of a name its module does not export fails the build (webpack's default only warns). */
async function build(dir = root, { sourceMap = true, strictExports = false } = {}) {
  const webpack = require(require.resolve('webpack', { paths: [dir] }));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-report-'));
  const prev = process.env.DIST_DIR;
  process.env.DIST_DIR = out;
  const configs = await require(path.join(dir, 'webpack.config.js'))({}, { mode: 'production' });
  if (prev === undefined) delete process.env.DIST_DIR;
  else process.env.DIST_DIR = prev;
  const config = configs.find((c) => c.name === 'launchevent');
  // hidden-source-map: same code, no sourceMappingURL comment; own cache so the real build's is untouched.
  Object.assign(config, { devtool: sourceMap ? 'hidden-source-map' : false, cache: false });
  if (strictExports) config.module = { ...config.module, parser: { ...(config.module && config.module.parser), javascript: { exportsPresence: 'error' } } };
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
  return { bundle: path.join(out, 'launchevent.js'), map: path.join(out, 'launchevent.js.map'), out };
}

function attribute(code, mapJson) {
  const { SourceMapConsumer } = require('source-map');
  const consumer = new SourceMapConsumer(mapJson);
  const lines = code.split('\n');
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  const text = new Map(); // source -> its minified text
  const add = (src, s) => text.set(src, (text.get(src) || '') + s);
  const runs = []; // [source, text] in bundle order
  const addRun = (src, s) => {
    add(src, s);
    const last = runs[runs.length - 1];
    if (last && last[0] === src) last[1] += s;
    else runs.push([src, s]);
  };
  let line = 1;
  let col = 0;
  let owner = '(webpack runtime / unmapped)';
  const flushTo = (toLine, toCol) => {
    while (line < toLine) {
      addRun(owner, lines[line - 1].slice(col) + '\n');
      line++;
      col = 0;
    }
    if (toCol > col) addRun(owner, lines[line - 1].slice(col, toCol));
    col = Math.max(col, toCol);
  };
  for (const m of mappings) {
    flushTo(m.generatedLine, m.generatedColumn);
    owner = m.source ? m.source.replace(/^webpack:\/\/[^/]*\//, '') : '(webpack runtime / unmapped)';
  }
  flushTo(lines.length, lines[lines.length - 1].length);
  // Webpack maps JSON modules and Babel's inlined helpers to ".": name the JSON ones after their file.
  const dot = text.get('.');
  if (dot !== undefined) {
    text.delete('.');
    for (const [src, s] of runs) if (src === '.') add(/^;function [\w$]+\(i\)\{return\[/.test(s) ? TAIL : jsonSource(s) || '. (module glue, inlined Babel helpers)', s);
  }
  return { text, runs };
}

/** The weight tables' strings, which build/data-tail.js moves to the end of the bundle after minification. */
const TAIL = 'src/policy/data/*-weights.json (strings at the end: build/data-tail.js)';

let jsonFiles;
/** The JSON file (under src/ or policy/) that a `JSON.parse('…')` run of the bundle came from. */
function jsonSource(s) {
  if (!s.includes("JSON.parse('")) return undefined;
  if (!jsonFiles) {
    jsonFiles = [];
    const walk = (dir) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.json')) jsonFiles.push([path.relative(root, p), JSON.stringify(JSON.parse(fs.readFileSync(p, 'utf8')))]);
      }
    };
    walk(path.join(root, 'src'));
    walk(path.join(root, 'policy'));
  }
  // Webpack renames top-level keys, so match on a few "key":value pairs from inside.
  const pairs = (s.match(/"[^"\\]{4,}":(?:-?[\d.]+|"[^"\\]{3,}")/g) || []).slice(3, 8);
  const hit = jsonFiles.find(([, text]) => pairs.length && pairs.every((p) => text.includes(p)));
  return hit ? hit[0] + ' (JSON)' : '(JSON data)';
}

async function main() {
  let bundle = opt('--bundle');
  let map = opt('--map');
  let tmp;
  if (!bundle) ({ bundle, map, out: tmp } = await build());
  const code = fs.readFileSync(bundle, 'utf8');
  const { text, runs } = attribute(code, JSON.parse(fs.readFileSync(map, 'utf8')));
  if (args.includes('--runs')) for (const [src, s] of runs) if (src === opt('--runs')) console.log(s.length, JSON.stringify(s.slice(0, 120)));
  const total = { raw: Buffer.byteLength(code), gzip: gz(code) };
  const rows = [...text].map(([source, s]) => ({ source, raw: Buffer.byteLength(s), gzipAlone: gz(s) }));
  const sumAlone = rows.reduce((a, r) => a + r.gzipAlone, 0);
  for (const r of rows) r.gzip = Math.round((r.gzipAlone * total.gzip) / sumAlone);
  rows.sort((a, b) => b.gzip - a.gzip);
  const top = Number(opt('--top', 25));
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`${path.relative(root, bundle) || bundle}: ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzipped (level 9), ${rows.length} sources`);
  console.log(`${'gzip KB'.padStart(7)} ${'raw KB'.padStart(7)}  source`);
  for (const r of rows.slice(0, top)) console.log(`${kb(r.gzip)} ${kb(r.raw)}  ${r.source}`);
  const groups = new Map();
  for (const r of rows) {
    const g = r.source.startsWith('node_modules/')
      ? r.source
          .split('/')
          .slice(0, r.source.split('/')[1].startsWith('@') ? 3 : 2)
          .join('/')
      : r.source.split('/').slice(0, 3).join('/');
    const v = groups.get(g) || { raw: 0, gzip: 0 };
    v.raw += r.raw;
    v.gzip += r.gzip;
    groups.set(g, v);
  }
  console.log('\nby folder / package:');
  for (const [g, v] of [...groups].sort((a, b) => b[1].gzip - a[1].gzip).slice(0, top)) console.log(`${kb(v.gzip)} ${kb(v.raw)}  ${g}`);
  const json = opt('--json');
  if (json) fs.writeFileSync(json, JSON.stringify({ total, modules: rows }, null, 2) + '\n');
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}

module.exports = { build, gz, attribute };

if (require.main === module)
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
