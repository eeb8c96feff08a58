// A judgement computed once per check and shared by the rules that read it (a block rule and its
// warn tier): keyed by the check's RuleContext, so it is dropped with the check.
import type { RuleContext } from '../context';

export function perCheck<T>(make: (ctx: RuleContext) => T): (ctx: RuleContext) => T {
  const cache = new WeakMap<RuleContext, T>();
  return (ctx) => {
    let v = cache.get(ctx);
    if (v === undefined) {
      v = make(ctx);
      cache.set(ctx, v);
    }
    return v;
  };
}
