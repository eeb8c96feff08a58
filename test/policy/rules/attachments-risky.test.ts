import rule from '../../../src/policy/rules/attachments/risky';
import { draft, idsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { file, OLE_BYTES, PDF_BYTES, PE_BYTES, PNG_BYTES, zipBytes } from '../../helpers/files';

const at = (...names: (string | ReturnType<typeof file>)[]) => draft({ attachments: names.map((n) => (typeof n === 'string' ? file(n) : n)) });
const DOCX = zipBytes([{ name: '[Content_Types].xml', data: '<Types/>' }]);

describe('attachments/risky', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['ordinary documents', at('Agenda.docx', 'Budget.xlsx', 'Minutes.pdf')],
    ['a .docx that is a zip', at(file('Agenda.docx', { content: DOCX }))],
    ['a password-protected .docx (an OLE container)', at(file('HR letter.docx', { content: OLE_BYTES }))],
    ['a PDF whose header is a little way in', at(file('scan.pdf', { content: new Uint8Array([0x0a, 0x0a, ...PDF_BYTES]) }))],
    ['a PDF whose content is not recognised (never accuse on doubt)', at(file('odd.pdf', { content: new Uint8Array([1, 2, 3, 4, 5, 6]) }))],
    ['an .exe (attachments/executable reports it)', at('setup.exe')],
    ['a PDF that is a program (attachments/executable reports it)', at(file('invoice.pdf', { content: PE_BYTES }))],
    ['an attached email', at(file('Fwd minutes.zip', { kind: 'item' }))],
    ['files named after object keys (an extension is not a property of the type table)', at(file('x.constructor', { content: PDF_BYTES }), file('y.__proto__', { content: PDF_BYTES }), file('z.toString', { content: PDF_BYTES }))],
  ]);

  tester.flags([
    ['a macro-enabled workbook', at('Budget.xlsm'), ['macro@attachments:0-1']],
    // A document, though on Microsoft's default filter list: a warning that says it may not arrive.
    ['a macro-enabled Word document', at('form.docm'), ['macro-filtered@attachments:0-1']],
    ['a macro-enabled presentation, upper case', at('a.pdf', 'TALK.PPTM'), ['macro@attachments:1-2']],
    ['a zip without content', at('photos.zip'), ['archive@attachments:0-1']],
    ['a 7z and a rar', at('a.7z', 'b.rar'), ['archive@attachments:0-1', 'archive@attachments:1-2']],
    ['an unencrypted zip with content: looked inside, still a second look', at(file('photos.zip', { content: zipBytes([{ name: 'a.jpg', data: 'x' }]) })), ['archive-checked@attachments:0-1']],
    ['an encrypted zip', at(file('payroll.zip', { content: zipBytes([{ name: 'a.txt', data: 'x' }, { name: 'b.txt', data: 'y' }], true) })), ['encrypted-archive@attachments:0-1']],
    ['a truncated encrypted zip (no central directory)', at(file('x.zip', { content: zipBytes([{ name: 'a.txt', data: 'x' }], true).slice(0, 40) })), ['encrypted-archive@attachments:0-1']],
    ['a disk image', at('backup.vhdx'), ['disk-image@attachments:0-1']],
    ['a zip renamed .docx (no [Content_Types].xml)', at(file('Agenda.docx', { content: zipBytes([{ name: 'a.pdf', data: '%PDF-' }]) })), ['disguised-archive@attachments:0-1']],
    ['a zip cut short (more in attachments-archive.test.ts)', at(file('a.zip', { content: zipBytes([{ name: 'a.jpg', data: 'x' }]).slice(0, 40) })), ['archive-unread@attachments:0-1']],
    ['a PDF that is really a zip', at(file('invoice.pdf', { content: DOCX })), ['mismatch@attachments:0-1']],
    ['a .jpg that is a PDF', at(file('photo.jpg', { content: PDF_BYTES })), ['mismatch@attachments:0-1']],
    ['a .png that is an OLE container', at(file('chart.png', { content: OLE_BYTES })), ['mismatch@attachments:0-1']],
  ]);

  it('accepts a PNG that is a PNG', () => {
    expect(idsOf(rule, at(file('chart.png', { content: PNG_BYTES })))).toEqual([]);
  });
});
