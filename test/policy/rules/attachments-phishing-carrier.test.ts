import rule, { markupKind } from '../../../src/policy/rules/attachments/phishing-carrier';
import executable from '../../../src/policy/rules/attachments/executable';
import { draft, findingsOf, idsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { file, PDF_BYTES, PNG_BYTES, zipBytes } from '../../helpers/files';

const enc = (s: string) => new TextEncoder().encode(s);
const at = (...names: (string | ReturnType<typeof file>)[]) => draft({ attachments: names.map((n) => (typeof n === 'string' ? file(n) : n)) });

describe('attachments/phishing-carrier', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['ordinary documents', at('Agenda.docx', 'Minutes.pdf', 'photo.jpg')],
    ['a PDF that is a PDF', at(file('invoice.pdf', { content: PDF_BYTES }))],
    ['a PNG', at(file('chart.png', { content: PNG_BYTES }))],
    ['a text file that holds markup (opens in a text editor)', at(file('notes.txt', { content: enc('<html>') }))],
    ['an attached email', at(file('Fwd offer.html', { kind: 'item' }))],
    ['a .lnk (blocked by attachments/executable instead)', at('share.lnk')],
    ['.iso and .img (blocked by attachments/executable instead)', at('disk.iso', 'disk.img')],
    ['an extension that is an object key', at('weird.constructor')],
  ]);

  tester.flags([
    ['a web page', at('Invoice.html'), ['web page@attachments:0-1']],
    ['an .htm in upper case', at('REMITTANCE.HTM'), ['web page@attachments:0-1']],
    ['an .xhtml and .shtm', at('a.xhtml', 'b.shtm'), ['web page@attachments:0-1', 'web page@attachments:1-2']],
    ['an .svg posing as a PDF', at('23mb - PDF- 6 pages.svg'), ['SVG image@attachments:0-1']],
    ['a OneNote file', at('Shipping notice.one'), ['OneNote file@attachments:0-1']],
    ['a .onenote file', at('notes.onenote'), ['OneNote file@attachments:0-1']],
    ['a double extension xls.html', at('Payment advice.xls.html'), ['web page@attachments:0-1']],
    ['a .pdf that is a web page', at(file('invoice.pdf', { content: enc('\ufeff  <!DOCTYPE html><html>') })), ['disguised@attachments:0-1']],
    ['an .html inside a zip', at(file('remittance.zip', { content: zipBytes([{ name: 'remittance.html', data: '<html>' }]) })), ['in-archive@attachments:0-1']],
    ['a .docx that is an SVG', at(file('report.docx', { content: enc('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">') })), ['disguised@attachments:0-1']],
  ], 'warns on %s');

  it('warns (not blocks) by default and offers removal', () => {
    const [f] = findingsOf(rule, at({ name: 'a.svg', size: 10, id: 'AAMk1' }));
    expect(f.level).toBe('warn');
    expect(f.fixes).toEqual([{ kind: 'remove-attachment', index: 0, id: 'AAMk1', name: 'a.svg' }]);
  });

  it('.iso, .img and .lnk are blocked by the default Defender list (attachments/executable)', () => {
    expect(idsOf(executable, at('a.iso', 'b.img', 'c.lnk'))).toEqual(['blocked-type@attachments:0-1', 'blocked-type@attachments:1-2', 'blocked-type@attachments:2-3']);
  });

  it('recognises markup only at the start', () => {
    expect(markupKind(enc('<svg/>'))).toBe('SVG image');
    expect(markupKind(enc('<HTML>'))).toBe('web page');
    expect(markupKind(enc('%PDF-1.7 <html>'))).toBeUndefined();
    expect(markupKind(undefined)).toBeUndefined();
  });
});
