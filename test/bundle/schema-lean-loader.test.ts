// build/schema-lean-loader.js gives the event bundle the policy schema with only the keywords
// validateAgainstSchema reads. Validation must find the very same problems with either schema: on
// the shipped policy, and on policies broken at every place the schema constrains (each keyword the
// schema uses is made to fire at least once).
import fs from 'fs';
import path from 'path';
import { validateAgainstSchema } from '../../src/policy/config';
import { requireBuilt, DIST } from './build';

type Schema = NonNullable<Parameters<typeof validateAgainstSchema>[1]>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { leanSchemaText, SCHEMA_KEYS } = require('../../build/schema-lean-loader.js') as { leanSchemaText: (t: string) => string; SCHEMA_KEYS: string[] };

const ROOT = path.join(__dirname, '..', '..');
const fullText = fs.readFileSync(path.join(ROOT, 'policy', 'policy.schema.json'), 'utf8');
const full = JSON.parse(fullText) as Schema;
const lean = JSON.parse(leanSchemaText(fullText)) as Schema;
const shipped = JSON.parse(fs.readFileSync(path.join(ROOT, 'policy', 'ware-town-council.json'), 'utf8')) as Record<string, unknown>;

type Json = unknown;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** A value that meets `schema` (enough to reach deeper nodes), built from the schema alone. */
function sample(schema: Schema): Json {
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const o: Record<string, Json> = {};
      for (const [k, s] of Object.entries(schema.properties ?? {})) o[k] = sample(s);
      return o;
    }
    case 'array':
      return schema.items ? Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => sample(schema.items as Schema)) : [];
    case 'string':
      return 'x'.repeat(Math.max(1, schema.minLength ?? 0));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

/** Broken variants of a value at one schema node, with the keyword each aims at. */
function breakages(schema: Schema): Array<[string, Json]> {
  const out: Array<[string, Json]> = [];
  if (schema.enum) out.push(['enum', '__not-in-the-enum__']);
  if (schema.type) out.push(['type', schema.type === 'string' ? 42 : 'a string']);
  if (schema.pattern) out.push(['pattern', '\u0000 not the form \u0000']);
  if (schema.minLength !== undefined) out.push(['minLength', 'x'.repeat(Math.max(0, schema.minLength - 1))]);
  if (schema.maxLength !== undefined) out.push(['maxLength', 'x'.repeat(schema.maxLength + 1)]);
  if (schema.minimum !== undefined) out.push(['minimum', schema.minimum - 1]);
  if (schema.maximum !== undefined) out.push(['maximum', schema.maximum + 1]);
  const item = schema.items ? sample(schema.items) : 'x';
  if (schema.minItems !== undefined) out.push(['minItems', Array.from({ length: Math.max(0, schema.minItems - 1) }, () => item)]);
  if (schema.maxItems !== undefined) out.push(['maxItems', Array.from({ length: schema.maxItems + 1 }, () => item)]);
  if (schema.items) out.push(['items', [{ not: 'an item' }, 7, null]]);
  if (schema.properties) {
    const base = sample(schema) as Record<string, Json>;
    out.push(['additionalProperties', { ...base, colour: 'blue', __extra: 1 }]);
    for (const r of schema.required ?? []) {
      const missing = { ...base };
      delete missing[r];
      out.push(['required', missing]);
    }
  }
  return out;
}

/** Every schema node with its path of property names, root first. */
function nodes(schema: Schema, at: string[] = []): Array<[string[], Schema]> {
  const out: Array<[string[], Schema]> = [[at, schema]];
  for (const [k, s] of Object.entries(schema.properties ?? {})) out.push(...nodes(s, [...at, k]));
  return out;
}

function setAt(root: Json, at: string[], value: Json): Json {
  if (!at.length) return value;
  const copy = clone(root) as Record<string, Json>;
  let o = copy;
  for (const k of at.slice(0, -1)) {
    if (!o[k] || typeof o[k] !== 'object' || Array.isArray(o[k])) o[k] = {};
    o = o[k] as Record<string, Json>;
  }
  o[at[at.length - 1]] = value;
  return copy;
}

test('the lean schema keeps only keywords validation reads, and is smaller', () => {
  const kept = new Set<string>();
  for (const [, n] of nodes(lean)) Object.keys(n).forEach((k) => kept.add(k));
  expect([...kept].filter((k) => !SCHEMA_KEYS.includes(k))).toEqual([]);
  expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(full).length * 0.9);
  expect(fullText).toContain('"description"');
});

test('validation finds the same problems with the full and the lean schema', () => {
  const cases: Json[] = [shipped, {}, [], null, 'policy', clone(sample(full))];
  const fired = new Set<string>();
  for (const [at, node] of nodes(full)) {
    for (const [keyword, broken] of breakages(node)) {
      for (const base of [shipped, sample(full)]) {
        const value = setAt(base, at, broken);
        cases.push(value);
        if (validateAgainstSchema(value, full).length > 0) fired.add(keyword);
      }
    }
  }
  for (const value of cases) expect(validateAgainstSchema(value, lean)).toEqual(validateAgainstSchema(value, full));
  // Every keyword the full schema uses was made to find a problem somewhere.
  const used = new Set<string>();
  for (const [, n] of nodes(full)) Object.keys(n).filter((k) => SCHEMA_KEYS.includes(k) && k !== 'properties').forEach((k) => used.add(k));
  expect([...used].filter((k) => !fired.has(k))).toEqual([]);
  expect(cases.length).toBeGreaterThan(100);
});

test('a keyword validation does not read stops the build', () => {
  expect(() => leanSchemaText(JSON.stringify({ type: 'object', properties: { a: { $ref: '#/x' } } }))).toThrow(/\$ref/);
});

test('the built event bundle carries the lean schema, not the descriptions', () => {
  requireBuilt(['launchevent.js']);
  const code = fs.readFileSync(path.join(DIST, 'launchevent.js'), 'utf8');
  expect(typeof (full as { description?: unknown }).description).toBe('string');
  expect(code).not.toContain(JSON.stringify((full as { description: string }).description).slice(1, 41));
  expect(code).toContain('additionalProperties');
});
