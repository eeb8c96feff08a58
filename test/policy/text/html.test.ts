// HTML → text with a map back to the HTML. Tables pin the text rules read and the offsets.
import { htmlToText } from '../../../src/policy/text/html';
import { quotedRanges } from '../../../src/policy/text/quotes';

describe('htmlToText: text', () => {
  it.each([
    ['plain text passes through', 'Hello there', 'Hello there'],
    ['whitespace collapses, as a browser renders it', 'Hello \r\n\t  there', 'Hello there'],
    ['paragraphs leave a blank line', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['divs end the line', '<div>One</div><div>Two</div>', 'One\nTwo'],
    ['<br> is a line break, repeated ones kept', 'a<br>b<br/><br >c', 'a\nb\n\nc'],
    ['</br> is read as <br>, as browsers do', 'a</br>b', 'a\nb'],
    ['no leading or trailing blank lines', '<p></p><div><p>Text</p></div><p></p>', 'Text'],
    ['unordered list', '<ul><li>one</li><li>two</li></ul>', '- one\n- two'],
    ['ordered list, unclosed <li>', '<ol><li>a<li>b</ol>', '1. a\n2. b'],
    ['nested list is indented', '<ul><li>a<ul><li>b</li></ul></li></ul>', '- a\n  - b'],
    ['table cells are separated', '<table><tr><td>Name</td><td>Plot</td></tr><tr><td>Jo</td><td>14</td></tr></table>', 'Name Plot\nJo 14'],
    ['named, decimal and hex entities', '&pound;42 &amp; &lt;b&gt; &#8217; &#x1F333;', '£42 & <b> ’ 🌳'],
    ['&nbsp; is a space that does not collapse', 'a&nbsp;&nbsp;b', 'a  b'],
    ['unknown entity left as written', 'R&D &madeup; AT&T', 'R&D &madeup; AT&T'],
    ['legacy &amp without semicolon', 'fish &amp chips', 'fish & chips'],
    ['invalid code point becomes U+FFFD', '&#0; &#xD800;', '\uFFFD \uFFFD'],
    ['script, style, head and title dropped', '<html><head><title>T</title><style>p{}</style></head><body><script>var x = "<p>";</script>Body</body></html>', 'Body'],
    ['comments and conditional comments dropped', 'a<!-- hidden --><!--[if mso]><xml>o</xml><![endif]-->b', 'ab'],
    ['unterminated comment swallows the rest (as a browser does)', 'a<!-- b', 'a'],
    ['unclosed script swallows the rest', 'a<script>b', 'a'],
    ['head without </head> ends at <body>', '<head><meta charset="utf-8"><body>Text', 'Text'],
    ['a lone < is text', 'a < b and 3<4', 'a < b and 3<4'],
    ['attribute containing > does not end the tag', '<a title="a>b" href="x">link</a> after', 'link after'],
    ['<pre> keeps spaces and line breaks', '<pre>a  b\r\n  c</pre>', 'a  b\n  c'],
    ['zero-width characters are kept (evasion matters)', 'f\u200bool', 'f\u200bool'],
    ['inline elements do not break words', 'id<b>io</b>t', 'idiot'],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html).text).toBe(expected);
  });
});

