// The regular expressions written in src/, for the ReDoS checks (test/helpers/regex-safety.ts).
import fs from 'fs';
import path from 'path';
import { parse } from '@babel/parser';

const SRC = path.resolve(__dirname, '../../src');

export interface Found {
  file: string;
  line: number;
  column: number;
  source: string;
  flags: string;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Regex literals and `new RegExp('literal', 'flags')` calls, found by parsing (not grepping) the sources. */
function regexesIn(file: string): Found[] {
  const code = fs.readFileSync(file, 'utf8');
  const ast = parse(code, { sourceType: 'module', plugins: ['typescript', 'jsx'], errorRecovery: true });
  const out: Found[] = [];
  const rel = path.relative(SRC, file);
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n = node as { type?: string; pattern?: string; flags?: string; callee?: { type: string; name?: string }; arguments?: { type: string; value?: unknown }[]; loc?: { start: { line: number; column: number } } };
    if (n.type === 'RegExpLiteral') out.push({ file: rel, line: n.loc?.start.line ?? 0, column: (n.loc?.start.column ?? 0) + 1, source: n.pattern ?? '', flags: n.flags ?? '' });
    if ((n.type === 'NewExpression' || n.type === 'CallExpression') && n.callee?.type === 'Identifier' && n.callee.name === 'RegExp') {
      const [a, b] = n.arguments ?? [];
      if (a?.type === 'StringLiteral') out.push({ file: rel, line: n.loc?.start.line ?? 0, column: (n.loc?.start.column ?? 0) + 1, source: String(a.value), flags: b?.type === 'StringLiteral' ? String(b.value) : '' });
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && v && typeof v === 'object') visit(v);
  };
  visit(ast.program);
  return out;
}

/** Every regex literal and `new RegExp('literal', 'flags')` in src/ (file relative to src/). */
export function sourceRegexes(): Found[] {
  found ??= filesUnder(SRC).flatMap(regexesIn);
  return found;
}
let found: Found[] | undefined;
