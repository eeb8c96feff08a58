// Builds Outlook .msg files for tests and the evasion set (issue #18, finding 3): an OLE compound
// file ([MS-CFB]) written by the `cfb` package (SheetJS, a devDependency), holding the property
// streams [MS-OXMSG] describes — the property stream (§2.4), string properties as
// "__substg1.0_<id><type>" streams (§2.1.3), recipient and attachment storages (§2.2.1, §2.2.2) and
// an embedded message storage (§2.2.3). `version4` re-lays the same streams in 4096-byte sectors
// (cfb writes only 512-byte, version 3 files; it reads both, which the tests use to check the
// re-laid file).
'use strict';
const CFB = require('cfb');

const utf16 = (s) => Buffer.from(s, 'utf16le');
const latin1 = (s) => Buffer.from(s, 'latin1');
const hex4 = (n) => n.toString(16).toUpperCase().padStart(4, '0');
const hex8 = (n) => n.toString(16).toUpperCase().padStart(8, '0');

/**
 * The property stream (§2.4): a header (32 bytes for the top-level message, 24 for an embedded one,
 * 8 for a recipient or attachment), then 16 bytes per property: tag, flags, and the value (fixed
 * length) or the size of its stream (variable length; PtypString: stream size + 2).
 */
function propertyStream(kind, props, counts = {}) {
  const head = Buffer.alloc(kind === 'top' ? 32 : kind === 'embedded' ? 24 : 8);
  if (kind !== 'sub') {
    head.writeUInt32LE(counts.recipients ?? 0, 8);
    head.writeUInt32LE(counts.attachments ?? 0, 12);
    head.writeUInt32LE(counts.recipients ?? 0, 16);
    head.writeUInt32LE(counts.attachments ?? 0, 20);
  }
  const rows = props.map(({ id, type, value, size }) => {
    const row = Buffer.alloc(16);
    row.writeUInt32LE(((id << 16) | type) >>> 0, 0);
    row.writeUInt32LE(6, 4); // PROPATTR_READABLE | PROPATTR_WRITABLE
    if (size !== undefined) row.writeUInt32LE(size, 8);
    else row.writeUInt32LE(value >>> 0, 8);
    return row;
  });
  return Buffer.concat([head, ...rows]);
}

/** Adds a message's streams under `dir` ("" for the top level). */
function addMessage(c, dir, m, kind) {
  const props = [];
  const strings = [['001A', 'IPM.Note']]; // PidTagMessageClass
  if (m.subject !== undefined) strings.push(['0037', m.subject]); // PidTagSubject
  if (m.body !== undefined) strings.push(['1000', m.body]); // PidTagBody
  if (m.bodyHtml !== undefined) strings.push(['1013', m.bodyHtml]); // PidTagBodyHtml (the HTML body as a string)
  if (m.from) strings.push(['0C1F', m.from]); // PidTagSenderEmailAddress
  for (const [id, value] of strings) {
    const bytes = m.ansi ? latin1(value) : utf16(value);
    const type = m.ansi ? 0x001e : 0x001f;
    CFB.utils.cfb_add(c, `${dir}/__substg1.0_${id}${hex4(type)}`, bytes);
    props.push({ id: parseInt(id, 16), type, size: bytes.length + (m.ansi ? 1 : 2) });
  }
  if (m.html !== undefined) {
    const bytes = Buffer.from(m.html, 'utf8');
    CFB.utils.cfb_add(c, `${dir}/__substg1.0_10130102`, bytes); // PidTagHtml
    props.push({ id: 0x1013, type: 0x0102, size: bytes.length });
  }
  const recipients = m.to ?? ['clerk@waretowncouncil.gov.uk'];
  recipients.forEach((address, i) => {
    const r = `${dir}/__recip_version1.0_#${hex8(i)}`;
    CFB.utils.cfb_add(c, `${r}/__substg1.0_39FE001F`, utf16(address)); // PidTagSmtpAddress
    CFB.utils.cfb_add(c, `${r}/__properties_version1.0`, propertyStream('sub', [{ id: 0x39fe, type: 0x001f, size: address.length * 2 + 2 }]));
  });
  const attachments = m.attachments ?? [];
  attachments.forEach((a, i) => {
    const s = `${dir}/__attach_version1.0_#${hex8(i)}`;
    const ap = [{ id: 0x3705, type: 0x0003, value: a.message ? 5 : 1 }]; // PidTagAttachMethod: afEmbeddedMessage / afByValue
    const name = utf16(a.name);
    CFB.utils.cfb_add(c, `${s}/__substg1.0_3707001F`, name); // PidTagAttachLongFilename
    CFB.utils.cfb_add(c, `${s}/__substg1.0_3704001F`, utf16(a.name.slice(0, 12))); // PidTagAttachFilename (8.3)
    ap.push({ id: 0x3707, type: 0x001f, size: name.length + 2 });
    if (a.mime) CFB.utils.cfb_add(c, `${s}/__substg1.0_370E001F`, utf16(a.mime)); // PidTagAttachMimeTag
    if (a.message) addMessage(c, `${s}/__substg1.0_3701000D`, a.message, 'embedded'); // PidTagAttachDataObject
    else {
      CFB.utils.cfb_add(c, `${s}/__substg1.0_37010102`, Buffer.from(a.data ?? [])); // PidTagAttachDataBinary
      ap.push({ id: 0x3701, type: 0x0102, size: (a.data ?? []).length });
    }
    CFB.utils.cfb_add(c, `${s}/__properties_version1.0`, propertyStream('sub', ap));
  });
  CFB.utils.cfb_add(c, `${dir}/__properties_version1.0`, propertyStream(kind, props, { recipients: recipients.length, attachments: attachments.length }));
  if (kind === 'top') for (const n of ['00020102', '00030102', '00040102']) CFB.utils.cfb_add(c, `/__nameid_version1.0/__substg1.0_${n}`, Buffer.alloc(0));
}

