// The council corpus (data/council-corpus/<class>.jsonl, issue #17; format and protocol in
// data/council-corpus/PROTOCOL.md): loads every class file and validates each field, with errors that
// name the file and line. Also checks the split-by-voice rule: within a class a voice is in one split.
import fs from 'fs';
import path from 'path';

export type CorpusSplit = 'train' | 'dev' | 'test';
export type CorpusRole = 'councillor' | 'officer' | 'resident' | 'contractor';
export type CorpusLevel = 'block' | 'warn';

export interface CorpusItem {
  id: string;
  class: string;
  label: 0 | 1;
  text: string;
  voice: string;
  role: CorpusRole;
  kind: 'sentence' | 'email';
  split: CorpusSplit;
  recipient: 'internal' | 'external';
  rule: string;
  level: CorpusLevel;
  /**
   * Which locked test a `test` item belongs to: "v2" (written 2026-12-06, the default for a test item
   * without the field) or "v3" (written later the same day, in new voices); undefined outside `test`.
   */
  set?: string;
  /** Where it came from, for messages: "threat.jsonl:12". */
  where: string;
}

/** Each class, the rule that must act on its positives and that rule's level. */
export const CORPUS_CLASSES: Readonly<Record<string, { rule: string; level: CorpusLevel; alsoRules?: Readonly<Record<string, CorpusLevel>> }>> = {
  instruction: { rule: 'instructions/councillor', level: 'block' },
  harassment: { rule: 'tone/harassment', level: 'block' },
  threat: { rule: 'tone/threat', level: 'block' },
  discrimination: { rule: 'tone/discriminatory', level: 'block' },
  'disguised-abuse': { rule: 'tone/abusive', level: 'block' },
  impolite: { rule: 'tone/impolite', level: 'warn' },
  confidential: { rule: 'confidential/external', level: 'block' },
  'special-category': { rule: 'personal-data/special-category', level: 'block', alsoRules: { 'personal-data/external': 'warn' } },
  credentials: { rule: 'credentials/secret', level: 'block' },
  advertising: { rule: 'solicitation/advertising', level: 'warn' },
};

const FIELDS = ['id', 'class', 'label', 'text', 'voice', 'role', 'kind', 'split', 'recipient', 'rule', 'level', 'set'];
/** The locked test a `test` item without a "set" belongs to. */
const FIRST_SET = 'v2';
const ROLES: readonly string[] = ['councillor', 'officer', 'resident', 'contractor'];
const SPLITS: readonly string[] = ['train', 'dev', 'test'];

export class CorpusError extends Error {}

function oneOf(where: string, field: string, value: unknown, allowed: readonly string[]): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new CorpusError(`${where}: "${field}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, not ${JSON.stringify(value)}.`);
  }
  return value;
}

function text(where: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) throw new CorpusError(`${where}: "${field}" must be a non-empty string, not ${JSON.stringify(value)}.`);
  return value;
}

