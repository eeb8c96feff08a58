// The MAPI properties the reconciler reads and writes, as Graph extended-property ids
// (ARCHITECTURE §6). Graph may echo ids in another case or with shorter hex ("Binary 0x3019"
// comes back as "Binary 0x3019" or "binary 0x3019"), so compare with sameProperty().

/** PS_PUBLIC_STRINGS: where Outlook keeps an add-in's custom properties. */
export const PS_PUBLIC_STRINGS = '00020329-0000-0000-C000-000000000046';

/** The add-in's <Id> in manifest.xml; Outlook names its custom-properties property `cecp-<Id>`. */
export const DEFAULT_ADDIN_ID = '6f0d3c5e-8a1b-4b7e-9c2d-3e4f5a6b7c81';

/** Our own property set for the applied marker (a fixed, randomly generated GUID). */
export const COUNCIL_MAIL_PROPSET = 'b5e0c7a2-3d4f-4c1e-9a8b-2f6d1e0c9a37';

export const PR_POLICY_TAG = 'Binary 0x3019';
export const PR_RETENTION_PERIOD = 'Integer 0x301A';
export const PR_RETENTION_FLAGS = 'Integer 0x301D';
/** Written with the tag in the same PATCH: "label id;tag GUID;ISO time". Filterable with startswith. */
export const APPLIED_MARKER = `String {${COUNCIL_MAIL_PROPSET}} Name CouncilMailRetentionApplied`;

export function customPropertiesId(addinId: string = DEFAULT_ADDIN_ID): string {
  return `String {${PS_PUBLIC_STRINGS}} Name cecp-${addinId}`;
}

/** Canonical form of a property id for comparison: case-insensitive type and GUID, numeric tag, exact name. */
export function canonicalPropertyId(id: string): string {
  const tag = /^(\w+)\s+0x([0-9a-f]+)$/i.exec(id.trim());
  if (tag) return `${tag[1].toLowerCase()} 0x${parseInt(tag[2], 16).toString(16)}`;
  const named = /^(\w+)\s+\{([0-9a-f-]{36})\}\s+(name|id)\s+(.+)$/i.exec(id.trim());
  if (named) return `${named[1].toLowerCase()} {${named[2].toLowerCase()}} ${named[3].toLowerCase()} ${named[4]}`;
  return id.trim();
}

export function sameProperty(a: string, b: string): boolean {
  return canonicalPropertyId(a) === canonicalPropertyId(b);
}

export interface ExtendedProperty {
  id: string;
  value: string;
}

export function propertyValue(props: readonly ExtendedProperty[] | undefined, id: string): string | undefined {
  return props?.find((p) => sameProperty(p.id, id))?.value;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

/**
 * A GUID as PR_POLICY_TAG holds it: the 16-byte Windows GUID structure, whose first three fields
 * are little-endian (so "01020304-0506-0708-..." starts 04 03 02 01 06 05 08 07), base64-encoded.
 */
export function guidToTagBase64(guid: string): string {
  const hex = guid.replace(/[{}-]/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new RangeError('Not a GUID.');
  const b = new Uint8Array(16);
  for (let i = 0; i < 16; i++) b[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  return toBase64(Uint8Array.from(order, (i) => b[i]));
}

/** The applied marker's value, and its parse. */
export function appliedMarker(labelId: string, tagGuid: string, at: string): string {
  return `${labelId};${tagGuid.toLowerCase()};${at}`;
}

export function parseAppliedMarker(v: string | undefined): { labelId: string; tagGuid: string; at: string } | undefined {
  if (!v) return undefined;
  const [labelId, tagGuid, at] = v.split(';');
  return labelId && tagGuid ? { labelId, tagGuid, at: at ?? '' } : undefined;
}
