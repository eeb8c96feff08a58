// Which Mailbox requirement sets each Outlook client supports, and from which version — the facts
// the add-in's per-version behaviour rests on (issue #19 item 8). Source for every row:
// office-js-docs-reference, "Outlook JavaScript API requirement sets"
// (learn.microsoft.com/javascript/api/requirement-sets/outlook/outlook-api-requirement-sets):
// its "Outlook client support" table and "Version support for requirement sets in classic Outlook
// on Windows". NestedAppAuth: "Nested app auth requirement sets" in the same repository.
// The add-in never decides from these at run time (it asks isSetSupported); the playground and
// the docs use them so that what they show matches a real client.

export type OutlookClient = 'windows-classic' | 'windows-new' | 'web' | 'mac';

/** Highest Mailbox set per client as documented (new Mac UI: up to 1.14 — no errorMessageMarkdown, no sendAsync, which are 1.15). */
export const MAX_MAILBOX_SET: Record<OutlookClient, string> = {
  'windows-classic': '1.16',
  'windows-new': '1.16',
  web: '1.16',
  mac: '1.14',
};

/** Classic Outlook on Windows (Microsoft 365 subscription or retail perpetual): first version and build per set. */
export const CLASSIC_WINDOWS_MIN_VERSION: Record<string, { version: string; build: string }> = {
  '1.12': { version: '2206', build: '15330.20196' },
  '1.13': { version: '2304', build: '16327.20248' },
  '1.14': { version: '2404', build: '17530.15000' },
  '1.15': { version: '2412', build: '18324.20172' },
  '1.16': { version: '2602', build: '19725.20126' },
};

/** NestedAppAuth 1.1 in classic Outlook on Windows with a Microsoft 365 subscription (Mac: 16.89; web: supported). */
export const NAA_CLASSIC_WINDOWS_MIN_VERSION = { version: '2409', build: '18025.20000' } as const;

export function compareSets(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || (a2 || 0) - (b2 || 0);
}

/** The highest set a client can report at most: the lower of what was asked for and what the client documents. */
export function clampToClient(client: OutlookClient, set: string): string {
  return compareSets(set, MAX_MAILBOX_SET[client]) > 0 ? MAX_MAILBOX_SET[client] : set;
}
