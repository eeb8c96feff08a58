import { renderToStaticMarkup } from 'react-dom/server';
import { Markdown } from '../../src/playground/markdown';

describe('Smart Alert Markdown', () => {
  it.each([
    ['bold and a paragraph', '**Stop:**\n\nChoose Review.', '<p><strong>Stop:</strong></p><p>Choose Review.</p>'],
    ['list items ending with \\r, as Outlook expects', '- **a** (clause 1)\r- **b**\r\n\nEnd', '<ul><li><strong>a</strong> (clause 1)</li><li><strong>b</strong></li></ul><p>End</p>'],
    ['backslash escapes', 'a \\*not bold\\* \\(x\\)', '<p>a *not bold* (x)</p>'],
    ['HTML stays text', '<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
    ['an unclosed ** is shown as typed', '**open', '<p>**open</p>'],
  ])('renders %s', (_n, src, html) => {
    expect(renderToStaticMarkup(<Markdown source={src} />)).toBe(html);
  });
});