/** Validate one parsed line of `<cls>.jsonl`. */
export function validateItem(raw: unknown, cls: string, where: string): CorpusItem {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new CorpusError(`${where}: each line must be one JSON object.`);
  const o = raw as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !FIELDS.includes(k));
  if (unknown.length) throw new CorpusError(`${where}: unknown field ${unknown.map((k) => `"${k}"`).join(', ')}; the fields are ${FIELDS.join(', ')}.`);
  const spec = CORPUS_CLASSES[cls];
  const id = text(where, 'id', o.id);
  if (o.class !== cls) throw new CorpusError(`${where}: "class" is ${JSON.stringify(o.class)} but the file is ${cls}.jsonl.`);
  if (o.label !== 0 && o.label !== 1) throw new CorpusError(`${where}: "label" must be 1 (positive) or 0 (innocent neighbour), not ${JSON.stringify(o.label)}.`);
  const label = o.label;
  const role = oneOf(where, 'role', o.role, ROLES) as CorpusRole;
  const kind = oneOf(where, 'kind', o.kind, ['sentence', 'email']) as CorpusItem['kind'];
  const split = oneOf(where, 'split', o.split, SPLITS) as CorpusSplit;
  const recipient = (o.recipient === undefined ? 'external' : oneOf(where, 'recipient', o.recipient, ['internal', 'external'])) as CorpusItem['recipient'];
  const allowedRules = { [spec.rule]: spec.level, ...spec.alsoRules };
  if (label === 1 && o.rule === undefined) throw new CorpusError(`${where}: a positive needs "rule" (${Object.keys(allowedRules).join(' or ')}).`);
  const rule = o.rule === undefined ? spec.rule : oneOf(where, 'rule', o.rule, Object.keys(allowedRules));
  if (label === 1 && o.level === undefined) throw new CorpusError(`${where}: a positive needs "level" ("${allowedRules[rule]}").`);
  const level = (o.level === undefined ? allowedRules[rule] : oneOf(where, 'level', o.level, ['block', 'warn'])) as CorpusLevel;
  if (level !== allowedRules[rule]) throw new CorpusError(`${where}: "level" for ${rule} is "${allowedRules[rule]}", not "${level}".`);
  const t = text(where, 'text', o.text);
  if (kind === 'sentence' && t.includes('\n')) throw new CorpusError(`${where}: a "sentence" has no line breaks; use "kind": "email".`);
  if (o.set !== undefined && (split !== 'test' || typeof o.set !== 'string' || !/^v[0-9]+$/.test(o.set))) {
    throw new CorpusError(`${where}: "set" names a locked test ("v2", "v3", …) and only a "test" item has one, not ${JSON.stringify(o.set)} on a "${split}" item.`);
  }
  const item: CorpusItem = { id, class: cls, label, text: t, voice: text(where, 'voice', o.voice), role, kind, split, recipient, rule, level, where };
  if (split === 'test') item.set = (o.set as string | undefined) ?? FIRST_SET;
  return item;
}

/** Load and validate every `<class>.jsonl` in `dir` (or only `classes`). Throws CorpusError naming file and line. */
export function loadCouncilCorpus(dir: string, classes?: readonly string[]): CorpusItem[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CorpusError(`${dir} is not a folder of <class>.jsonl files.`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const items: CorpusItem[] = [];
  const ids = new Map<string, string>();
  for (const file of files) {
    const cls = file.slice(0, -'.jsonl'.length);
    if (!CORPUS_CLASSES[cls]) throw new CorpusError(`${file}: unknown class "${cls}"; the classes are ${Object.keys(CORPUS_CLASSES).join(', ')}.`);
    if (classes && !classes.includes(cls)) continue;
    const voiceSplit = new Map<string, { split: string; where: string }>();
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const where = `${file}:${i + 1}`;
      if (!line.trim()) {
        if (i === lines.length - 1) return;
        throw new CorpusError(`${where}: blank line; each line must be one JSON object.`);
      }
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        throw new CorpusError(`${where}: not valid JSON (${(e as Error).message}).`);
      }
      const item = validateItem(raw, cls, where);
      const dup = ids.get(item.id);
      if (dup) throw new CorpusError(`${where}: id "${item.id}" is already used at ${dup}.`);
      ids.set(item.id, where);
      const seen = voiceSplit.get(item.voice);
      if (seen && seen.split !== item.split) {
        throw new CorpusError(`${where}: voice "${item.voice}" is in split "${item.split}" but in "${seen.split}" at ${seen.where}; a voice belongs to one split per class.`);
      }
      if (!seen) voiceSplit.set(item.voice, { split: item.split, where });
      items.push(item);
    });
  }
  if (classes) for (const c of classes) if (!files.includes(`${c}.jsonl`)) throw new CorpusError(`${dir} has no ${c}.jsonl.`);
  return items;
}

export interface CorpusCounts {
  positives: Record<CorpusSplit, number>;
  neighbours: Record<CorpusSplit, number>;
  voices: number;
}

/** Positives and neighbours per split, and voices, for each class present. */
export function corpusCounts(items: readonly CorpusItem[]): Record<string, CorpusCounts> {
  const out: Record<string, CorpusCounts> = {};
  const voices: Record<string, Set<string>> = {};
  for (const it of items) {
    const c = (out[it.class] ??= { positives: { train: 0, dev: 0, test: 0 }, neighbours: { train: 0, dev: 0, test: 0 }, voices: 0 });
    (it.label ? c.positives : c.neighbours)[it.split]++;
    (voices[it.class] ??= new Set()).add(it.voice);
    c.voices = voices[it.class].size;
  }
  return out;
}
