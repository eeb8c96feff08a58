/** One eval run's figures: the fields the README asks for, and each task's own. */
export interface EvalReport {
  task: string;
  n: number;
  baseline: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  [extra: string]: string | number | boolean | undefined;
}

/** Round figures to 4 decimals for printing. */
export function rounded(r: EvalReport): EvalReport {
  const out: EvalReport = { ...r };
  for (const [k, v] of Object.entries(out)) if (typeof v === 'number' && !Number.isInteger(v)) out[k] = Math.round(v * 10000) / 10000;
  return out;
}
