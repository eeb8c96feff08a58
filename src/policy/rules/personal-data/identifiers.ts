// Check digits and allocation rules for UK identifiers, so a number that merely has the right shape
// is not reported.
import { NI_BAD_FIRST, NI_BAD_SECOND, NI_UNALLOCATED_PREFIXES } from '../../data/personal-data-patterns';

export function validNiPrefix(prefix: string): boolean {
  const p = prefix.toUpperCase();
  return !NI_BAD_FIRST.includes(p[0]) && !NI_BAD_SECOND.includes(p[1]) && !NI_UNALLOCATED_PREFIXES.includes(p);
}

/** NHS number: weights 10..2 on the first nine digits; 11 − (sum mod 11) is the check digit (11 → 0, 10 → invalid). */
export function validNhsNumber(digits: string): boolean {
  if (!/^[0-9]{10}$/.test(digits) || /^(.)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

/** Luhn (ISO/IEC 7812) check on a string of digits. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Digits of a string, separators dropped (a loop: this runs once per candidate on large bodies). */
export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

const CARD_PREFIX = /^(?:4|5[0-8]|2[2-7]|3[4-8]|30[0-5]|6)/;

/** A payment card number: 13-19 digits, a known scheme prefix, Luhn-valid, not one digit repeated. */
export function validCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let same = true;
  for (let i = 1; i < digits.length && same; i++) same = digits[i] === digits[0];
  if (same) return false;
  // Visa 4; Mastercard 51-55 and 2221-2720; Amex 34/37; Diners 36/38/300-305; Discover/Maestro/UnionPay 6; JCB 35; Maestro 50, 56-58.
  return luhn(digits) && CARD_PREFIX.test(digits);
}
