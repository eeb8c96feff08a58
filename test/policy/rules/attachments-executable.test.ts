import rule from '../../../src/policy/rules/attachments/executable';
import { draft, findingsOf, idsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { file, PDF_BYTES, PE_BYTES, zipBytes } from '../../helpers/files';

const at = (...names: (string | ReturnType<typeof file>)[]) => draft({ attachments: names.map((n) => (typeof n === 'string' ? file(n) : n)) });

describe('attachments/executable', () => {
  const tester = ruleTester(rule, { level: 'block' });

  tester.accepts([
    ['a PDF', at('Minutes 12 March.pdf')],
    ['a Word document', at('Agenda.docx')],
    ['dots inside a name', at('Budget v2.1 final.xlsx')],
    ['a PDF whose content is a PDF', at(file('invoice.pdf', { content: PDF_BYTES }))],
    ['a zip (attachments/risky’s business)', at('photos.zip')],
    ['a macro-enabled Word document, though on the Defender list (attachments/risky warns)', at('form.docm')],
    ['an attached email named like a program', at(file('setup.exe', { kind: 'item' }))],
    ['a name without an extension', at('README')],
    ['an extension that only contains a blocked one', at('report.exec')],
  ]);

  tester.flags([
    ['an .exe', at('Minutes.pdf', 'setup.exe'), ['blocked-type@attachments:1-2']],
    ['upper-case extension', at('RUNME.BAT'), ['blocked-type@attachments:0-1']],
    ['a script from the Outlook on the web list only', at('tidy.ps1'), ['blocked-type@attachments:0-1']],
    ['a type from the Defender list only (.cab is blocked by default)', at('setup.cab'), ['blocked-type@attachments:0-1']],
    ['a shortcut', at('Council share.lnk'), ['blocked-type@attachments:0-1']],
    ['a double extension', at('invoice.pdf.exe'), ['double-extension@attachments:0-1']],
    ['a double extension padded with spaces', at('invoice.pdf          .scr'), ['double-extension@attachments:0-1']],
    ['right-to-left override', at('invoice\u202Efdp.exe'), ['bidi-name@attachments:0-1']],
    ['a right-to-left override hiding nothing blocked is still a disguise', at('photo\u202Egpj.png'), ['bidi-name@attachments:0-1']],
    ['a first-strong isolate control', at('report\u2068.pdf'), ['bidi-name@attachments:0-1']],
    ['a trailing dot', at('update.exe.'), ['trailing-dot@attachments:0-1']],
    ['a trailing space on an allowed type', at('notes.txt '), ['trailing-dot@attachments:0-1']],
    ['a PDF that is really a Windows program', at(file('invoice.pdf', { content: PE_BYTES })), ['disguised@attachments:0-1']],
    ['a cloud link named like a program', at(file('tool.msi', { kind: 'cloud' })), ['blocked-type@attachments:0-1']],
    ['a zip holding an .exe (more in attachments-archive.test.ts)', at(file('files.zip', { content: zipBytes([{ name: 'setup.exe', data: 'MZ' }]) })), ['in-archive@attachments:0-1']],
  ]);

  it('shows invisible characters in `actual` and offers removal', () => {
    const [f] = findingsOf(rule, at('ok.pdf', { name: 'invoice\u202Efdp.exe', size: 10, id: 'AAMk1' }));
    expect(f.actual).toBe('invoice[U+202E]fdp.exe');
    expect(f.fixes).toEqual([{ kind: 'remove-attachment', index: 1, id: 'AAMk1', name: 'invoice\u202Efdp.exe' }]);
    expect(f.level).toBe('block');
  });

  it('does not treat a zip’s own content as a program', () => {
    expect(idsOf(rule, at(file('a.zip', { content: zipBytes([{ name: 'a.txt', data: 'hello' }]) })))).toEqual([]);
  });
});
