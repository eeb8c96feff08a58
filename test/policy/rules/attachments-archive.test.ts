// Looking inside ZIP archives (issue #18, finding 3), with real archives made by fflate: an .exe in a
// .zip gets the .exe's verdict, a zip renamed .docx is a disguised archive, nested archives are
// opened to ARCHIVE_LIMITS.maxDepth, and encrypted, damaged and oversized ones get their own verdict.
import { zipSync, type Zippable } from 'fflate';
import executable from '../../../src/policy/rules/attachments/executable';
import risky from '../../../src/policy/rules/attachments/risky';
import carrier from '../../../src/policy/rules/attachments/phishing-carrier';
import { ARCHIVE_LIMITS, inflatePrefix, inspectArchive } from '../../../src/policy/rules/attachments/archive';
import type { Rule } from '../../../src/policy/rule';
import { draft, findingsOf, idsOf } from '../../helpers/draft';
import { file, PDF_BYTES, PE_BYTES, zipBytes } from '../../helpers/files';

const enc = (s: string) => new TextEncoder().encode(s);
const zip = (files: Zippable, level: 0 | 6 = 6) => zipSync(files, { level });
const at = (name: string, content: Uint8Array) => draft({ attachments: [file(name, { content })] });
const all = (d: ReturnType<typeof draft>) => [...idsOf(executable, d).map((x) => `executable:${x}`), ...idsOf(risky, d).map((x) => `risky:${x}`), ...idsOf(carrier, d).map((x) => `carrier:${x}`)];
const DOCX_PARTS: Zippable = { '[Content_Types].xml': enc('<Types/>'), '_rels/.rels': enc('<Relationships/>'), 'word/document.xml': enc('<w:document/>') };

describe('inside a zip: the same verdict as the file itself', () => {
  it.each([
    ['an .exe', zip({ 'setup.exe': enc('anything') }), 'executable:in-archive@attachments:0-1'],
    ['a script in a folder', zip({ 'docs/tidy.ps1': enc('Write-Host') }), 'executable:in-archive@attachments:0-1'],
    ['a program renamed .pdf (magic number)', zip({ 'invoice.pdf': PE_BYTES }), 'executable:in-archive@attachments:0-1'],
    ['a program renamed .pdf, stored without compression', zip({ 'invoice.pdf': PE_BYTES }, 0), 'executable:in-archive@attachments:0-1'],
    ['a right-to-left override name', zip({ 'invoice\u202Efdp.exe': enc('x') }), 'executable:in-archive@attachments:0-1'],
    ['an .exe in a zip in a zip', zip({ 'inner.zip': zip({ 'run.exe': PE_BYTES }) }), 'executable:in-archive@attachments:0-1'],
    ['an .exe in a zip renamed .docx', zip({ 'setup.exe': PE_BYTES }), 'executable:in-archive@attachments:0-1'],
    ['a .lnk in a zip named .pdf', zip({ 'scan.lnk': enc('L') }), 'executable:in-archive@attachments:0-1'],
  ])('%s', (_n, content, expected) => {
    const name = _n.includes('.docx') ? 'Agenda.docx' : _n.includes('named .pdf') ? 'scan.pdf' : 'files.zip';
    expect(all(at(name, content))).toContain(expected);
    expect(idsOf(executable, at(name, content))).toHaveLength(1);
  });

  it('says which file inside, and blocks', () => {
    const [f] = findings(at('files.zip', zip({ 'inner.zip': zip({ 'run.exe': PE_BYTES }) })));
    expect(f.message).toContain('“inner.zip/run.exe”');
    expect(f.level).toBe('block');
  });

  it('leaves risky silent when executable blocks the archive (one finding, not a contradiction)', () => {
    expect(idsOf(risky, at('files.zip', zip({ 'setup.exe': PE_BYTES })))).toEqual([]);
  });
});

describe('ordinary archives and Office files', () => {
  it.each([
    ['a genuine .docx', 'Agenda.docx', zip(DOCX_PARTS)],
    ['a genuine .xlsx, stored', 'Budget.xlsx', zip({ '[Content_Types].xml': enc('<Types/>'), 'xl/workbook.xml': enc('<workbook/>') }, 0)],
    ['a genuine .odt', 'Letter.odt', zip({ mimetype: enc('application/vnd.oasis.opendocument.text'), 'META-INF/manifest.xml': enc('<m/>') }, 0)],
  ])('%s: no finding', (_n, name, content) => {
    expect(all(at(name, content))).toEqual([]);
  });

  it('a zip of PDFs and a .docx is looked inside and still gets a second look, never a block', () => {
    const content = zip({ 'minutes.pdf': PDF_BYTES, 'agenda.pdf': PDF_BYTES, 'Agenda.docx': zip(DOCX_PARTS) });
    expect(all(at('papers.zip', content))).toEqual(['risky:archive-checked@attachments:0-1']);
  });

  it.each([
    ['.docx', 'Agenda.docx', 'Office'],
    ['.xlsx', 'Budget.xlsx', 'Office'],
    ['.pptx', 'Talk.pptx', 'Office'],
    ['.odt', 'Letter.odt', 'OpenDocument'],
  ])('a zip renamed %s without the parts is a disguised archive', (_e, name, app) => {
    const d = at(name, zip({ 'minutes.pdf': PDF_BYTES }));
    expect(all(d)).toEqual(['risky:disguised-archive@attachments:0-1']);
    expect(findings(d, risky)[0].message).toContain(`every ${app} file`);
  });
});