describe('htmlToText: quoted replies come out as the quote detector expects', () => {
  it.each([
    [
      'blockquote lines get "> ", nested ones "> > "',
      '<p>Fine.</p><blockquote>You are <b>wrong</b>.<br>Again.<blockquote>deeper</blockquote></blockquote>',
      'Fine.\n\n> You are wrong.\n> Again.\n\n> > deeper',
    ],
    [
      'Gmail: attribution line then blockquote',
      '<div dir="ltr">Thanks</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 9 Nov 2026 at 10:00, Jo &lt;jo@example.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex">Old</blockquote></div>',
      'Thanks\n\nOn Mon, 9 Nov 2026 at 10:00, Jo <jo@example.com> wrote:\n\n> Old',
    ],
    [
      "Outlook on the web: divRplyFwdMsg header block",
      '<div>Thanks</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font><b>From:</b> Jo &lt;jo@example.com&gt;<br><b>Sent:</b> 09 November 2026 10:00<br><b>To:</b> Clerk<br><b>Subject:</b> Bins</font><div>&nbsp;</div></div><div>Old text</div>',
      'Thanks\n\nFrom: Jo <jo@example.com>\nSent: 09 November 2026 10:00\nTo: Clerk\nSubject: Bins\n \nOld text',
    ],
  ])('%s', (_name, html, expected) => {
    const { text } = htmlToText(html);
    expect(text).toBe(expected);
    // Everything after the sender's own first line is recognised as quoted; a bare <blockquote>
    // with no client header is the sender's own (issue #18, finding 2).
    const quoted = quotedRanges(text, 'reply');
    if (_name.startsWith('blockquote')) return expect(quoted).toEqual([]);
    expect(quoted.length).toBeGreaterThan(0);
    expect(text.slice(0, quoted[0].start).trim()).toMatch(/^(Fine\.|Thanks)$/);
  });
});

describe('htmlToText: hidden text is kept and marked', () => {
  it.each([
    ['display:none', 'a <span style="display: none">secret</span> b', 'secret'],
    ['visibility:hidden', 'a <span style="visibility:hidden">secret</span> b', 'secret'],
    ['font-size:0', 'a <span style="font-size:0px">secret</span> b', 'secret'],
    ['white text', 'a <span style="color:#FFFFFF">secret</span> b', 'secret'],
    ['<font color=white>', 'a <font color="white">secret</font> b', 'secret'],
    ['hidden attribute', 'a <div hidden>secret</div> b', 'secret'],
    ['two hidden words keep their space', 'a <span style="display:none">two words</span> b', 'two words'],
  ])('%s', (_name, html, hiddenText) => {
    const r = htmlToText(html);
    expect(r.text).toContain(hiddenText);
    expect(r.hidden.map((h) => r.text.slice(h.start, h.end))).toEqual([hiddenText]);
  });

  it.each([
    ['white text on a dark background is visible', 'a <span style="color:#fff;background:#003">shown</span> b'],
    ['background-color:white is not white text', 'a <span style="background-color:white">shown</span> b'],
    ['font-size:10px is not zero', 'a <span style="font-size:10px">shown</span> b'],
  ])('%s', (_name, html) => {
    expect(htmlToText(html).hidden).toEqual([]);
  });
});

describe('htmlToText: offsets map back to the HTML', () => {
  it.each([
    ['plain copy', '<p>Hello <b>world</b></p>', 'world', 'world'],
    ['after an entity', '<p>&pound;42 is the rent</p>', 'rent', 'rent'],
    ['inside a blockquote (after the synthetic "> ")', '<blockquote>You idiot</blockquote>', 'idiot', 'idiot'],
    ['an entity maps to the whole reference', '<p>fish &amp; chips</p>', '&', '&amp;'],
    ['a span across tags covers the tags', '<p>very <i>rude</i> words</p>', 'very rude', 'very <i>rude'],
  ])('%s', (_name, html, needle, expectedHtml) => {
    const r = htmlToText(html);
    const start = r.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = r.toHtmlRange(start, start + needle.length);
    expect(html.slice(range.start, range.end)).toBe(expectedHtml);
    expect(r.toHtmlOffset(start)).toBe(range.start);
  });

  it('text.length maps to html.length; offsets never decrease', () => {
    const html = '<div>a &amp; b<br><blockquote>c</blockquote><ul><li>d</li></ul></div>';
    const r = htmlToText(html);
    expect(r.toHtmlOffset(r.text.length)).toBe(html.length);
    for (let i = 1; i <= r.text.length; i++) expect(r.toHtmlOffset(i)).toBeGreaterThanOrEqual(r.toHtmlOffset(i - 1));
  });

  it('empty input', () => {
    const r = htmlToText('');
    expect(r.text).toBe('');
    expect(r.toHtmlOffset(0)).toBe(0);
  });
});

// Linear cost on long and hostile input: test/hardening/linear-cost.test.ts (CPU time, two sizes).
