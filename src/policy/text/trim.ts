/** `s` without any run of the characters in `chars` at its end. A loop, not /[x]+$/, which is quadratic on hostile input. */
export function stripTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}
