// A small argument parser: boolean flags, options with a value (`--policy FILE` or `--policy=FILE`),
// positionals, and `--` to end options. Unknown options are errors that suggest the nearest one.
import { UsageError } from './errors';
import { editDistance as distance } from '../policy/text/distance';

export interface ArgSpec {
  /** Boolean flags without the leading dashes, e.g. `json`. */
  flags?: readonly string[];
  /** Options that take a value, e.g. `policy`. */
  options?: readonly string[];
}

export interface ParsedArgs {
  flags: Set<string>;
  options: Map<string, string>;
  positionals: string[];
}


function nearest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = distance(name.slice(0, 40), k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positionals: string[] = [];
  const knownFlags = spec.flags ?? [];
  const knownOptions = spec.options ?? [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      if (a.startsWith('-') && a !== '-') throw new UsageError(`Unknown option "${a}". Options are written in full, e.g. --json.`);
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    if (knownOptions.includes(name)) {
      const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value, e.g. --${name} FILE.`);
      if (options.has(name)) throw new UsageError(`--${name} is given more than once.`);
      options.set(name, value);
    } else if (knownFlags.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name} does not take a value.`);
      flags.add(name);
    } else {
      const all = [...knownFlags, ...knownOptions];
      const hint = nearest(name, all);
      throw new UsageError(
        `Unknown option "--${name}".` + (hint ? ` Did you mean --${hint}?` : all.length ? ` Known options: ${all.map((o) => '--' + o).join(', ')}.` : ''),
      );
    }
  }
  return { flags, options, positionals };
}
