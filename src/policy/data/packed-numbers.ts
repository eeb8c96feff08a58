// Rebuilds a large { feature: weight } table that build/packed-json-loader.js packed at build
// time for the webpack bundles (the event bundle's size budget, ARCHITECTURE §3). Keys are front-coded
// (first character: 48 + length of the prefix shared with the previous key, then the rest, joined by
// `sep`; or, when no key has a capital letter and `sep` is '', 65 + that length, unseparated); values
// are integers written in `width` base-91 digits (characters 35–126 without the backslash), offset by
// `min` and divided by `scale` (a power of ten). A negative `width` (-esc) writes each integer n as
// c = 2 × (|n| − min) + (1 if n < 0): one digit when c < esc, else two (esc + ⌊(c − esc) / 91⌋, then
// (c − esc) mod 91), so the common small weights take one digit. The packer writes a table only when every value
// comes back identical (===, and no -0) and keeps the key order, so the object equals JSON.parse's.
// Jest and the command line read the JSON files directly and never call this.
export function unpackNumbers(keys: string, sep: string, values: string, width: number, min: number, scale: number): Record<string, number> {
  const out: Record<string, number> = {};
  // With no separator, each key starts with a capital letter ('A' + the shared length); else '0' + it.
  const parts = sep ? keys.split(sep) : keys.split(/(?=[A-Z])/);
  const base = sep ? 48 : 65;
  const digit = (j: number) => {
    const c = values.charCodeAt(j);
    return c - (c > 92 ? 36 : 35);
  };
  let prev = '';
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const key = prev.slice(0, p.charCodeAt(0) - base) + p.slice(1);
    let n = 0;
    if (width > 0) {
      for (let j = 0; j < width; j++) n = n * 91 + digit(at++);
      n += min;
    } else {
      let c = digit(at++);
      if (c >= -width) c = (c + width) * 91 + digit(at++) - width;
      n = c & 1 ? -((c >> 1) + min) : (c >> 1) + min;
    }
    out[key] = n / scale;
    prev = key;
  }
  return out;
}
