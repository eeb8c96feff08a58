// Stands in for obscenity's pattern module (node_modules/obscenity/dist/pattern/Pattern.js) in the
// event bundle (build/babel-rules.js): `pattern` and `parseRawPattern` with a parser of a few lines
// instead of obscenity's Parser class (which tracks lines and columns for its error messages, and
// brings ParserError along). For every pattern it gives the very same ParsedPattern
// ({ requireWordBoundaryAtStart, requireWordBoundaryAtEnd, nodes }, nodes of SyntaxKind Optional 0,
// Wildcard 1, Literal 2 with code points), and it rejects the same patterns, with a message naming
// the pattern rather than a line and column: test/bundle/obscenity-pattern.test.ts compares the two
// on every pattern the add-in has and on random ones. obscenity's syntax (its Parser.js): `[x]`
// optional, `?` any character, `|` a word boundary at the very start or end, `\` escaping one of
// \ [ ] ? |.
'use strict';
Object.defineProperty(exports, '__esModule', { value: true });

function parseRawPattern(input) {
  var i = 0;
  var fail = function () {
    throw new Error('Not a valid obscenity pattern: ' + JSON.stringify(input));
  };
  var code = function () {
    var c = input.codePointAt(i);
    i += c > 0xffff ? 2 : 1;
    return c;
  };
  var node = function () {
    var c = input[i];
    if (i >= input.length) return undefined;
    if (c === '[') {
      i++;
      if (i >= input.length || input[i] === '[') fail();
      var child = node();
      if (child.kind === 3 || input[i] !== ']') fail();
      i++;
      return { kind: 0, childNode: child };
    }
    if (c === ']') fail();
    if (c === '?' || c === '|') {
      i++;
      return { kind: c === '?' ? 1 : 3 };
    }
    var chars = [];
    while (i < input.length && '[]?|'.indexOf(input[i]) < 0) {
      c = code();
      if (c === 92) {
        if (i >= input.length) fail();
        c = code();
        if ([92, 91, 93, 63, 124].indexOf(c) < 0) fail();
      }
      chars.push(c);
    }
    return { kind: 2, chars: chars };
  };
  var nodes = [];
  var first = node();
  var start = first !== undefined && first.kind === 3;
  var end = false;
  if (first !== undefined && !start) nodes.push(first);
  while (i < input.length) {
    var next = node();
    if (next.kind !== 3) nodes.push(next);
    else if (i < input.length) fail();
    else end = true;
  }
  return { requireWordBoundaryAtStart: start, requireWordBoundaryAtEnd: end, nodes: nodes };
}

/** The template tag: its raw text, with any ${…} values written in, parsed. */
function pattern(strings) {
  var text = strings.raw[0];
  for (var k = 1; k < arguments.length; k++) text += String(arguments[k]) + strings.raw[k];
  return parseRawPattern(text);
}

exports.pattern = pattern;
exports.parseRawPattern = parseRawPattern;
