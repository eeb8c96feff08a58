// Reads generated PowerShell with a real PowerShell grammar (tree-sitter-powershell's WebAssembly
// build, run by web-tree-sitter: no PowerShell is needed), and turns the parts the tests look at —
// commands, their parameters and literal arguments, hashtables — into plain values.
import fs from 'fs';
import path from 'path';
import v8 from 'v8';
import { Language, Parser, type Node } from 'web-tree-sitter';

let parser: Parser | undefined;

export async function powershellParser(): Promise<Parser> {
  if (parser) return parser;
  // The grammar is a 1 MB WebAssembly module. Besides its baseline code (Liftoff), V8 compiles it
  // with its optimising compiler on background threads, which keeps the process alive for several
  // seconds after the tests are done (8-9 s here; --liftoff-only, and not --no-wasm-tier-up, ends
  // it): jest then reports "A worker process has failed to exit gracefully". The tests parse a few
  // short scripts, for which the baseline code is enough.
  v8.setFlagsFromString('--liftoff-only');
  await Parser.init();
  const wasm = path.join(path.dirname(require.resolve('tree-sitter-powershell/package.json')), 'tree-sitter-powershell.wasm');
  const p = new Parser();
  // Bytes, not a path: loading by path makes web-tree-sitter import('fs') dynamically, which jest's
  // CommonJS sandbox refuses.
  p.setLanguage(await Language.load(new Uint8Array(fs.readFileSync(wasm))));
  parser = p;
  return p;
}

export type PsLiteral = string | number | boolean | PsLiteral[] | { [key: string]: PsLiteral } | { variable: string };

export interface PsCommand {
  name: string;
  /** Parameters in order, with the literal that follows each (true for a bare switch). */
  params: [string, PsLiteral | undefined][];
  node: Node;
}

/** Wrapper nodes the grammar puts around a single value. */
const WRAPPERS = new Set([
  'pipeline', 'pipeline_chain', 'logical_expression', 'bitwise_expression', 'comparison_expression', 'additive_expression',
  'multiplicative_expression', 'format_expression', 'range_expression', 'unary_expression', 'statement_list', 'parenthesized_expression',
]);

function unquote(node: Node): string {
  const t = node.text;
  if (node.type === 'verbatim_string_characters' || t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t.slice(1, -1).replace(/`"/g, '"');
}

export function literal(node: Node): PsLiteral {
  if (node.type === 'array_literal_expression') {
    const items = node.namedChildren.filter((c): c is Node => !!c);
    return items.length === 1 ? literal(items[0]) : items.map(literal);
  }
  if (node.type === 'array_expression') {
    const inner = node.namedChildren.filter((c): c is Node => !!c);
    if (!inner.length) return [];
    const v = literal(inner[0]);
    return Array.isArray(v) ? v : [v];
  }
  if (WRAPPERS.has(node.type)) {
    const inner = node.namedChildren.filter((c): c is Node => !!c);
    if (inner.length !== 1) throw new Error(`not a literal: ${node.type} "${node.text.slice(0, 60)}"`);
    return literal(inner[0]);
  }
  if (node.type === 'string_literal') return unquote(node.namedChildren[0] ?? node);
  if (node.type === 'integer_literal') return Number(node.text);
  if (node.type === 'variable') {
    if (node.text.toLowerCase() === '$true') return true;
    if (node.text.toLowerCase() === '$false') return false;
    return { variable: node.text };
  }
  if (node.type === 'hash_literal_expression') {
    const out: Record<string, PsLiteral> = {};
    const body = node.namedChildren.find((c) => c?.type === 'hash_literal_body');
    for (const entry of body?.namedChildren ?? []) {
      if (!entry || entry.type !== 'hash_entry') continue;
      const [key, value] = entry.namedChildren.filter((c): c is Node => !!c);
      out[key.text] = literal(value);
    }
    return out;
  }
  throw new Error(`not a literal: ${node.type} "${node.text.slice(0, 60)}"`);
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.namedChildren) if (c) walk(c, visit);
}

/** Every command in the script, in source order, with its parameters' literal arguments. */
export function commands(root: Node): PsCommand[] {
  const out: PsCommand[] = [];
  walk(root, (n) => {
    if (n.type !== 'command') return;
    const name = n.childForFieldName('command_name')?.text ?? n.namedChildren[0]?.text ?? '';
    const elements = n.namedChildren.find((c) => c?.type === 'command_elements');
    const params: [string, PsLiteral | undefined][] = [];
    const parts = (elements?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'command_argument_sep');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.type !== 'command_parameter') continue;
      const next = parts[i + 1];
      if (next && next.type !== 'command_parameter') {
        let value: PsLiteral | undefined;
        try {
          value = literal(next);
        } catch {
          value = undefined; // an expression, not a literal (e.g. a splatted @Settings)
        }
        params.push([p.text.replace(/^-/, '').replace(/:$/, ''), value]);
        i++;
      } else params.push([p.text.replace(/^-/, '').replace(/:$/, ''), true]);
    }
    out.push({ name, params, node: n });
  });
  return out;
}

/** Parses a script (a leading byte-order mark is dropped, as PowerShell does) and fails on any syntax error. */
export async function parseScript(text: string): Promise<{ root: Node; commands: PsCommand[] }> {
  const p = await powershellParser();
  const tree = p.parse(text.replace(/^\uFEFF/, ''));
  if (!tree) throw new Error('the PowerShell parser returned nothing');
  const errors: string[] = [];
  walk(tree.rootNode, (n) => {
    if (n.type === 'ERROR' || n.isMissing) errors.push(`line ${n.startPosition.row + 1}: ${n.text.slice(0, 80)}`);
  });
  if (errors.length) throw new Error(`PowerShell syntax errors:\n${errors.join('\n')}`);
  return { root: tree.rootNode, commands: commands(tree.rootNode) };
}
