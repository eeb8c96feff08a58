/** `s` without any run of `ch` at its end. A loop, not /x+$/, which is quadratic on hostile input. */
export function stripTrailing(s: string, ch: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return s.slice(0, end);
}
