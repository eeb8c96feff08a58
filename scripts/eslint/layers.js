// A small ESLint rule for the architecture's layer boundaries (design/ARCHITECTURE.md):
//   src/policy       imports nothing outside src/policy (pure: runs in the event runtime, the task
//                    pane, the CLI and tests alike);
//   src/launchevent  never imports Graph, MSAL or React (the event bundle must stay small and
//                    load in classic Outlook's JavaScript-only runtime).
// It resolves each relative import against the importing file, so it works at any folder depth,
// and reads static imports, re-exports, `import()` and `require()` with a literal path. Whether a
// layer reaches a forbidden module *through* another file is test/graph/launchevent-imports.test.ts's.
'use strict';
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const inside = (file, dir) => {
  const rel = path.relative(path.join(root, dir), file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** @type {import('eslint').Rule.RuleModule} */
const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep each layer to what it may import (src/policy pure; no Graph, MSAL or React in src/launchevent)' },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            layer: { type: 'string' },
            /** Project folders outside the layer that it may import (none for src/policy). */
            allowOutside: { type: 'array', items: { type: 'string' } },
            /** When set, project folders it must not import (everything else allowed). */
            denyFolders: { type: 'array', items: { type: 'string' } },
            /** Package names (regular expressions) it must not import. */
            denyPackages: { type: 'array', items: { type: 'string' } },
            why: { type: 'string' },
          },
          required: ['layer', 'why'],
          additionalProperties: false,
        },
      },
    ],
    messages: {
      folder: '{{layer}} must not import {{target}}: {{why}}',
      package: '{{layer}} must not import the package "{{target}}": {{why}}',
    },
  },
  create(context) {
    const file = path.resolve(context.filename);
    const layers = (context.options[0] || []).filter((l) => inside(file, l.layer));
    if (!layers.length) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      for (const l of layers) {
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(file), spec);
          const rel = path.relative(root, target).split(path.sep).join('/');
          const denied = l.denyFolders
            ? l.denyFolders.some((d) => inside(target, d))
            : !inside(target, l.layer) && !(l.allowOutside || []).some((d) => inside(target, d));
          if (denied) context.report({ node, messageId: 'folder', data: { layer: l.layer, target: rel, why: l.why } });
        } else if ((l.denyPackages || []).some((p) => new RegExp(p).test(spec))) {
          context.report({ node, messageId: 'package', data: { layer: l.layer, target: spec, why: l.why } });
        }
      }
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0] && node.arguments[0].type === 'Literal') check(node.arguments[0], node.arguments[0].value);
      },
    };
  },
};

module.exports = { meta: { name: 'council-layers' }, rules: { boundaries } };