/** The streams of a cfb container as [path parts, bytes | undefined for a storage], root first. */
function entriesOf(c) {
  return c.FullPaths.map((p, i) => ({ parts: p.replace(/^Root Entry\//, '').split('/').filter(Boolean), storage: p.endsWith('/'), content: c.FileIndex[i].content, type: c.FileIndex[i].type }))
    .filter((e, i) => i === 0 || (e.parts.length && (e.type === 1 || e.type === 2) && e.parts[e.parts.length - 1] !== '\u0001Sh33tJ5'));
}

/** [MS-CFB] §2.6.4: siblings are ordered by name length, then by upper-cased name. */
const compare = (a, b) => a.length - b.length || (a.toUpperCase() < b.toUpperCase() ? -1 : a.toUpperCase() > b.toUpperCase() ? 1 : 0);

/** The same streams as a version 4 compound file (4096-byte sectors; FAT, mini FAT and mini stream as [MS-CFB] §2.2–2.4). */
function version4(c) {
  const S = 4096;
  const list = entriesOf(c);
  const NONE = 0xffffffff;
  const dir = list.map((e, i) => ({ ...e, name: i === 0 ? 'Root Entry' : e.parts[e.parts.length - 1], left: NONE, right: NONE, child: NONE, start: 0xfffffffe, size: 0 }));
  // Children of each storage as a balanced binary tree (all black).
  const key = (e) => e.parts.slice(0, -1).join('/');
  const build = (ids) => {
    if (!ids.length) return NONE;
    const mid = ids.length >> 1;
    dir[ids[mid]].left = build(ids.slice(0, mid));
    dir[ids[mid]].right = build(ids.slice(mid + 1));
    return ids[mid];
  };
  dir.forEach((d, i) => {
    if (i !== 0 && !d.storage) return;
    const path = i === 0 ? '' : d.parts.join('/');
    const kids = dir.map((x, j) => j).filter((j) => j !== 0 && key(dir[j]) === path).sort((a, b) => compare(dir[a].name, dir[b].name));
    d.child = build(kids);
  });
  // Small streams go in the mini stream (64-byte sectors), the rest in regular sectors.
  const mini = [];
  const miniFat = [];
  const big = [];
  for (const d of dir.slice(1)) {
    if (d.storage) continue;
    const data = Buffer.from(d.content ?? []);
    d.size = data.length;
    if (!data.length) continue;
    if (data.length < 4096) {
      const n = Math.ceil(data.length / 64);
      d.start = miniFat.length;
      for (let k = 0; k < n; k++) miniFat.push(k === n - 1 ? 0xfffffffe : miniFat.length + 1);
      mini.push(data, Buffer.alloc(n * 64 - data.length));
    } else big.push({ d, data });
  }
  const miniStream = Buffer.concat(mini);
  const dirBytes = Buffer.alloc(Math.ceil((dir.length * 128) / S) * S);
  const sectorsOf = (n) => Math.ceil(n / S);
  const counts = { dir: dirBytes.length / S, miniFat: sectorsOf(miniFat.length * 4), mini: sectorsOf(miniStream.length), big: big.reduce((t, b) => t + sectorsOf(b.data.length), 0) };
  const rest = counts.dir + counts.miniFat + counts.mini + counts.big;
  let fatCount = 1;
  while (fatCount * 1024 < fatCount + rest) fatCount++;
  const fat = new Array(fatCount * 1024).fill(NONE);
  const blobs = [];
  let next = 0;
  for (let k = 0; k < fatCount; k++) fat[next++] = 0xfffffffd; // FATSECT
  const place = (bytes) => {
    const n = sectorsOf(bytes.length);
    if (!n) return 0xfffffffe;
    const first = next;
    for (let k = 0; k < n; k++, next++) fat[next] = k === n - 1 ? 0xfffffffe : next + 1;
    const padded = Buffer.alloc(n * S);
    Buffer.from(bytes).copy(padded);
    blobs.push(padded);
    return first;
  };
  const dirStart = place(dirBytes);
  const miniFatBytes = Buffer.alloc(counts.miniFat * S, 0xff);
  miniFat.forEach((v, k) => miniFatBytes.writeUInt32LE(v >>> 0, 4 * k));
  const miniFatStart = place(miniFatBytes);
  dir[0].start = place(miniStream);
  dir[0].size = miniStream.length;
  for (const { d, data } of big) d.start = place(data);
  dir.forEach((d, i) => {
    const o = i * 128;
    dirBytes.write(d.name + '\0', o, 'utf16le');
    dirBytes.writeUInt16LE((d.name.length + 1) * 2, o + 64);
    dirBytes[o + 66] = i === 0 ? 5 : d.storage ? 1 : 2;
    dirBytes[o + 67] = 1; // black
    dirBytes.writeUInt32LE(d.left >>> 0, o + 68);
    dirBytes.writeUInt32LE(d.right >>> 0, o + 72);
    dirBytes.writeUInt32LE(d.child >>> 0, o + 76);
    dirBytes.writeUInt32LE((d.storage && i !== 0 ? 0 : d.start) >>> 0, o + 116);
    dirBytes.writeUInt32LE(d.storage && i !== 0 ? 0 : d.size, o + 120);
  });
  dirBytes.copy(blobs[0]); // the directory was placed first, before its entries were filled in
  const header = Buffer.alloc(S);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(4, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(12, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(counts.dir, 40);
  header.writeUInt32LE(fatCount, 44);
  header.writeUInt32LE(dirStart, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(miniFat.length ? miniFatStart : 0xfffffffe, 60);
  header.writeUInt32LE(counts.miniFat, 64);
  header.writeUInt32LE(0xfffffffe, 68);
  header.writeUInt32LE(0, 72);
  for (let k = 0; k < 109; k++) header.writeUInt32LE(k < fatCount ? k : NONE, 76 + 4 * k);
  const fatBytes = Buffer.alloc(fatCount * S);
  fat.forEach((v, k) => fatBytes.writeUInt32LE(v >>> 0, 4 * k));
  return new Uint8Array(Buffer.concat([header, fatBytes, ...blobs]));
}

/**
 * An .msg file: { subject, body, html (PidTagHtml, binary), bodyHtml (PidTagBodyHtml, a string), ansi (8-bit strings), to, attachments: [{ name, data, mime }
 * or { name, message }] }. `o.version4` writes 4096-byte sectors; `o.extraStreams` adds empty
 * top-level streams with those names (a hostile file's odd names).
 */
function msgBytes(m, o = {}) {
  const c = CFB.utils.cfb_new();
  for (const name of o.extraStreams ?? []) CFB.utils.cfb_add(c, `/${name}`, Buffer.alloc(8));
  addMessage(c, '', m, 'top');
  const v3 = CFB.write(c, { type: 'buffer' });
  return new Uint8Array(o.version4 ? version4(CFB.read(v3, { type: 'buffer' })) : v3);
}

module.exports = { msgBytes };
