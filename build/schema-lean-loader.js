// Webpack loader for policy/policy.schema.json in the event bundle (rule in build/babel-rules.js).
// The bundle reads the schema only through validateAgainstSchema (src/policy/config.ts), which looks
// at a schema node's SCHEMA_KEYS and nothing else; the descriptions, title, $id and $schema (about
// 2 KB of the file, 1 KB gzipped) are for people and editors. This loader passes on the same
// schema with only those keys, at every schema node (the root, each `properties` value, each
// `items`); the `properties` maps keep all their property names, and every kept value is the same.
// It fails the build on a keyword the validator does not interpret ($ref, oneOf…), which would need
// this list (and config.ts) to learn it first. test/bundle/schema-lean-loader.test.ts checks that
// validation gives the same problems with either schema.
'use strict';

/** The schema keywords src/policy/config.ts's validateAgainstSchema reads. */
const SCHEMA_KEYS = ['type', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'];
/** Keywords only people read: left out. Anything in neither list fails the build. */
const PROSE_KEYS = ['$schema', '$id', 'title', 'description', '$comment', 'examples', 'default'];

function lean(node, at) {
  if (!node || typeof node !== 'object' || Array.isArray(node)) throw new Error(`schema-lean-loader: ${at || 'the root'} is not a schema object`);
  const out = {};
  for (const k of Object.keys(node)) {
    if (PROSE_KEYS.includes(k)) continue;
    if (!SCHEMA_KEYS.includes(k)) throw new Error(`schema-lean-loader: ${at || 'the root'} uses "${k}", which validateAgainstSchema does not read; teach it (and this loader) first`);
    if (k === 'properties') {
      const props = {};
      for (const p of Object.keys(node.properties)) {
        Object.defineProperty(props, p, { value: lean(node.properties[p], `${at}.properties.${p}`), enumerable: true, writable: true, configurable: true });
      }
      out.properties = props;
    } else if (k === 'items') out.items = lean(node.items, `${at}.items`);
    else out[k] = node[k];
  }
  return out;
}

/** The schema's JSON text with only what validation reads. */
function leanSchemaText(text) {
  return JSON.stringify(lean(JSON.parse(text), ''));
}

module.exports = function schemaLeanLoader(text) {
  return leanSchemaText(text);
};
module.exports.leanSchemaText = leanSchemaText;
module.exports.SCHEMA_KEYS = SCHEMA_KEYS;