describe('verdicts for what cannot be read', () => {
  it('an encrypted zip: encrypted-archive (nothing inside can be scanned)', () => {
    expect(all(at('payroll.zip', zipBytes([{ name: 'a.txt', data: 'x' }], true)))).toEqual(['risky:encrypted-archive@attachments:0-1']);
  });

  it('an encrypted zip inside a zip is found too', () => {
    const content = zip({ 'inner.zip': zipBytes([{ name: 'a.txt', data: 'x' }], true) });
    expect(inspectArchive(content)?.encrypted).toBe(true);
    expect(all(at('files.zip', content))).toEqual(['risky:encrypted-archive@attachments:0-1']);
  });

  it(`archives nested deeper than ${ARCHIVE_LIMITS.maxDepth} levels are not opened: archive-unread`, () => {
    let z = zip({ 'deep.exe': PE_BYTES });
    for (let i = 0; i < ARCHIVE_LIMITS.maxDepth; i++) z = zip({ [`level${i}.zip`]: z });
    const report = inspectArchive(z)!;
    expect(report.incomplete).toBe('too-deep');
    expect(all(at('files.zip', z))).toEqual(['risky:archive-unread@attachments:0-1']);
  });

  it(`the same .exe one level shallower (depth ${ARCHIVE_LIMITS.maxDepth}) is found`, () => {
    let z = zip({ 'deep.exe': PE_BYTES });
    for (let i = 0; i < ARCHIVE_LIMITS.maxDepth - 1; i++) z = zip({ [`level${i}.zip`]: z });
    expect(idsOf(executable, at('files.zip', z))).toEqual(['in-archive@attachments:0-1']);
  });

  it('a zip bomb: a nested zip that unpacks beyond the cap is not inflated (archive-unread, too-large)', () => {
    const big = new Uint8Array(ARCHIVE_LIMITS.maxInflatedBytes + 1024); // zeros: deflates to a few KB
    const bomb = zip({ 'inner.zip': zip({ 'zeros.bin': big }, 0) });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(inspectArchive(bomb)?.incomplete).toBe('too-large');
    expect(all(at('files.zip', bomb))).toEqual(['risky:archive-unread@attachments:0-1']);
  });

  it('a zip bomb entry is read for its head only (64 bytes, not 16 MB)', () => {
    const bomb = zip({ 'zeros.txt': new Uint8Array(ARCHIVE_LIMITS.maxInflatedBytes * 2) });
    const report = inspectArchive(bomb)!;
    expect(report.incomplete).toBeUndefined();
    expect(report.entries[0].head).toHaveLength(64);
  });

  it(`more than ${ARCHIVE_LIMITS.maxEntries} entries: the rest are not listed (archive-unread)`, () => {
    const many: Zippable = {};
    for (let i = 0; i <= ARCHIVE_LIMITS.maxEntries; i++) many[`f${i}.txt`] = enc('x');
    const report = inspectArchive(zip(many, 0))!;
    expect(report.entries).toHaveLength(ARCHIVE_LIMITS.maxEntries);
    expect(report.incomplete).toBe('too-many-entries');
  });

  it('a zip cut short (no central directory) is damaged: archive-unread', () => {
    const z = zip({ 'a.pdf': PDF_BYTES, 'b.pdf': PDF_BYTES });
    expect(all(at('files.zip', z.subarray(0, z.length - 30)))).toEqual(['risky:archive-unread@attachments:0-1']);
  });

  it('corrupt deflate data is damaged, not a crash', () => {
    const z = zip({ 'a.txt': enc('hello hello hello hello hello') });
    const bad = z.slice();
    bad[40] ^= 0xff;
    bad[41] ^= 0xff;
    expect(() => inspectArchive(bad)).not.toThrow();
  });

  it('inflatePrefix stops at what it was asked for', () => {
    const z = zipSync({ 'z.bin': new Uint8Array(1 << 20) }, { level: 9 });
    const start = 30 + 'z.bin'.length;
    const out = inflatePrefix(z.subarray(start), 64);
    expect(out).toHaveLength(64);
  });
});

describe('phishing carriers inside archives', () => {
  it('an .html inside a zip warns with attachments/phishing-carrier', () => {
    expect(idsOf(carrier, at('invoice.zip', zip({ 'invoice.html': enc('<html></html>') })))).toEqual(['in-archive@attachments:0-1']);
  });
  it('a zip of PDFs has no carrier', () => {
    expect(idsOf(carrier, at('papers.zip', zip({ 'a.pdf': PDF_BYTES })))).toEqual([]);
  });
});

function findings(d: ReturnType<typeof draft>, r: Rule = executable) {
  return findingsOf(r, d);
}
