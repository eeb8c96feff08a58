// Where JSON text first goes wrong, and why, in words for whoever edits the policy file.
// JSON.parse's messages differ between engines (some give a position, some quote the text, some
// neither), so after JSON.parse fails this small scanner finds the place itself. Iterative, linear.

export interface JsonSyntaxError {
  /** UTF-16 offset of the first character that cannot be right. */
  offset: number;
  line: number;
  column: number;
  reason: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

function describe(c: string | undefined): string {
  if (c === undefined) return 'the end of the file';
  if (c === '\n' || c === '\r') return 'a line break';
  return `"${c}"`;
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const fail = (reason: string): JsonSyntaxError => ({ offset: i, ...position(text, i), reason });
  const skip = () => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  /** Context stack: what the scanner is inside and what it expects next. */
  const stack: ('object' | 'array')[] = [];
  type Expect = 'value' | 'key' | 'colon' | 'comma-or-close' | 'first-key-or-close' | 'first-value-or-close';
  let expect: Expect = 'value';

  const scanString = (): JsonSyntaxError | null => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('a \\u escape needs four hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail(`${describe(e)} cannot follow a backslash in a string`);
        continue;
      }
      if (c < ' ') return fail('a string cannot contain a line break or control character; close the quote first');
      i++;
    }
    return fail('a string is not closed with "');
  };

  const afterValue = () => {
    expect = stack.length ? 'comma-or-close' : 'value';
  };

  skip();
  if (i >= text.length) return fail('the file is empty');
  let done = false;
  while (true) {
    skip();
    const c = text[i];
    if (done) return i < text.length ? fail(`${describe(c)} after the end of the settings; remove it`) : null;
    if (expect === 'value' || expect === 'first-value-or-close') {
      if (c === ']' && expect === 'first-value-or-close') {
        stack.pop();
        i++;
        afterValue();
        if (!stack.length) done = true;
        continue;
      }
      if (c === '{') {
        stack.push('object');
        i++;
        expect = 'first-key-or-close';
        continue;
      }
      if (c === '[') {
        stack.push('array');
        i++;
        expect = 'first-value-or-close';
        continue;
      }
      if (c === '"') {
        const e = scanString();
        if (e) return e;
      } else if (c !== undefined && /[-0-9]/.test(c)) {
        const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
        if (!m) return fail(`${describe(c)} does not start a valid number`);
        i += m[0].length;
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (c === "'") return fail('strings need double quotes (") in JSON, not single quotes');
      else if (c !== undefined && /[A-Za-z]/.test(c)) {
        const word = /^[A-Za-z_]+/.exec(text.slice(i, i + 20))![0];
        return fail(`"${word}" is not a value; text needs double quotes, and true, false and null are lower case`);
      }
      else return fail(c === undefined ? 'the file ends where a value was expected' : `${describe(c)} is not a value; expected a string in double quotes, a number, true, false, null, { or [`);
      afterValue();
      if (!stack.length) done = true;
      continue;
    }
    if (expect === 'key' || expect === 'first-key-or-close') {
      if (c === '}' && expect === 'first-key-or-close') {
        stack.pop();
        i++;
        afterValue();
        if (!stack.length) done = true;
        continue;
      }
      if (c !== '"') {
        return fail(
          c === '}' ? 'a comma before } is not allowed in JSON; remove the last comma' : c === undefined ? 'the file ends inside { … }' : `${describe(c)} cannot start a setting name; names need double quotes`,
        );
      }
      const e = scanString();
      if (e) return e;
      expect = 'colon';
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return fail(`expected ":" after the setting name, found ${describe(c)}`);
      i++;
      expect = 'value';
      continue;
    }
    // comma-or-close
    const top = stack[stack.length - 1];
    const close = top === 'object' ? '}' : ']';
    if (c === ',') {
      i++;
      skip();
      if (text[i] === close) return fail(`a comma before ${close} is not allowed in JSON; remove the last comma`);
      expect = top === 'object' ? 'key' : 'value';
      continue;
    }
    if (c === close) {
      stack.pop();
      i++;
      afterValue();
      if (!stack.length) done = true;
      continue;
    }
    return fail(c === undefined ? `the file ends before the closing ${close}` : `expected "," or "${close}", found ${describe(c)} (a missing comma?)`);
  }
}
