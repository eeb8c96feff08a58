// The send path never waits on Graph (ARCHITECTURE §3): no import chain from src/launchevent may
// reach src/graph, MSAL or the Graph SDK, nor the part-of-speech tagger and the pane-only rules that use
// it (too big for the send bundle, rules/pane.ts). Follows static and dynamic imports and re-exports.
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const ROOT = resolve(__dirname, '../..');
const FORBIDDEN = [
  /^src\/graph\//,
  /^@azure\/msal-/,
  /^@microsoft\/microsoft-graph-client/,
  /^compromise(?:\/|$)/,
  /^src\/policy\/models\/intent\.ts$/,
  /^src\/policy\/rules\/pane\.ts$/,
];

function specifiers(code: string): string[] {
  const out: string[] = [];
  const re = /(?:import|export)\s+(?:type\s+)?(?:[\s\S]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*(?:\/\*[\s\S]*?\*\/\s*)*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const whole = m[0];
    if (/^(?:import|export)\s+type\s/.test(whole)) continue; // erased at build: cannot pull code in
    out.push(m[1] ?? m[2] ?? m[3]);
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return undefined;
}

export function reachable(entryDir: string): { files: Set<string>; offences: string[] } {
  const files = new Set<string>();
  const offences: string[] = [];
  const stack = readdirSync(entryDir).filter((f) => /\.tsx?$/.test(f)).map((f) => join(entryDir, f));
  while (stack.length) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec);
        if (!target) continue;
        const rel = relative(ROOT, target).replace(/\\/g, '/');
        if (FORBIDDEN.some((f) => f.test(rel))) offences.push(`${relative(ROOT, file)} → ${rel}`);
        stack.push(target);
      } else if (FORBIDDEN.some((f) => f.test(spec))) {
        offences.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
  }
  return { files, offences };
}

it('no import chain from src/launchevent reaches src/graph, @azure/msal-*, the Graph SDK or the tagger', () => {
  const { files, offences } = reachable(join(ROOT, 'src/launchevent'));
  expect(files.size).toBeGreaterThan(3);
  expect(offences).toEqual([]);
});

it('the scan does find an offending import (so the check above can fail)', () => {
  const { offences } = reachable(join(ROOT, 'src/cli/commands'));
  expect(offences.some((o) => o.includes('src/graph/'))).toBe(true);
});

it('the scan does find the tagger behind the task pane (so the check above can fail for it too)', () => {
  const { offences } = reachable(join(ROOT, 'src/taskpane/live'));
  expect(offences.some((o) => o.endsWith('src/policy/rules/pane.ts'))).toBe(true);
});
