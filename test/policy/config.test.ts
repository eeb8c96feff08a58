// The policy file: the shipped file, the minimal file with defaults, typos named by key path,
// JSON syntax errors by line and column, and ajv (a full draft-07 validator) agreeing with ours.
import Ajv from 'ajv';
import fs from 'fs';
import path from 'path';
import {
  DEFAULT_DISCLAIMER,
  DEFAULT_THRESHOLDS,
  POLICY_SCHEMA,
  isPolicyError,
  parsePolicyText,
  resolvePolicy,
  validateAgainstSchema,
  type PolicyProblem,
} from '../../src/policy/config';
import { DEFAULT_RETENTION_LABELS } from '../../src/policy/data/retention-schedule';
import { RULE_IDS } from '../../src/policy/rule-ids';

const ROOT = path.resolve(__dirname, '../..');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'policy/policy.schema.json'), 'utf8'));
const SHIPPED = JSON.parse(fs.readFileSync(path.join(ROOT, 'policy/ware-town-council.json'), 'utf8'));
const MINIMAL = {
  organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'] },
  roles: { councillors: ['cllr.ada.lovelace@waretowncouncil.gov.uk'], officers: ['clerk@waretowncouncil.gov.uk'] },
};

function problemsOf(raw: unknown): PolicyProblem[] {
  try {
    resolvePolicy(raw);
  } catch (e) {
    if (isPolicyError(e)) return e.problems;
    throw e;
  }
  return [];
}

const ajv = new Ajv({ allErrors: true, strict: false });
const ajvValidate = ajv.compile(SCHEMA);

describe('valid policy files', () => {
  it('the shipped policy/ware-town-council.json is valid', () => {
    expect(problemsOf(SHIPPED)).toEqual([]);
    const c = resolvePolicy(SHIPPED);
    expect(c.organisation.domains).toEqual(['waretowncouncil.gov.uk']);
    expect(c.roles.councillors).toContain('cllr.ada.lovelace@waretowncouncil.gov.uk');
    expect(c.partnerDomains).toEqual(['eastherts.gov.uk', 'hertfordshire.gov.uk']);
  });

  it('only organisation{name,domains} and roles{councillors,officers} is valid and gets every default', () => {
    const c = resolvePolicy(MINIMAL);
    expect(c.mode).toBe('enforce');
    expect(c.onError).toBe('allow');
    expect(c.levels).toEqual({});
    expect(c.ruleModes).toEqual({});
    expect(c.allowOverride).toEqual([]);
    expect(c.disclaimer).toBe(DEFAULT_DISCLAIMER);
    expect(c.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(c.personalDomains).toContain('gmail.com');
    expect(c.partnerDomains).toEqual([]);
    expect(c.retention.labels).toEqual(DEFAULT_RETENTION_LABELS);
    expect(c.retention.labels.some((l) => l.id === c.retention.defaultLabel)).toBe(true);
    expect(c.roles.source).toBe('file');
    expect(c.version).toBe('unversioned');
  });

  it('addresses and domains are compared lower-case', () => {
    const c = resolvePolicy({ ...MINIMAL, roles: { councillors: ['Cllr.Ada@WareTownCouncil.gov.uk'], officers: [] } });
    expect(c.roles.councillors).toEqual(['cllr.ada@waretowncouncil.gov.uk']);
  });

  it('partial thresholds keep the other defaults', () => {
    const c = resolvePolicy({ ...MINIMAL, thresholds: { shoutingWords: 6 } });
    expect(c.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, shoutingWords: 6 });
  });

  it('every rule id can be given a level', () => {
    const levels = Object.fromEntries(RULE_IDS.map((id) => [id, 'warn']));
    expect(problemsOf({ ...MINIMAL, levels })).toEqual([]);
  });
});

// Each bad file and the key path(s) its problem must name.
const BAD: [string, Record<string, unknown>, string[]][] = [
  ['typo in a top-level key ("levles")', { ...MINIMAL, levles: {} }, ['levles']],
  ['typo in a rule id ("tone/abusiv")', { ...MINIMAL, levels: { 'tone/abusiv': 'block' } }, ['levels.tone/abusiv']],
  ['a level that is not a level ("error")', { ...MINIMAL, levels: { 'tone/abusive': 'error' } }, ['levels.tone/abusive']],
  ['mode "enforcing"', { ...MINIMAL, mode: 'enforcing' }, ['mode']],
  ['ruleModes with a bad mode', { ...MINIMAL, ruleModes: { 'tone/abusive': 'strict' } }, ['ruleModes.tone/abusive']],
  ['a domain with a space and capitals', { ...MINIMAL, organisation: { name: 'Ware', domains: ['Ware Town.gov.uk'] } }, ['organisation.domains[0]']],
  ['a domain with no dot', { ...MINIMAL, organisation: { name: 'Ware', domains: ['localhost'] } }, ['organisation.domains[0]']],
  ['no domains', { ...MINIMAL, organisation: { name: 'Ware', domains: [] } }, ['organisation.domains']],
  ['missing roles.officers', { ...MINIMAL, roles: { councillors: [] } }, ['roles.officers']],
  ['missing roles altogether', { organisation: MINIMAL.organisation }, ['roles']],
  ['missing organisation.name', { ...MINIMAL, organisation: { domains: ['waretowncouncil.gov.uk'] } }, ['organisation.name']],
  ['a councillor that is not an address', { ...MINIMAL, roles: { councillors: ['Ada Lovelace'], officers: [] } }, ['roles.councillors[0]']],
  ['a threshold as a string', { ...MINIMAL, thresholds: { shoutingWords: '4' } }, ['thresholds.shoutingWords']],
  ['a threshold below its minimum', { ...MINIMAL, thresholds: { visibleExternalRecipients: 0 } }, ['thresholds.visibleExternalRecipients']],
  ['a threshold that is not whole', { ...MINIMAL, thresholds: { exclamationRun: 2.5 } }, ['thresholds.exclamationRun']],
  ['onError "deny"', { ...MINIMAL, onError: 'deny' }, ['onError']],
  ['a disclaimer too short to be one', { ...MINIMAL, disclaimer: 'Mine.' }, ['disclaimer']],
  ['policyUrl over http', { ...MINIMAL, organisation: { ...MINIMAL.organisation, policyUrl: 'http://example.com' } }, ['organisation.policyUrl']],
  ['allowOverride naming an unknown rule', { ...MINIMAL, allowOverride: ['tone/rude'] }, ['allowOverride[0]']],
  ['the top level is an array', [] as unknown as Record<string, unknown>, ['']],
  ['two problems are both named', { ...MINIMAL, mode: 'on', levles: {} }, ['mode', 'levles']],
];

