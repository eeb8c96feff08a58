// Attachment types that carry phishing pages rather than programs (issue #18, finding 3): web pages
// and SVG images open in the browser and can run script or show a fake sign-in page; OneNote files
// hide programs behind a "double-click to view" picture. They are not on Microsoft's default block
// list, so this rule warns rather than blocks. Sources, named in docs/SECURITY.md:
// - .html .htm .xhtml .shtm .one .onenote: Microsoft Learn, "Anti-malware protection in EOP"
//   (https://learn.microsoft.com/defender-office-365/anti-malware-protection-about), the common
//   attachments filter's "additional predefined file types" an admin can add to the default list.
// - .svg: Microsoft Threat Intelligence, "AI vs. AI: Detecting an AI-obfuscated phishing campaign"
//   (Microsoft Security blog, 24 September 2025): an SVG attachment posing as a PDF that opened a
//   fake sign-in page. The anti-malware page above does not list .svg.
// .iso, .img and .lnk are on that page's default list, so attachments/executable blocks them.
import { defineRule } from '../../rule';
import { CARRIERS, expectedContentOf } from '../../data/attachment-types';
import { latin1 } from '../../text/bytes';
import { blockedInside, inspectArchive } from './archive';
import { eachNotExecutable, extensionsOf } from './files';

const CHECK = 'Only send it if the recipient expects it; the policy asks everyone to open attachments only when sure of the sender (4.3c).';

/** "web page", "SVG image" or "OneNote file" for an extension, if it is a carrier. */
export function carrierKind(ext: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(CARRIERS, ext) ? CARRIERS[ext] : undefined;
}

/** Markup at the start of a file (after a byte-order mark and white space): a web page or an SVG image. */
export function markupKind(content: Uint8Array | undefined): string | undefined {
  if (!content) return undefined;
  let i = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? 3 : 0;
  while (i < content.length && (content[i] === 0x20 || content[i] === 0x09 || content[i] === 0x0a || content[i] === 0x0d)) i++;
  const s = latin1(content.subarray(i, i + 256)).toLowerCase();
  if (s.startsWith('<svg') || (s.startsWith('<?xml') && s.includes('<svg'))) return 'SVG image';
  if (s.startsWith('<!doctype html') || s.startsWith('<html') || s.startsWith('<head') || s.startsWith('<script')) return 'web page';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'attachments/phishing-carrier',
    category: 'attachments',
    clause: '4.3c',
    summary: 'Web pages, SVG images and OneNote files: attachment types used to carry phishing',
    defaultLevel: 'warn',
    messages: {
      'web page': `“{name}” is a web page (.{ext}). A web page sent as an attachment opens in the browser, and this is a common way to deliver fake sign-in pages, so recipients’ mail filters often hold it back. Send it as a PDF or a link instead. ${CHECK}`,
      'SVG image': `“{name}” is an SVG image (.{ext}). SVG files can carry scripts and links and are used to deliver fake sign-in pages. Send the picture as a PNG, JPEG or PDF instead. ${CHECK}`,
      'OneNote file': `“{name}” is a OneNote file (.{ext}). OneNote files can hide programs behind a “double-click to view” picture and are used to spread malware. Share the notebook through OneDrive or SharePoint, or send the pages as a PDF. ${CHECK}`,
      disguised: `“{name}” is named as a .{ext} file but its content is a {kind}, which opens in the browser and can show a fake sign-in page. Check that you attached the file you meant to; recipients are told not to trust mismatched files (policy 4.3c).`,
      'in-archive': `“{name}” contains “{inner}”, a {kind}. Web pages, SVG images and OneNote files are used to carry phishing, and putting one inside an archive hides it from recipients’ filters. Send it another way, such as a PDF or a link. ${CHECK}`,
    },
    inputs: ['attachments'],
  },
  check(ctx, report) {
    eachNotExecutable(ctx.draft.attachments, report, (a, ext, found) => {
      const kind = carrierKind(ext);
      if (kind) return found(kind);
      // A document type whose bytes are markup: "invoice.pdf" that is a web page.
      const markup = expectedContentOf(ext) ? markupKind(a.content) : undefined;
      if (markup) return found('disguised', { kind: markup });
      const zip = inspectArchive(a.content);
      if (!zip || zip.entries.some((e) => blockedInside(e))) return;
      for (const e of zip.entries) {
        const inner = carrierKind(extensionsOf(e.name)[0] || '');
        if (inner) return found('in-archive', { inner: e.path, kind: inner });
      }
    });
  },
});
