// errorMessageMarkdown (Mailbox 1.15) as Outlook renders it: bold, list items, paragraphs and
// backslash escapes. Built as React elements, never as HTML, so nothing in it can run.
import type { ReactNode } from 'react';

function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let buf = '';
  let bold = false;
  let boldBuf: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      buf += text[++i];
    } else if (c === '*' && text[i + 1] === '*') {
      i++;
      if (bold) {
        boldBuf.push(buf);
        out.push(<strong key={out.length}>{boldBuf.join('')}</strong>);
        boldBuf = [];
      } else {
        out.push(buf);
      }
      buf = '';
      bold = !bold;
    } else {
      buf += c;
    }
  }
  out.push(bold ? '**' + boldBuf.join('') + buf : buf);
  return out;
}

export function Markdown({ source }: { source: string }) {
  const blocks: ReactNode[] = [];
  let items: ReactNode[] = [];
  const flush = () => {
    if (items.length) blocks.push(<ul key={blocks.length}>{items}</ul>);
    items = [];
  };
  // List items end with "\r" (Outlook's dialog Markdown), paragraphs with "\n".
  for (const line of source.split(/\r\n|\r|\n/)) {
    const t = line.trimStart();
    if (/^[-*][ \t]/.test(t)) {
      items.push(<li key={items.length}>{inline(t.slice(1).trim())}</li>);
      continue;
    }
    flush();
    if (line.trim()) blocks.push(<p key={blocks.length}>{inline(line)}</p>);
  }
  flush();
  return <>{blocks}</>;
}
