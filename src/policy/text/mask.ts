// Findings carry `actual` so a surface can show what was found; for secrets and identifiers that
// must never echo the whole value back (screens are shared, findings travel in contextData).

/** The first character and asterisks: enough to recognise, not enough to reuse. */
export function mask(secret: string): string {
  const s = secret.trim();
  return s ? s[0] + '***' : '***';
}

/** Bidirectional and other invisible format characters made visible, e.g. "invoice[U+202E]fdp.exe". */
export function showInvisible(s: string): string {
  return s.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g, (c) => `[U+${('000' + c.charCodeAt(0).toString(16).toUpperCase()).slice(-4)}]`);
}

/** Every match of a global regular expression, without `matchAll` (keeps the event bundle ES2016). */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError('matches() needs a global regular expression');
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
}
