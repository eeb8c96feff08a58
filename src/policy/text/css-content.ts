// Text a stylesheet adds to the page: `content` in ::before/::after rules (issue #18, finding 4).
// A reader sees it as part of the message, so the rules must read it too. Only what is needed for
// that: <style> blocks are found with indexOf (linear), each rule's last compound selector is
// reduced to a tag, an id or a class to look rules up by, and anything more complex is "unplaced"
// (read at the end of the message rather than not at all).

export interface PseudoContent {
  before: string;
  after: string;
}

export interface CssContent {
  /** Text a ::before/::after rule adds to an element with this tag name, id and classes. */
  forElement(tag: string, attrs: string): PseudoContent | undefined;
  /** Text from rules whose element cannot be told from the selector. */
  unplaced: string[];
  /** Where the first stylesheet with such text starts in the HTML (for mapping unplaced text). */
  at: number;
}

/** More rules than this in one message are not read (a cap against hostile stylesheets). */
const MAX_RULES = 1000;
const PSEUDO = /::?(before|after)\s*$/i;
const CONTENT = /(?:^|[;{\s])content\s*:\s*(?:"((?:[^"\\\n]|\\[\s\S])*)"|'((?:[^'\\\n]|\\[\s\S])*)')/i;
const SIMPLE = /^([a-z][a-z0-9-]*|\*)?((?:[#.][A-Za-z0-9_-]+)*)$/i;
const ATTR_CLASS = /(?:^|\s)class\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const ATTR_ID = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

interface Rule {
  tag?: string;
  ids: string[];
  classes: string[];
  where: 'before' | 'after';
  text: string;
}

/** CSS string escapes: "\2022 " is U+2022, "\'" is "'". */
function unescapeCss(s: string): string {
  return s.replace(/\\([0-9a-fA-F]{1,6})\s?|\\([\s\S])/g, (_m, hex: string | undefined, ch: string | undefined) => {
    if (hex) {
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ch === '\n' ? '' : ch ?? '';
  });
}

/** CSS without its comments (indexOf, so an unclosed comment costs one scan, not one per "/*"). */
function stripComments(css: string): string {
  let out = '';
  let i = 0;
  for (let c = css.indexOf('/*'); c >= 0; c = css.indexOf('/*', i)) {
    out += css.slice(i, c) + ' ';
    const e = css.indexOf('*/', c + 2);
    if (e < 0) return out;
    i = e + 2;
  }
  return out + css.slice(i);
}

function attr(re: RegExp, attrs: string): string | undefined {
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Parse the ::before/::after content rules of every <style> block; undefined when there are none. */
export function cssContent(html: string): CssContent | undefined {
  const lower = html.toLowerCase();
  if (lower.indexOf('content') < 0 || lower.indexOf('<style') < 0) return undefined;
  const index = new Map<string, Rule[]>();
  const unplaced: string[] = [];
  let at = -1;
  let count = 0;
  for (let open = lower.indexOf('<style'); open >= 0 && count < MAX_RULES; open = lower.indexOf('<style', open + 6)) {
    const gt = lower.indexOf('>', open);
    if (gt < 0) break;
    const close = lower.indexOf('</style', gt);
    const css = stripComments(html.slice(gt + 1, close < 0 ? html.length : close));
    for (const chunk of css.split('}')) {
      if (count >= MAX_RULES) break;
      const brace = chunk.indexOf('{');
      if (brace < 0) continue;
      const m = CONTENT.exec(chunk.slice(brace));
      if (!m) continue;
      // Spaces are kept: "Your one-time " and "code" are two words when they meet.
      const text = unescapeCss(m[1] ?? m[2] ?? '');
      if (!text.trim()) continue;
      // An @media block's own selector precedes the rule's: keep what follows the last '{'.
      const selectors = chunk.slice(chunk.lastIndexOf('{', brace - 1) + 1, brace);
      for (const sel of selectors.split(',')) {
        const p = PSEUDO.exec(sel);
        if (!p) continue;
        if (at < 0) at = open;
        count++;
        const compound = sel.slice(0, p.index).trim().split(/[\s>+~]+/).pop() ?? '';
        const s = SIMPLE.exec(compound);
        if (!s || (!s[1] && !s[2])) {
          unplaced.push(text);
          continue;
        }
        const parts = s[2].match(/[#.][A-Za-z0-9_-]+/g) ?? [];
        const rule: Rule = {
          tag: s[1] && s[1] !== '*' ? s[1].toLowerCase() : undefined,
          ids: parts.filter((x) => x[0] === '#').map((x) => x.slice(1)),
          classes: parts.filter((x) => x[0] === '.').map((x) => x.slice(1)),
          where: p[1].toLowerCase() === 'before' ? 'before' : 'after',
          text,
        };
        const key = rule.ids.length ? '#' + rule.ids[0] : rule.classes.length ? '.' + rule.classes[0] : rule.tag ? rule.tag : '*';
        if (key === '*') {
          unplaced.push(text);
          continue;
        }
        const list = index.get(key) ?? [];
        list.push(rule);
        index.set(key, list);
      }
    }
    if (close < 0) break;
  }
  if (!index.size && !unplaced.length) return undefined;
  return {
    unplaced,
    at: Math.max(0, at),
    forElement(tag, attrs) {
      const id = attr(ATTR_ID, attrs);
      const classes = [...new Set((attr(ATTR_CLASS, attrs) ?? '').split(/\s+/).filter(Boolean))];
      const keys = [tag, ...(id ? ['#' + id] : []), ...classes.map((c) => '.' + c)];
      let before = '';
      let after = '';
      for (const key of keys) {
        for (const r of index.get(key) ?? []) {
          if (r.tag && r.tag !== tag) continue;
          if (r.ids.some((x) => x !== id)) continue;
          if (r.classes.some((x) => !classes.includes(x))) continue;
          if (r.where === 'before') before += r.text;
          else after += r.text;
        }
      }
      return before || after ? { before, after } : undefined;
    },
  };
}
