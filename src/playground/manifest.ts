// What the playground needs from the built manifest (dist/manifest.xml): the add-in's name (the
// Smart Alert's title) and which function handles which launch event, exactly as Outlook reads it.

export interface LaunchEventBinding {
  type: string;
  functionName: string;
  sendMode?: string;
}

export interface ManifestInfo {
  displayName: string;
  launchEvents: LaunchEventBinding[];
}

/** Minimal DOM surface shared by the browser's DOMParser and @xmldom/xmldom (tests). */
interface XmlElement {
  getAttribute(name: string): string | null;
}
interface XmlDocument {
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

export function readManifest(doc: XmlDocument): ManifestInfo {
  const display = doc.getElementsByTagName('DisplayName')[0];
  const events = Array.from(doc.getElementsByTagName('LaunchEvent')).map((e) => {
    const b: LaunchEventBinding = { type: e.getAttribute('Type') ?? '', functionName: e.getAttribute('FunctionName') ?? '' };
    const mode = e.getAttribute('SendMode');
    if (mode) b.sendMode = mode;
    return b;
  });
  return { displayName: display?.getAttribute('DefaultValue') ?? 'Add-in', launchEvents: events.filter((e) => e.type && e.functionName) };
}

export function functionFor(info: ManifestInfo, type: string): string | undefined {
  return info.launchEvents.find((e) => e.type === type)?.functionName;
}
