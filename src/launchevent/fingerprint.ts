// A short, stable digest of draft parts, to tell whether cached findings still apply and whether
// the draft changed since the last warning. Not a security measure: two 32-bit FNV-1a hashes.

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function fingerprint(parts: readonly unknown[]): string {
  const s = JSON.stringify(parts);
  const hex = (n: number) => ('0000000' + n.toString(16)).slice(-8);
  return hex(fnv1a(s, 0x811c9dc5)) + hex(fnv1a(s, 0x01000193)) + s.length.toString(36);
}
