// The slice of OData $filter that Microsoft Graph accepts on Outlook messages for extended
// properties, and nothing more: shapes Graph rejects are rejected here too (as Graph does, with a
// 400), so the client cannot pass a test with a query that would fail on a real tenant.
//   singleValueExtendedProperties/any(ep: ep/id eq '<id>')
//   singleValueExtendedProperties/any(ep: ep/id eq '<id>' and <value test>)
//     value test: ep/value eq|ne '<s>', contains(ep/value,'<s>'), startswith(ep/value,'<s>')
//                 (strings; case-insensitive), cast(ep/value, Edm.Int32) eq|ne|gt|ge|lt|le N
//   sentDateTime|receivedDateTime eq|ne|gt|ge|lt|le <DateTimeOffset>
// joined by `and`. Not supported (400): `or` between clauses, not(), value tests without an id
// test, any() on other collections, unknown properties.

export interface FilterableMessage {
  sentDateTime: string;
  receivedDateTime: string;
  props: Map<string, { id: string; value: string }>;
}

export class FilterError extends Error {
  constructor(
    readonly code: 'BadRequest' | 'ErrorInvalidUrlQueryFilter',
    message: string,
  ) {
    super(message);
  }
}

type Tok = { t: 'str' | 'id' | 'lit' | 'p'; v: string };

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ') {
      i++;
    } else if (c === '(' || c === ')' || c === ',' || c === ':') {
      out.push({ t: 'p', v: c });
      i++;
    } else if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= s.length) throw new FilterError('BadRequest', 'Invalid filter clause: unterminated string literal.');
        if (s[i] === "'") {
          if (s[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += s[i++];
      }
      out.push({ t: 'str', v });
    } else {
      const m = /^[A-Za-z_][\w./]*|^-?\d[\w:.+-]*/.exec(s.slice(i));
      if (!m) throw new FilterError('BadRequest', `Invalid filter clause: syntax error at position ${i}.`);
      out.push({ t: /^[A-Za-z_]/.test(m[0]) ? 'id' : 'lit', v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

export type Predicate = (m: FilterableMessage) => boolean;

const CMP = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

function compare(op: string, a: number, b: number): boolean {
  switch (op) {
    case 'eq': return a === b;
    case 'ne': return a !== b;
    case 'gt': return a > b;
    case 'ge': return a >= b;
    case 'lt': return a < b;
    default: return a <= b;
  }
}

/** Canonical id for matching: case-insensitive type/tag/GUID, case-sensitive Name (as Graph documents). */
export function canonicalId(id: string): string | undefined {
  const tag = /^(Binary|Integer|String|Boolean|SystemTime|Long|Double|Float|Short|Guid|CLSID)\s+0x([0-9a-f]{1,4})$/i.exec(id.trim());
  if (tag) return `${tag[1].toLowerCase()} 0x${parseInt(tag[2], 16).toString(16)}`;
  const named = /^(Binary|Integer|String|Boolean|SystemTime|Long|Double|Float|Short|Guid|CLSID)\s+\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}\s+(Name\s+.+|Id\s+0x[0-9a-f]+)$/i.exec(id.trim());
  if (named) {
    const rest = /^Name\s+(.+)$/i.exec(named[3]);
    return `${named[1].toLowerCase()} {${named[2].toLowerCase()}} ${rest ? `name ${rest[1]}` : named[3].toLowerCase()}`;
  }
  return undefined;
}

export function parseFilter(text: string): Predicate {
  const toks = tokenize(text);
  let p = 0;
  const peek = () => toks[p];
  const next = () => {
    const t = toks[p++];
    if (!t) throw new FilterError('BadRequest', 'Invalid filter clause: unexpected end of expression.');
    return t;
  };
  const expect = (t: Tok['t'], v?: string) => {
    const k = next();
    if (k.t !== t || (v !== undefined && k.v !== v)) throw new FilterError('BadRequest', `Invalid filter clause: expected ${v ?? t} but found "${k.v}".`);
    return k;
  };

  function anyClause(): Predicate {
    expect('p', '(');
    const v = expect('id').v;
    expect('p', ':');
    const idRef = expect('id');
    if (idRef.v !== `${v}/id`) throw new FilterError('ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes: an extended property filter must start with an id test.');
    expect('id', 'eq');
    const idText = expect('str').v;
    const key = canonicalId(idText);
    if (!key) throw new FilterError('BadRequest', `The extended property id "${idText}" is not valid.`);
    let valueTest: ((value: string) => boolean) | undefined;
    if (peek()?.t === 'id' && peek().v === 'and') {
      next();
      valueTest = valueClause(v);
    }
    if (peek()?.t === 'id' && peek().v === 'or') throw new FilterError('ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.');
    expect('p', ')');
    return (m) => {
      const prop = m.props.get(key);
      return !!prop && (!valueTest || valueTest(prop.value));
    };
  }

  function valueClause(v: string): (value: string) => boolean {
    const t = next();
    if (t.t === 'id' && (t.v === 'contains' || t.v === 'startswith')) {
      expect('p', '(');
      expect('id', `${v}/value`);
      expect('p', ',');
      const needle = expect('str').v.toLowerCase();
      expect('p', ')');
      return t.v === 'contains' ? (x) => x.toLowerCase().includes(needle) : (x) => x.toLowerCase().startsWith(needle);
    }
    if (t.t === 'id' && t.v === 'cast') {
      expect('p', '(');
      expect('id', `${v}/value`);
      expect('p', ',');
      const type = expect('id').v;
      if (type !== 'Edm.Int32' && type !== 'Edm.Int64') throw new FilterError('ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.');
      expect('p', ')');
      const op = expect('id').v;
      if (!CMP.has(op)) throw new FilterError('BadRequest', `Invalid filter clause: unknown operator "${op}".`);
      const n = Number(expect('lit').v);
      return (x) => /^-?\d+$/.test(x) && compare(op, Number(x), n);
    }
    if (t.t === 'id' && t.v === `${v}/value`) {
      const op = expect('id').v;
      if (op !== 'eq' && op !== 'ne') throw new FilterError('ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes: a string value supports eq, ne, contains and startswith only.');
      const s = expect('str').v.toLowerCase();
      return op === 'eq' ? (x) => x.toLowerCase() === s : (x) => x.toLowerCase() !== s;
    }
    throw new FilterError('ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.');
  }

  function clause(): Predicate {
    const t = next();
    if (t.t === 'id' && t.v === 'singleValueExtendedProperties/any') return anyClause();
    if (t.t === 'id' && (t.v === 'sentDateTime' || t.v === 'receivedDateTime')) {
      const op = expect('id').v;
      if (!CMP.has(op)) throw new FilterError('BadRequest', `Invalid filter clause: unknown operator "${op}".`);
      const lit = expect('lit').v;
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(lit)) {
        throw new FilterError('BadRequest', `Invalid filter clause: "${lit}" is not a DateTimeOffset.`);
      }
      const at = Date.parse(lit);
      const field = t.v;
      return (m) => compare(op, Date.parse(m[field]), at);
    }
    if (t.t === 'id' && (t.v === 'not' || t.v.endsWith('/any') || t.v.endsWith('/all'))) {
      throw new FilterError('ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.');
    }
    throw new FilterError('BadRequest', `Could not find a property named '${t.v}' on type 'microsoft.graph.message'.`);
  }

  const preds: Predicate[] = [clause()];
  while (p < toks.length) {
    const t = next();
    if (t.t === 'id' && t.v === 'and') preds.push(clause());
    else if (t.t === 'id' && t.v === 'or') throw new FilterError('ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.');
    else throw new FilterError('BadRequest', `Invalid filter clause: unexpected "${t.v}".`);
  }
  return (m) => preds.every((f) => f(m));
}

/** `singleValueExtendedProperties($filter=id eq 'A' or id eq 'B')` → canonical ids; anything else throws. */
export function parseExpand(text: string): string[] {
  const m = /^singleValueExtendedProperties\(\$filter=(.+)\)$/.exec(text.trim());
  if (!m) throw new FilterError('BadRequest', `Parsing OData Select and Expand failed: could not expand '${text.split('(')[0]}'.`);
  const parts = m[1].split(/\s+or\s+/);
  return parts.map((part) => {
    const pm = /^id eq '((?:[^']|'')+)'$/.exec(part.trim());
    const key = pm ? canonicalId(pm[1].replace(/''/g, "'")) : undefined;
    if (!key) throw new FilterError('BadRequest', 'Invalid $expand: extended properties are expanded with id eq \'...\' clauses joined by or.');
    return key;
  });
}
