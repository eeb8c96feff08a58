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
  /** Ribbon button labels by Control id (what Outlook shows on the ribbon or Apps menu). */
  buttonLabels: Record<string, string>;
  /** <Permissions>, e.g. ReadWriteItem. */
  permissions: string;
}

/** Minimal DOM surface shared by the browser's DOMParser and @xmldom/xmldom (tests). */
interface XmlElement {
  getAttribute(name: string): string | null;
  getElementsByTagName?(name: string): ArrayLike<XmlElement>;
  textContent?: string | null;
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
  const strings = new Map(Array.from(doc.getElementsByTagName('bt:String')).map((e) => [e.getAttribute('id') ?? '', e.getAttribute('DefaultValue') ?? '']));
  const buttonLabels: Record<string, string> = {};
  for (const c of Array.from(doc.getElementsByTagName('Control'))) {
    const id = c.getAttribute('id');
    const label = c.getElementsByTagName?.('Label')[0]?.getAttribute('resid');
    if (id && label && strings.get(label)) buttonLabels[id] = strings.get(label)!;
  }
  const permissions = (doc.getElementsByTagName('Permissions')[0]?.textContent ?? '').trim();
  return { displayName: display?.getAttribute('DefaultValue') ?? 'Add-in', launchEvents: events.filter((e) => e.type && e.functionName), buttonLabels, permissions };
}

export function functionFor(info: ManifestInfo, type: string): string | undefined {
  return info.launchEvents.find((e) => e.type === type)?.functionName;
}
