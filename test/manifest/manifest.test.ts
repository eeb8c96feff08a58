// Structural checks on manifest.xml and the built dist/manifest.xml (the offline stand-in for
// Microsoft's validator; schema validation with xmllint runs in .ci/run where ../shared exists).
import fs from 'fs';
import os from 'os';
import path from 'path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { requireBuilt, DIST, ROOT } from '../bundle/build';
import { COMPOSE_PANE_COMMAND_ID, FUNCTION_NAMES, NOTIFICATION_ICON_ID } from '../../src/launchevent/ids';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  vo10: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
};

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(xml, 'text/xml');
  if (errors.length) throw new Error(`manifest is not well-formed XML: ${errors.join('; ')}`);
  return doc;
}

const children = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const all = (doc: Document, ns: string, name: string) => Array.from(doc.getElementsByTagNameNS(ns, name));
const xsiType = (el: Element) => el.getAttributeNS(NS.xsi, 'type');

/** Everything the structural tests check, for one manifest text. Returns the URLs found. */
function checkStructure(xml: string, builtBundle?: string): string[] {
  const doc = parse(xml);
  const root = doc.documentElement!;
  expect(root.localName).toBe('OfficeApp');
  expect(root.namespaceURI).toBe(NS.app);
  expect(xsiType(root)).toBe('MailApp');

  // Element order of OfficeApp for a MailApp (OfficeAppManifestV1_1.xsd).
  const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting', 'VersionOverrides'];
  const names = children(root).map((c) => c.localName);
  const positions = names.map((n) => order.indexOf(n!));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(children(root).find((c) => c.localName === 'Permissions')?.textContent).toBe('ReadWriteItem');

  // VersionOverridesV1_0 > VersionOverridesV1_1, each in its namespace.
  const vo10 = children(root).find((c) => c.localName === 'VersionOverrides')!;
  expect(vo10.namespaceURI).toBe(NS.vo10);
  expect(xsiType(vo10)).toBe('VersionOverridesV1_0');
  const vo11 = children(vo10).find((c) => c.localName === 'VersionOverrides')!;
  expect(vo11.namespaceURI).toBe(NS.vo11);
  expect(xsiType(vo11)).toBe('VersionOverridesV1_1');
  expect(children(vo11).map((c) => c.localName)).toEqual(['Requirements', 'Hosts', 'Resources']);
  expect(all(doc, NS.bt, 'Sets')[0].getAttribute('DefaultMinVersion')).toBe('1.12');

  // Every resid resolves to a resource of the right kind.
  const resources = new Map<string, string>();
  for (const kind of ['Image', 'Url', 'String']) for (const r of all(doc, NS.bt, kind)) if (r.getAttribute('id')) resources.set(r.getAttribute('id')!, kind);
  const resids = Array.from(doc.getElementsByTagName('*')).filter((e) => e.hasAttribute('resid'));
  expect(resids.length).toBeGreaterThan(10);
  for (const e of resids) {
    const id = e.getAttribute('resid')!;
    expect({ id, ok: resources.has(id) }).toEqual({ id, ok: true });
    expect(id.length).toBeLessThanOrEqual(32);
  }
  for (const img of resids.filter((e) => e.localName === 'Image')) expect(resources.get(img.getAttribute('resid')!)).toBe('Image');

  // LaunchEvent: the five events, SoftBlock on send, no OnNewMessageCompose, SourceLocation = Runtime resid.
  const runtime = all(doc, NS.vo11, 'Runtime');
  expect(runtime).toHaveLength(1);
  const override = children(runtime[0]).find((c) => c.localName === 'Override')!;
  expect(override.getAttribute('type')).toBe('javascript');
  const launch = all(doc, NS.vo11, 'ExtensionPoint').find((e) => xsiType(e) === 'LaunchEvent')!;
  const source = children(launch).find((c) => c.localName === 'SourceLocation')!;
  expect(source.getAttribute('resid')).toBe(runtime[0].getAttribute('resid'));
  const events = all(doc, NS.vo11, 'LaunchEvent').map((e) => [e.getAttribute('Type'), e.getAttribute('FunctionName'), e.getAttribute('SendMode')]);
  expect(events).toEqual([
    ['OnMessageCompose', 'onMessageComposeHandler', null],
    ['OnMessageRecipientsChanged', 'onMessageRecipientsChangedHandler', null],
    ['OnMessageAttachmentsChanged', 'onMessageAttachmentsChangedHandler', null],
    ['OnMessageFromChanged', 'onMessageFromChangedHandler', null],
    ['OnMessageSend', 'onMessageSendHandler', 'SoftBlock'],
  ]);
  expect(events.map((e) => e[0])).not.toContain('OnNewMessageCompose');
  expect(events.map((e) => e[1]).sort()).toEqual([...FUNCTION_NAMES].sort());

  // Runtime URLs: the HTML page and the JS file of the event bundle.
  const urlOf = (id: string) => all(doc, NS.bt, 'Url').find((u) => u.getAttribute('id') === id)?.getAttribute('DefaultValue') ?? '';
  expect(urlOf(runtime[0].getAttribute('resid')!)).toMatch(/\/launchevent\.html$/);
  expect(urlOf(override.getAttribute('resid')!)).toMatch(/\/launchevent\.js$/);

  // The compose button is the one Smart Alerts open (commandId), and pinnable; icons exist.
  const compose = all(doc, NS.vo11, 'Control').find((c) => c.getAttribute('id') === COMPOSE_PANE_COMMAND_ID);
  expect(compose).toBeDefined();
  // Shared and delegate mailboxes (issue #19 item 5): SupportsSharedFolders=true, first child of
  // DesktopFormFactor (schema FormFactorWithSupportsSharedFolders, VersionOverrides 1.1).
  const desktop = all(doc, NS.vo11, 'DesktopFormFactor');
  expect(desktop).toHaveLength(1);
  expect(children(desktop[0]).map((c) => [c.localName, c.localName === 'SupportsSharedFolders' ? c.textContent : ''])[0]).toEqual(['SupportsSharedFolders', 'true']);
  expect(compose!.getElementsByTagName('SupportsPinning')[0]?.textContent).toBe('true');
  expect(resources.get(NOTIFICATION_ICON_ID)).toBe('Image');

  // Every URL is HTTPS; collect them for the origin checks.
  const urls = Array.from(doc.getElementsByTagName('*')).flatMap((e) => {
    const v = e.getAttribute('DefaultValue');
    return v && /^[a-z]+:\/\//i.test(v) ? [v] : [];
  });
  const appDomains = all(doc, NS.app, 'AppDomain').map((e) => e.textContent ?? '');
  for (const u of [...urls, ...appDomains]) expect(u).toMatch(/^https:\/\//);

  // Each FunctionName is associated in the built bundle.
  if (builtBundle !== undefined) for (const name of FUNCTION_NAMES) expect(builtBundle).toMatch(new RegExp(`associate\\(\\s*["']${name}["']`));
  return urls;
}

describe('manifest.xml (source)', () => {
  const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  test('structure, namespaces, element order, resids, HTTPS, LaunchEvent wiring', () => {
    const urls = checkStructure(xml);
    for (const u of urls) expect(u.startsWith('https://localhost:3000/')).toBe(true);
  });
  test('every icon size the manifest names exists in assets/ as a PNG of that size', () => {
    const doc = parse(xml);
    const urls = all(doc, NS.bt, 'Image').filter((i) => i.hasAttribute('DefaultValue')).map((i) => i.getAttribute('DefaultValue')!).concat(['IconUrl', 'HighResolutionIconUrl'].map((n) => all(doc, NS.app, n)[0].getAttribute('DefaultValue')!));
    for (const u of urls) {
      const file = path.join(ROOT, 'assets', path.basename(new URL(u).pathname));
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const size = Number(/icon-(\d+)\.png$/.exec(file)![1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe('dist/manifest.xml (built)', () => {
  beforeAll(() => requireBuilt());
  test('passes the same structural checks, and its FunctionNames are associated in dist/launchevent.js', () => {
    const bundle = fs.readFileSync(path.join(DIST, 'launchevent.js'), 'utf8');
    checkStructure(fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8'), bundle);
  });
  test('the well-known allow-list names the event bundle', () => {
    const allowed = JSON.parse(fs.readFileSync(path.join(DIST, '.well-known', 'microsoft-officeaddins-allowed.json'), 'utf8'));
    expect(allowed).toEqual({ allowed: ['https://localhost:3000/launchevent.js'] });
  });
  test('every URL in the manifest is a file in dist/', () => {
    const doc = parse(fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8'));
    const urls = Array.from(doc.getElementsByTagName('*')).map((e) => e.getAttribute('DefaultValue') ?? '').filter((v) => v.startsWith('https://localhost:3000/'));
    for (const u of urls) expect(fs.existsSync(path.join(DIST, new URL(u).pathname))).toBe(true);
    for (const f of ['policy.json', 'policy.schema.json', 'ware-internet-email-policy.txt', 'launchevent.html']) expect(fs.existsSync(path.join(DIST, f))).toBe(true);
  });
});

describe('production settings with ADDIN_ORIGIN (the webpack configuration; dist/ is built once, by npm test)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require('../../webpack.config.js') as (env: unknown, argv: { mode: string }) => Promise<WebpackConfig[]>;
  interface Plugin {
    constructor: { name: string };
    origin?: string;
    definitions?: Record<string, string>;
    patterns?: { to?: string; transform?: (content: Buffer) => string }[];
  }
  interface WebpackConfig {
    name: string;
    plugins: Plugin[];
  }
  async function configFor(origin: string): Promise<WebpackConfig[]> {
    const saved = process.env.ADDIN_ORIGIN;
    process.env.ADDIN_ORIGIN = origin;
    try {
      return await factory({}, { mode: 'production' });
    } finally {
      if (saved === undefined) delete process.env.ADDIN_ORIGIN;
      else process.env.ADDIN_ORIGIN = saved;
    }
  }
  const plugin = (c: WebpackConfig, name: string) => c.plugins.find((p) => p.constructor.name === name);

  test('ADDIN_ORIGIN=https://addin.example.org puts that origin everywhere and leaves no localhost', async () => {
    requireBuilt();
    const configs = await configFor('https://addin.example.org');
    const event = configs.find((c) => c.name === 'launchevent')!;
    const manifest = plugin(event, 'CopyPlugin')!.patterns!.find((p) => p.to === 'manifest.xml')!;
    const xml = manifest.transform!(fs.readFileSync(path.join(ROOT, 'manifest.xml')));
    expect(xml).not.toMatch(/localhost/i);
    const urls = checkStructure(xml, fs.readFileSync(path.join(DIST, 'launchevent.js'), 'utf8'));
    for (const u of urls) expect(u.startsWith('https://addin.example.org/')).toBe(true);
    // The well-known allow-list names the event bundle at that origin.
    expect(plugin(event, 'AllowedAddinsPlugin')!.origin).toBe('https://addin.example.org');
    // Both bundles are given the origin (the event bundle fetches the hosted policy from it) …
    for (const c of configs) expect(plugin(c, 'DefinePlugin')!.definitions!.__ADDIN_ORIGIN__).toBe(JSON.stringify('https://addin.example.org'));
    // … and the built bundle carries whatever was defined (the localhost default in npm test's build).
    expect(fs.readFileSync(path.join(DIST, 'launchevent.js'), 'utf8')).toContain('https://localhost:3000');
  });

  test('a non-HTTPS ADDIN_ORIGIN fails the build with a clear message', async () => {
    await expect(configFor('http://addin.example.org')).rejects.toThrow('ADDIN_ORIGIN must be an https:// address');
  });

  /** Runs the launchevent configuration's allow-list plugin in a one-file webpack compilation (dist/ is not rebuilt). */
  async function allowList(origin: string, env: Record<string, string> = {}) {
    const event = (await configFor(origin)).find((c) => c.name === 'launchevent')!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cep-allow-'));
    fs.writeFileSync(path.join(dir, 'entry.js'), '');
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const webpack = require('webpack') as typeof import('webpack');
      const stats = await new Promise<import('webpack').Stats>((resolve, reject) =>
        webpack({ mode: 'none', context: dir, entry: './entry.js', output: { path: path.join(dir, 'out') }, plugins: [plugin(event, 'AllowedAddinsPlugin') as never] }, (err, st) => (err || !st ? reject(err) : resolve(st))),
      );
      const text = (list: Error[]) => list.map((e) => e.message).join('\n').replace(/\s+/g, ' ');
      return { dir, out: path.join(dir, 'out'), warnings: text(stats.compilation.warnings), errors: text(stats.compilation.errors) };
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  // Issue #19 item 7: Outlook reads the allow-list only at <origin>/.well-known/ (use-sso-in-event-based-activation).
  test('ADDIN_ORIGIN with a path: the allow-list is not left under the path; it goes to origin-root/ with a warning naming the root URL', async () => {
    const r = await allowList('https://www.example-council.gov.uk/outlook-addin');
    try {
      expect(r.errors).toBe('');
      expect(fs.existsSync(path.join(r.out, '.well-known', 'microsoft-officeaddins-allowed.json'))).toBe(false);
      const allowed = JSON.parse(fs.readFileSync(path.join(r.out, 'origin-root', '.well-known', 'microsoft-officeaddins-allowed.json'), 'utf8'));
      expect(allowed).toEqual({ allowed: ['https://www.example-council.gov.uk/outlook-addin/launchevent.js'] });
      expect(r.warnings).toContain('https://www.example-council.gov.uk/.well-known/microsoft-officeaddins-allowed.json (the origin root)');
      expect(r.warnings).toContain('dist/origin-root/.well-known/microsoft-officeaddins-allowed.json');
    } finally {
      fs.rmSync(r.dir, { recursive: true, force: true });
    }
  });

  test('ADDIN_ORIGIN with a path and ADDIN_WELL_KNOWN=strict fails the build with the same message', async () => {
    const r = await allowList('https://www.example-council.gov.uk/outlook-addin', { ADDIN_WELL_KNOWN: 'strict' });
    try {
      expect(r.errors).toContain('Outlook reads the add-in allow-list only from https://www.example-council.gov.uk/.well-known/');
    } finally {
      fs.rmSync(r.dir, { recursive: true, force: true });
    }
  });
});
