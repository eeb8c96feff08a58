// Human output for `check`, like a linter: one line per finding, then a verdict line per file.
// Only findings' own fields are printed: never the message body, subject or recipients.
import type { CheckResult } from '../policy/engine';

export function findingLines(file: string, result: CheckResult): string[] {
  return result.findings.map((f) => `${file}: ${f.toString()}`);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function verdictLine(file: string, result: CheckResult): string {
  const by = { block: 0, warn: 0, info: 0 };
  for (const f of result.findings) by[f.level]++;
  const summary =
    result.verdict === 'block'
      ? 'block: the message would be stopped'
      : result.verdict === 'warn'
        ? 'warn: the sender would be warned but could send'
        : 'ok';
  const retention = `retention "${result.retention.name}" (${result.retention.reason})`;
  return `${file}: ${summary} (${count(by.block, 'block', 'block')}, ${count(by.warn, 'warning', 'warnings')}, ${count(by.info, 'note', 'notes')}); ${retention}`;
}