describe('invalid policy files name the key', () => {
  it.each(BAD)('%s', (_name, raw, paths) => {
    const problems = problemsOf(raw);
    expect(problems.map((p) => p.path).sort()).toEqual([...paths].sort());
  });

  it('a typo gets a "did you mean"', () => {
    const [p] = problemsOf({ ...MINIMAL, levles: {} });
    expect(p.message).toMatch(/Did you mean "levels"\?/);
    const [q] = problemsOf({ ...MINIMAL, levels: { 'tone/abusiv': 'block' } });
    expect(q.message).toMatch(/Did you mean "tone\/abusive"\?/);
  });

  it.each([
    ['the same address as councillor and officer', { ...MINIMAL, roles: { councillors: ['a@waretowncouncil.gov.uk'], officers: ['A@waretowncouncil.gov.uk'] } }, 'roles'],
    ['defaultLabel that is no label', { ...MINIMAL, retention: { defaultLabel: 'nope' } }, 'retention.defaultLabel'],
  ])('cross-field: %s', (_name, raw, pathName) => {
    expect(problemsOf(raw).map((p) => p.path)).toEqual([pathName]);
  });
});

describe('broken JSON gives line and column', () => {
  it.each([
    ['trailing comma', '{\n  "organisation": {},\n}', 3, 1],
    ['missing comma between settings', '{\n  "mode": "warn"\n  "onError": "allow"\n}', 3, 3],
    ['single quotes', "{\n  'mode': 'warn'\n}", 2, 3],
    ['unclosed object', '{\n  "mode": "warn"\n', 3, 1],
    ['misspelt true', '{\n  "x": ture\n}', 2, 8],
    ['empty file', '', 1, 1],
    ['after a byte-order mark', '\uFEFF{\n  "mode": "warn",\n}', 3, 1],
  ])('%s', (_name, text, line, column) => {
    try {
      parsePolicyText(text);
      throw new Error('expected a PolicyError');
    } catch (e) {
      if (!isPolicyError(e)) throw e;
      expect(e.problems).toHaveLength(1);
      expect([e.problems[0].line, e.problems[0].column]).toEqual([line, column]);
      expect(e.problems[0].message).toContain(`line ${line}, column ${column}`);
    }
  });
});

describe('the JSON Schema and our validator agree', () => {
  it('policy.schema.json is itself a valid draft-07 schema', () => {
    expect(SCHEMA.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(ajv.validateSchema(SCHEMA)).toBe(true);
  });

  it('the schema uses only keywords our validator implements (else ours would be silently lax)', () => {
    const implemented = new Set(['$schema', '$id', 'title', 'description', 'type', 'properties', 'additionalProperties', 'required', 'items', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems']);
    const used = new Set<string>();
    const walk = (s: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(s)) {
        used.add(k);
        if (k === 'properties') Object.values(v as Record<string, Record<string, unknown>>).forEach(walk);
        else if (k === 'items') walk(v as Record<string, unknown>);
      }
    };
    walk(SCHEMA);
    expect([...used].filter((k) => !implemented.has(k))).toEqual([]);
  });

  it('the config module validates against the same schema file', () => {
    expect(POLICY_SCHEMA).toEqual(SCHEMA);
  });

  const cases: [string, unknown][] = [
    ['shipped', SHIPPED],
    ['minimal', MINIMAL],
    ...BAD.map(([name, raw]): [string, unknown] => [name, raw]),
  ];
  it.each(cases)('ajv agrees: %s', (_name, raw) => {
    const ours = validateAgainstSchema(raw);
    const theirs = ajvValidate(raw);
    expect(ours.length === 0).toBe(theirs);
    if (!theirs) {
      // ajv's instancePath is a JSON pointer; the paths it names are the ones we name.
      const toPath = (e: { instancePath: string; params: Record<string, unknown>; keyword: string }) => {
        const parts = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
        if (e.keyword === 'required') parts.push(String(e.params.missingProperty));
        if (e.keyword === 'additionalProperties') parts.push(String(e.params.additionalProperty));
        return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
      };
      expect(new Set(ours.map((p) => p.path))).toEqual(new Set((ajvValidate.errors ?? []).map(toPath)));
    }
  });
});
