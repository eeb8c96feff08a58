// The playground dispatches launch events by reading the manifest, as Outlook does.
import fs from 'fs';
import path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import { functionFor, readManifest } from '../../src/playground/manifest';
import { FUNCTION_NAMES } from '../../src/launchevent/ids';

const xml = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');

describe('readManifest', () => {
  const info = readManifest(new DOMParser().parseFromString(xml, 'application/xml') as never);

  it("reads the add-in's display name for the Smart Alert title", () => {
    expect(info.displayName).toBe('Council Email Policy');
  });

  it('maps every launch event of the manifest to its FunctionName, and all of them are handlers the bundle associates', () => {
    expect(info.launchEvents.map((e) => e.functionName).sort()).toEqual([...FUNCTION_NAMES].sort());
    expect(functionFor(info, 'OnMessageSend')).toBe('onMessageSendHandler');
    expect(info.launchEvents.find((e) => e.type === 'OnMessageSend')?.sendMode).toBe('SoftBlock');
  });

  it('has no binding for an event the manifest does not declare (OnNewMessageCompose)', () => {
    expect(functionFor(info, 'OnNewMessageCompose')).toBeUndefined();
  });

  it('skips LaunchEvent elements without a Type or FunctionName', () => {
    const doc = new DOMParser().parseFromString('<a><DisplayName DefaultValue="X"/><LaunchEvent Type="OnMessageSend"/><LaunchEvent FunctionName="f"/></a>', 'application/xml');
    expect(readManifest(doc as never)).toEqual({ displayName: 'X', launchEvents: [], buttonLabels: {}, permissions: '' });
  });
});
