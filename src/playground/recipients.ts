// The recipient fields' text: what people type into To/Cc/Bcc, and how the list is shown back.
import { simAddress, type SimAddress } from './office-sim/store';

/** "Name <a@b>, c@d; …" → addresses; entries without an @ are dropped. */
export function parseRecipients(text: string, domains: string[]): SimAddress[] {
  return text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      // "Name <address>": split at the last "<" (no regex, so no backtracking on long input).
      const lt = s.lastIndexOf('<');
      if (lt !== -1 && s.endsWith('>')) {
        const address = s.slice(lt + 1, -1).trim();
        const name = s.slice(0, lt).trim().replace(/^"|"$/g, '').trim();
        return address.includes('@') && !/[\s<>]/.test(address) ? simAddress(address, name || undefined, domains) : undefined;
      }
      return s.includes('@') ? simAddress(s, undefined, domains) : undefined;
    })
    .filter((a): a is SimAddress => !!a);
}

export function formatRecipients(list: SimAddress[]): string {
  return list.map((a) => (a.displayName && a.displayName !== a.emailAddress ? `${a.displayName} <${a.emailAddress}>` : a.emailAddress)).join('; ');
}
