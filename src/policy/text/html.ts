// HTML → the plain text rules read, with a map back to the HTML so a span found in the text can be
// shown or fixed in the HTML. PURE and DOM-free: it runs in Outlook's JavaScript-only runtime.
//
// One left-to-right pass with a bounded element stack, so time is linear in the input even for
// hostile markup (unclosed tags, deep nesting, unterminated comments). What a recipient's reader
// or filter may see is kept: hidden text (display:none, font-size:0, white text) stays in `text`
// and is listed in `hidden`, because hiding words is a way round the policy, not out of it.
// Quoted earlier messages come out in the shapes text/quotes.ts recognises: blockquotes as "> "
// lines, Outlook's From:/Sent: header blocks and Gmail's "On … wrote:" lines as their own lines.
import { HTML_ENTITIES } from '../data/html-entities';
import { cssContent } from './css-content';
import type { Range } from './quotes';

export interface HtmlText {
  text: string;
  /** Offset in the HTML where text offset `i` came from; `text.length` maps to `html.length`. */
  toHtmlOffset(i: number): number;
  /** The HTML range a text range came from (end exclusive), for highlighting or replacing. */
  toHtmlRange(start: number, end: number): Range;
  /** Text ranges a reader would not normally see (sorted, non-overlapping). */
  hidden: Range[];
}

// Block elements end the line; PARAGRAPH ones also leave a blank line, as mail clients render them.
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'pre', 'dl', 'address', 'figure', 'hr']);
const BLOCK = new Set([
  ...PARAGRAPH,
  'div', 'li', 'tr', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'dt', 'dd', 'form',
  'fieldset', 'legend', 'center', 'caption', 'tbody', 'thead', 'tfoot', 'details', 'summary', 'figcaption', 'body', 'html',
]);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'col', 'area', 'base', 'embed', 'source', 'track', 'param', 'keygen']);
/** Elements whose content is not message text. */
const DROPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'xml']);
const CLOSERS: Record<string, RegExp> = {};
for (const name of DROPPED) CLOSERS[name] = new RegExp(`</${name}\\s*>`, 'gi');
const HEAD_END = /<\/head\s*>|<body[\s>]/gi;

/** Deeper nesting is not tracked: keeps closing-tag matching O(1) amortised on hostile input. */
const MAX_DEPTH = 256;

