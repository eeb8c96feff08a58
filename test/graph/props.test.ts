import { Buffer } from 'buffer';
import { canonicalPropertyId, customPropertiesId, DEFAULT_ADDIN_ID, guidToTagBase64, sameProperty } from '../../src/graph/retention/props';
import { classify, readDecision } from '../../src/graph/retention/reconcile';
import { readFileSync } from 'fs';
import { join } from 'path';

describe('guidToTagBase64', () => {
  it('writes the first three GUID fields little-endian, the last eight bytes as they are', () => {
    const b = Buffer.from(guidToTagBase64('00112233-4455-6677-8899-aabbccddeeff'), 'base64');
    expect(b.toString('hex')).toBe('33221100554477668899aabbccddeeff');
  });
  it('accepts braces and upper case', () => {
    expect(guidToTagBase64('{00112233-4455-6677-8899-AABBCCDDEEFF}')).toBe(guidToTagBase64('00112233-4455-6677-8899-aabbccddeeff'));
  });
  it('rejects a string that is not a GUID', () => {
    expect(() => guidToTagBase64('not-a-guid')).toThrow(RangeError);
  });
});

describe('property ids', () => {
  it.each([
    ['Binary 0x3019', 'binary 0x3019', true],
    ['Integer 0x301A', 'Integer 0x301a', true],
    ['Binary 0x0E0A', 'Binary 0xe0a', true],
    [`String {00020329-0000-0000-C000-000000000046} Name cecp-x`, 'string {00020329-0000-0000-c000-000000000046} name cecp-x', true],
    [`String {00020329-0000-0000-C000-000000000046} Name cecp-x`, 'String {00020329-0000-0000-C000-000000000046} Name CECP-x', false],
  ])('%s ~ %s → %s (names stay case-sensitive)', (a, b, same) => {
    expect(sameProperty(a, b)).toBe(same);
  });
  it('the custom-properties id names the manifest’s add-in id', () => {
    const manifest = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
    expect(/<Id>([^<]+)<\/Id>/.exec(manifest)![1]).toBe(DEFAULT_ADDIN_ID);
    expect(canonicalPropertyId(customPropertiesId())).toBe(`string {00020329-0000-0000-c000-000000000046} name cecp-${DEFAULT_ADDIN_ID}`);
  });
});

describe('readDecision', () => {
  it.each([
    ['a decision among other properties', JSON.stringify({ 'cep.override': '{}', 'cep.retention': '{"labelId":"finance","by":"user","at":"x"}' }), 'finance'],
    ['no decision', JSON.stringify({ 'cep.override': '{}' }), undefined],
    ['a decision without a label id', JSON.stringify({ 'cep.retention': '{"by":"user"}' }), undefined],
    ['malformed custom properties', '{not json', undefined],
    ['nothing', undefined, undefined],
  ])('%s', (_n, v, label) => {
    expect(readDecision(v)?.labelId).toBe(label);
  });
});

describe('classify', () => {
  const want = { tagBase64: guidToTagBase64('00112233-4455-6677-8899-aabbccddeeff'), tagGuid: '00112233-4455-6677-8899-aabbccddeeff' };
  const marker = { id: 'String {b5e0c7a2-3d4f-4c1e-9a8b-2f6d1e0c9a37} Name CouncilMailRetentionApplied', value: `finance;${want.tagGuid};t` };
  it.each([
    ['nothing written yet', [], 'pending'],
    // Our PATCH writes tag and marker together, so a tag without the marker was set by a person.
    ['tag without our marker, equal to ours (tagged by hand)', [{ id: 'Binary 0x3019', value: want.tagBase64 }], 'set-by-someone-else'],
    ['tag without our marker, another tag (tagged by hand before the first run)', [{ id: 'Binary 0x3019', value: 'AAAAAAAAAAAAAAAAAAAAAA==' }], 'set-by-someone-else'],
    ['marker and the wanted tag', [marker, { id: 'binary 0x3019', value: want.tagBase64 }], 'done'],
    ['marker but a different tag: re-tagged in Outlook later', [marker, { id: 'Binary 0x3019', value: 'AAAAAAAAAAAAAAAAAAAAAA==' }], 'changed-later'],
    ['marker but the tag removed', [marker], 'pending'],
  ])('%s → %s', (_n, props, state) => {
    expect(classify(props, want)).toBe(state);
  });
});