/** One CSS declaration (already split at ';' and trimmed) that hides its element. Anchored, so linear. */
const HIDDEN_DECL = /^(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:px|pt|em|rem|%)?|opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)|max-height\s*:\s*0(?:px)?)\s*(?:!important)?$/i;
const WHITE = /^(?:#fff(?:fff)?|white|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0+)?\s*)?\))$/i;
const COLOR_DECL = /(?:^|;)\s*color\s*:\s*([^;!]+)/i;
const BACKGROUND_DECL = /background(?:-color)?\s*:/i;
const ATTR_STYLE = /(?:^|\s)style\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const ATTR_FONT_COLOR = /(?:^|\s)color\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const ATTR_HIDDEN = /(?:^|\s)hidden(?:\s|=|$)/i;
/** Outlook's reply header, Gmail's and Thunderbird's attribution wrappers. */
const REPLY_MARKERS = /divRplyFwdMsg|gmail_attr|gmail_quote|moz-cite-prefix|OLK_SRC_BODY_SECTION|yahoo_quoted|appendonsend/i;

interface Open {
  name: string;
  hidden: boolean;
  quote: boolean;
  list: boolean;
  /** Text a stylesheet's ::after rule adds at the element's end. */
  after?: string;
}

// Attribute text a reader sees (issue #18, finding 4): an image's alt text (shown when images are
// blocked, as many mail clients do by default) and title (on hover), a form field's value or placeholder.
const ATTR_ALT = /(?:^|\s)alt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const ATTR_TITLE = /(?:^|\s)title\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const ATTR_VALUE = /(?:^|\s)value\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const ATTR_PLACEHOLDER = /(?:^|\s)placeholder\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const ATTR_TYPE_HIDDEN = /(?:^|\s)type\s*=\s*["']?hidden\b/i;

/** Decode the character references in an attribute value. */
function decodeAttr(v: string): string {
  if (v.indexOf('&') < 0) return v;
  let out = '';
  let i = 0;
  for (let a = v.indexOf('&'); a >= 0; a = v.indexOf('&', i)) {
    const e = decodeEntity(v, a, v.length);
    out += v.slice(i, a) + (e ? e.text : '&');
    i = a + (e ? e.length : 1);
  }
  return out + v.slice(i);
}

interface Segment {
  t: number; // text start
  h: number; // html start
  n: number; // text length
  hn: number; // html length
  copy: boolean; // char-for-char copy (else the whole html range produced the whole text run)
}

function attrValue(re: RegExp, attrs: string): string | undefined {
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function isHidden(name: string, attrs: string): boolean {
  if (!attrs) return false;
  if (ATTR_HIDDEN.test(attrs)) return true;
  const style = attrValue(ATTR_STYLE, attrs);
  if (style !== undefined) {
    if (style.split(';').some((d) => HIDDEN_DECL.test(d.trim()))) return true;
    // White text counts as hidden unless the same element paints a background (white on dark is visible).
    const color = COLOR_DECL.exec(style);
    if (color && WHITE.test(color[1].trim()) && !BACKGROUND_DECL.test(style)) return true;
  }
  if (name === 'font') {
    const c = attrValue(ATTR_FONT_COLOR, attrs);
    if (c !== undefined && WHITE.test(c.trim())) return true;
  }
  return false;
}

/** Decode one character reference at `i` (html[i] === '&'); null when it is not one. */
function decodeEntity(html: string, i: number, end: number): { text: string; length: number } | null {
  if (html.charCodeAt(i + 1) === 35 /* # */) {
    const hex = html[i + 2] === 'x' || html[i + 2] === 'X';
    let j = i + (hex ? 3 : 2);
    const start = j;
    while (j < end && j - start < 8 && (hex ? /[0-9a-fA-F]/ : /[0-9]/).test(html[j])) j++;
    if (j === start) return null;
    let code = parseInt(html.slice(start, j), hex ? 16 : 10);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = 0xfffd;
    const length = j - i + (html[j] === ';' ? 1 : 0);
    return { text: String.fromCodePoint(code), length };
  }
  let j = i + 1;
  while (j < end && j - i <= 10 && /[A-Za-z0-9]/.test(html[j])) j++;
  const name = html.slice(i + 1, j);
  if (!name) return null;
  const value = HTML_ENTITIES[name];
  if (value === undefined) return null;
  if (html[j] === ';') return { text: value, length: j - i + 1 };
  // Legacy forms without ';' that browsers still accept for the commonest names.
  if (name === 'amp' || name === 'lt' || name === 'gt' || name === 'quot' || name === 'nbsp') return { text: value, length: j - i };
  return null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

function isTagStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Where a tag starting at `i` ends (index after '>'), honouring quoted attribute values. */
function tagEnd(html: string, i: number): number {
  let quote = 0;
  for (let j = i; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      // A quote only opens a value after '='; stray quotes in broken markup are text.
      let k = j - 1;
      while (k > i && isSpace(html.charCodeAt(k))) k--;
      if (html.charCodeAt(k) === 61 /* = */) quote = c;
    } else if (c === 62 /* > */) {
      return j + 1;
    }
  }
  // Unterminated quote: fall back to the first '>' (what a lenient reader would do).
  const gt = html.indexOf('>', i);
  return gt < 0 ? html.length : gt + 1;
}

export function htmlToText(html: string): HtmlText {
  let out = '';
  const segments: Segment[] = [];
  const hidden: Range[] = [];
  const stack: Open[] = [];
  /** How many of each element are open: a closing tag for none skips the stack search. */
  const openCount = new Map<string, number>();
  const lists: { ordered: boolean; n: number }[] = [];
  let len = 0;
  let hiddenDepth = 0;
  let quoteDepth = 0;
  let preDepth = 0;
  let atLineStart = true;
  let pendingSpace = -1; // html index of collapsed whitespace waiting to become one space
  let pendingSpaceCopy = false; // that whitespace was exactly one ' ', so the space is a plain copy
  let pendingLines = 0;
  let pendingLinesAt = 0;
  const css = cssContent(html);

  const raw = (s: string, h: number, hn: number, copy: boolean, visible: boolean) => {
    if (!s) return;
    const last = segments[segments.length - 1];
    if (copy && last && last.copy && last.t + last.n === len && last.h + last.hn === h) {
      last.n += s.length;
      last.hn += s.length;
    } else {
      segments.push({ t: len, h, n: s.length, hn, copy });
    }
    if (visible && hiddenDepth > 0) {
      const lastHidden = hidden[hidden.length - 1];
      if (lastHidden && lastHidden.end === len) lastHidden.end += s.length;
      else hidden.push({ start: len, end: len + s.length });
    }
    out += s;
    len += s.length;
    atLineStart = s.charCodeAt(s.length - 1) === 10;
  };

  /** Emit text a reader sees, first settling pending line breaks, spaces and quote prefixes. */
  const visible = (s: string, h: number, hn: number, copy: boolean) => {
    if (pendingLines > 0 && len > 0) {
      raw('\n'.repeat(pendingLines), pendingLinesAt, 0, false, false);
      pendingSpace = -1;
    }
    pendingLines = 0;
    if (pendingSpace >= 0 && !atLineStart) {
      // The space belongs to hidden text only when it joins two hidden words.
      const h = hidden[hidden.length - 1];
      raw(' ', pendingSpace, 1, pendingSpaceCopy, hiddenDepth > 0 && h !== undefined && h.end === len);
    }
    pendingSpace = -1;
    if (atLineStart && quoteDepth > 0) raw('> '.repeat(quoteDepth), h, 0, false, false);
    raw(s, h, hn, copy, true);
  };

  /** Text that is not in the markup's text but that a reader sees: one word-separated run, mapped to its tag. */
  const shown = (s: string | undefined, h: number, hn: number) => {
    const t = s === undefined ? '' : decodeAttr(s).replace(/\s+/g, ' ').trim();
    if (!t) return;
    if (pendingSpace < 0) {
      pendingSpace = h;
      pendingSpaceCopy = false;
    }
    visible(t, h, hn, false);
    pendingSpace = h;
    pendingSpaceCopy = false;
  };

  const lineBreak = (h: number, n: number) => {
    if (n > pendingLines) {
      pendingLines = n;
      pendingLinesAt = h;
    }
  };

  /** Lines a block boundary leaves; a list inside a list item is part of it, not a new paragraph. */
  const blockLines = (name: string) => ((name === 'ul' || name === 'ol') && lists.length > 0 ? 1 : PARAGRAPH.has(name) ? 2 : 1);

  const pop = (to: number, h: number) => {
    while (stack.length > to) {
      const e = stack.pop()!;
      if (e.after) visible(e.after, h, 0, false);
      openCount.set(e.name, (openCount.get(e.name) ?? 1) - 1);
      if (e.hidden) hiddenDepth--;
      if (e.quote) quoteDepth--;
      if (e.list) lists.pop();
      if (e.name === 'pre') preDepth--;
    }
  };

  const text = (from: number, end: number) => {
    let j = from;
    while (j < end) {
      const c = html.charCodeAt(j);
      if (preDepth > 0 && (c === 10 || c === 13)) {
        pendingLines++;
        pendingLinesAt = j;
        j += c === 13 && html.charCodeAt(j + 1) === 10 ? 2 : 1;
        if (len === 0) pendingLines = 0;
      } else if (preDepth === 0 && isSpace(c)) {
        const from = j;
        while (j < end && isSpace(html.charCodeAt(j))) j++;
        if (pendingSpace < 0) {
          pendingSpace = from;
          pendingSpaceCopy = c === 32 && j === from + 1;
        }
      } else if (c === 38 /* & */) {
        const e = decodeEntity(html, j, end);
        if (e) {
          // A no-break space is a space a reader sees: not collapsed, but plain for the rules.
          visible(e.text === '\u00a0' ? ' ' : e.text, j, e.length, false);
          j += e.length;
        } else {
          visible('&', j, 1, true);
          j++;
        }
      } else {
        let k = j + 1;
        while (k < end) {
          const d = html.charCodeAt(k);
          if (d === 38 || d === 10 || d === 13) break;
          if (preDepth === 0 && isSpace(d)) {
            // A lone ' ' between words is already collapsed: keep it in the run (one copy, not one per word).
            if (d !== 32 || k + 1 >= end) break;
            const e = html.charCodeAt(k + 1);
            if (isSpace(e) || e === 38) break;
          }
          k++;
        }
        visible(html.slice(j, k), j, k - j, true);
        j = k;
      }
    }
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) text(i, end);
    if (lt < 0) break;
    i = lt;
    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const gt = html.indexOf('>', i);
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    if (!isTagStart(html.charCodeAt(nameStart))) {
      visible('<', i, 1, true);
      i++;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < n && /[A-Za-z0-9:-]/.test(html[nameEnd])) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const after = tagEnd(html, nameEnd);
    const attrs = html.slice(nameEnd, html.charCodeAt(after - 1) === 62 ? after - 1 : after);
    const tagAt = i;
    i = after;

    if (closing) {
      if (name === 'br') {
        lineBreak(tagAt, pendingLines + 1);
        continue;
      }
      if (openCount.get(name)) {
        let k = stack.length - 1;
        while (k >= 0 && stack[k].name !== name) k--;
        if (k >= 0) pop(k, tagAt);
      }
      if (BLOCK.has(name)) lineBreak(tagAt, blockLines(name));
      else if (name === 'td' || name === 'th') {
        if (pendingSpace < 0) {
          pendingSpace = tagAt;
          pendingSpaceCopy = false;
        }
      }
      continue;
    }

    const selfClosing = attrs.charCodeAt(attrs.length - 1) === 47;
    if (DROPPED.has(name) && !selfClosing) {
      const re = name === 'head' ? HEAD_END : CLOSERS[name];
      re.lastIndex = i;
      const m = re.exec(html);
      if (m) i = name === 'head' && m[0][1] !== '/' ? m.index : m.index + m[0].length;
      else if (name !== 'head') i = n; // an unclosed script/style swallows the rest, as in a browser
      continue;
    }
    if (name === 'br') {
      lineBreak(tagAt, pendingLines + 1);
      continue;
    }
    if (BLOCK.has(name)) lineBreak(tagAt, blockLines(name));
    if (REPLY_MARKERS.test(attrs)) lineBreak(tagAt, 2);
    if (name === 'td' || name === 'th') {
      if (pendingSpace < 0) {
        pendingSpace = tagAt;
        pendingSpaceCopy = false;
      }
    }
    if (name === 'img' || name === 'area') {
      shown(attrValue(ATTR_ALT, attrs), tagAt, after - tagAt);
      shown(attrValue(ATTR_TITLE, attrs), tagAt, after - tagAt);
    } else if (name === 'input' && !ATTR_TYPE_HIDDEN.test(attrs)) {
      shown(attrValue(ATTR_VALUE, attrs) ?? attrValue(ATTR_PLACEHOLDER, attrs), tagAt, after - tagAt);
    }
    if (VOID.has(name) || selfClosing) continue;
    if (stack.length >= MAX_DEPTH) continue;
    const isList = name === 'ul' || name === 'ol';
    const e: Open = { name, hidden: isHidden(name, attrs), quote: name === 'blockquote', list: isList };
    const pseudo = css?.forElement(name, attrs);
    if (pseudo?.after) e.after = pseudo.after;
    stack.push(e);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (e.hidden) hiddenDepth++;
    if (e.quote) quoteDepth++;
    if (name === 'pre') preDepth++;
    if (isList) lists.push({ ordered: name === 'ol', n: 0 });
    if (name === 'li') {
      const list = lists[lists.length - 1];
      const indent = '  '.repeat(Math.max(0, lists.length - 1));
      const marker = list && list.ordered ? `${++list.n}. ` : '- ';
      // The marker is the reader's, not the writer's: mapped to the <li> tag, not marked hidden.
      const saved = hiddenDepth;
      hiddenDepth = 0;
      visible(indent + marker, tagAt, after - tagAt, false);
      hiddenDepth = saved;
    }
    if (pseudo?.before) visible(pseudo.before, tagAt, 0, false);
  }
  pop(0, n);
  // Stylesheet text whose element cannot be told: read at the end rather than not at all.
  if (css?.unplaced.length) {
    lineBreak(n, 2);
    for (const t of css.unplaced) visible(t + ' ', css.at, 0, false);
  }

  const total = len;

  const find = (t: number): Segment | undefined => {
    let lo = 0;
    let hi = segments.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].t <= t) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best < 0 ? undefined : segments[best];
  };

  const toHtmlOffset = (t: number): number => {
    if (t >= total) return n;
    if (t <= 0 && !segments.length) return 0;
    const s = find(Math.max(0, t));
    if (!s) return 0;
    return s.copy ? s.h + (t - s.t) : s.h;
  };

  const toHtmlRange = (start: number, end: number): Range => {
    const hs = toHtmlOffset(start);
    if (end <= start) return { start: hs, end: hs };
    if (end > total) return { start: hs, end: n };
    const s = find(end - 1);
    if (!s) return { start: hs, end: hs };
    const he = s.copy ? s.h + (end - 1 - s.t) + 1 : s.h + s.hn;
    return { start: hs, end: Math.max(hs, he) };
  };

  return { text: out, toHtmlOffset, toHtmlRange, hidden };
}
