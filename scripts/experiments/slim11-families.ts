// helper slim11: what each solicitation cue family, shape and cue contributes to the advertising rule's
// decision, per data set (run before the junk-mail families went on 2026-12-08, with the scorer of that
// day; this copy follows the scorer as it is now). Captures the text the rule scores (subject and own words) as the real rule set
// runs, then rescores it with one family, shape or cue left out. Prints totals only (no text).
//   node scripts/lib/run-ts.js scripts/experiments/slim11-families.ts [--cues] [--sets a,b]
import fs from 'fs';
import path from 'path';
import * as score from '../../src/policy/rules/solicitation/score';
import { compileFamilies, type Cue } from '../../src/policy/rules/solicitation/score';
import { shapeCounts, type ShapeCounts } from '../../src/policy/rules/solicitation/shapes';
import { scanPhrases, type PhraseHit } from '../../src/policy/text/patterns';
import {
  COMMERCIAL_GROUP,
  SOLICITATION_FAMILIES,
  SOLICITATION_SHAPES,
  SOLICITATION_STRONG,
  SOLICITATION_THRESHOLD,
  type CueFamily,
} from '../../src/policy/data/solicitation';
import { defaultPolicy } from '../../src/eval/default-policy';
import { findingsFor, rulesWhere } from '../../src/eval/rule-runner';
import { loadCouncilCorpus } from '../../src/eval/council-corpus';
import { councilFindings } from '../../src/eval/council';
import { readInnocentCouncil, innocentFindings } from '../../src/eval/innocent-council';
import { readBusinessMail } from '../../src/eval/business-mail';
import { readExpectations } from '../../src/eval/suite';
import { parseEml } from '../../src/mail/eml';
import { parsePolicyText } from '../../src/policy/config';
import { check } from '../../src/policy/engine';

const root = path.join(__dirname, '..', '..');
const SHARED = path.join(root, '..', 'shared', 'eval');
const argv = process.argv.slice(2);
const CUES = argv.includes('--cues');
const setsArg = argv.indexOf('--sets') >= 0 ? argv[argv.indexOf('--sets') + 1].split(',') : undefined;
const want = (s: string) => !setsArg || setsArg.includes(s);

// --- capture -------------------------------------------------------------------------------------
let captured: string[] = [];
const real = score.scoreSolicitation;
(score as unknown as { scoreSolicitation: typeof real }).scoreSolicitation = (text: string) => {
  captured.push(text);
  return real(text);
};
function take(): string[] {
  const t = captured;
  captured = [];
  return t;
}

// --- rescoring with parts left out ---------------------------------------------------------------
type Compiled = ReturnType<typeof compileFamilies>;
const cache = new Map<string, Compiled>();
function compiledWithout(family?: string, cue?: number): Compiled {
  const key = `${family ?? ''}#${cue ?? ''}`;
  let c = cache.get(key);
  if (!c) {
    let fams: CueFamily[] = SOLICITATION_FAMILIES.filter((f) => cue !== undefined || f.id !== family);
    if (cue !== undefined) fams = fams.map((f) => (f.id === family ? { ...f, cues: f.cues.filter((_, i) => i !== cue) } : f));
    c = compileFamilies(fams);
    cache.set(key, c);
  }
  return c;
}

const COMMERCIAL = new Set(COMMERCIAL_GROUP.families);
const shapeMemo = new Map<string, ShapeCounts>();

/** scoreSolicitation, with `family` (a cue family or shape) or one of its cues left out. */
function scoreWithout(text: string, family?: string, cue?: number): { is: boolean; cues: Cue[]; fired: Map<string, number[]> } {
  const { sets, entries } = compiledWithout(family, cue);
  const firstHit = new Map<number, PhraseHit>();
  const read = text.length <= 40_960 ? text : text.slice(0, 32_768) + '\n' + text.slice(text.length - 8_192);
  const ranges: [number, number][] = text.length <= 40_960 ? [[0, text.length]] : [[0, 32_768], [text.length - 8_192, text.length]];
  for (const { set, first } of sets) for (const [a, b] of ranges) for (const hit of scanPhrases(set, text, a, b)) if (!firstHit.has(first + hit.index)) firstHit.set(first + hit.index, { ...hit, index: first + hit.index });
  const byFamily = new Map<CueFamily, { sum: number; best: number; hit: PhraseHit }>();
  const fired = new Map<string, number[]>();
  for (const [index, hit] of firstHit) {
    const { family: fam, weight } = entries[index];
    const orig = SOLICITATION_FAMILIES.find((f) => f.id === fam.id)!;
    // Index of the cue in the original family (the filtered family keeps the same tuples).
    const local = index - entries.findIndex((e) => e.family === fam);
    const origIndex = orig.cues.indexOf(fam.cues[local]);
    fired.set(fam.id, [...(fired.get(fam.id) ?? []), origIndex]);
    const f = byFamily.get(fam);
    if (!f) byFamily.set(fam, { sum: weight, best: weight, hit });
    else {
      f.sum += weight;
      if (weight > f.best || (weight === f.best && hit.start < f.hit.start)) {
        f.best = weight;
        f.hit = hit;
      }
    }
  }
  const cues: Cue[] = [];
  let strong = false;
  let junkCue = false;
  for (const [fam, f] of byFamily) {
    const weight = Math.min(f.sum, fam.cap);
    if (f.best >= SOLICITATION_STRONG.cue || weight >= SOLICITATION_STRONG.family) strong = true;
    if (!COMMERCIAL.has(fam.id) && ((f.best >= SOLICITATION_STRONG.cue && weight >= SOLICITATION_STRONG.family) || fam.id === 'private')) junkCue = true;
    cues.push({ family: fam.id, weight, hit: f.hit });
  }
  let counts = shapeMemo.get(read);
  if (!counts) {
    counts = shapeCounts(read);
    shapeMemo.set(read, counts);
  }
  const shapes: Cue[] = [];
  for (const [name, tiers] of Object.entries(SOLICITATION_SHAPES)) {
    if (name === family) continue;
    const n = counts[name as keyof ShapeCounts];
    let weight = 0;
    for (const [atLeast, w] of tiers) if (n >= atLeast) weight = w;
    if (weight > 0) shapes.push({ family: name, weight });
  }
  if (shapes.some((c) => c.weight >= SOLICITATION_STRONG.cue)) strong = true;
  cues.push(...shapes);
  let commercial = 0;
  let other = 0;
  for (const c of cues) {
    if (COMMERCIAL.has(c.family)) commercial += c.weight;
    else other += c.weight;
  }
  const s = Math.min(commercial, COMMERCIAL_GROUP.cap) + other;
  return { is: junkCue && strong && s >= SOLICITATION_THRESHOLD, cues, fired };
}

// --- data sets -----------------------------------------------------------------------------------
const ids = new Map<string, string[]>();
const WHY = argv.indexOf('--why') >= 0 ? argv[argv.indexOf('--why') + 1] : undefined;
async function collect(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const add = (name: string, texts: string[], id = '') => {
    out.set(name, [...(out.get(name) ?? []), ...texts]);
    ids.set(name, [...(ids.get(name) ?? []), ...texts.map(() => id)]);
  };
  const cfg = defaultPolicy();
  const adv = rulesWhere((id) => id === 'solicitation/advertising');
  if (want('corpus')) {
    const items = loadCouncilCorpus(path.join(root, 'data', 'council-corpus')).filter((i) => i.split !== 'test');
    for (const it of items) {
      if (it.class === 'advertising') councilFindings(it, cfg);
      else councilFindings({ ...it, rule: 'solicitation/advertising' }, cfg);
      add(`corpus/${it.split}/${it.class === 'advertising' ? 'adv' : 'other'}/${it.label ? 'pos' : 'neg'}`, take());
    }
  }
  if (want('suites')) {
    const base = path.join(root, 'data', 'council-suites');
    for (const s of fs.readdirSync(base).filter((d) => fs.statSync(path.join(base, d)).isDirectory()).sort()) {
      const dir = path.join(base, s);
      const config = parsePolicyText(fs.readFileSync(path.join(dir, 'policy.json'), 'utf8'), 'policy.json');
      for (const [file, exp] of readExpectations(dir)) {
        if (exp.split !== 'dev') continue;
        check(await parseEml(new Uint8Array(fs.readFileSync(path.join(dir, file)))), config);
        add(`suites-dev/${exp.verdict}`, take(), `${s}/${file}`);
      }
    }
  }
  if (want('innocent')) {
    for (const it of readInnocentCouncil()) {
      innocentFindings(it, cfg);
      add('innocent', take(), it.where);
    }
  }
  if (want('enron1')) {
    for (const half of ['ham', 'spam']) {
      for (const m of readBusinessMail(path.join(SHARED, 'spam', 'enron1', half))) {
        findingsFor(m.body, m.subject, cfg, adv);
        add(`enron1/${half}`, take());
      }
    }
  }
  if (want('business')) {
    for (const d of ['enron3', 'enron5']) {
      for (const m of readBusinessMail(path.join(SHARED, 'business-mail', d))) {
        findingsFor(m.body, m.subject, cfg, adv);
        add(`business/${d}`, take());
      }
    }
  }
  return out;
}

async function main() {
  const data = await collect();
  const dump = argv.indexOf('--dump') >= 0 ? argv[argv.indexOf('--dump') + 1] : undefined;
  if (dump) {
    // One line per text: set, a digest of the text, and the rule's decision (no text is written).
    const { createHash } = await import('crypto');
    const lines: string[] = [];
    for (const [name, texts] of data) for (const t of texts) lines.push(`${name} ${createHash('sha1').update(t).digest('hex').slice(0, 12)} ${real(t).isSolicitation ? 1 : 0}`);
    fs.writeFileSync(dump, lines.join('\n') + '\n');
    return;
  }
  const families = [...SOLICITATION_FAMILIES.map((f) => f.id), ...Object.keys(SOLICITATION_SHAPES)];
  const rows: Record<string, Record<string, string>> = {};
  for (const [name, texts] of data) {
    const base = texts.map((t) => scoreWithout(t));
    // Sanity: the copy agrees with the rule's own scorer.
    const disagree = texts.filter((t, i) => real(t).isSolicitation !== base[i].is).length;
    const flagged = base.filter((b) => b.is).length;
    console.log(`${name}: n=${texts.length} flagged=${flagged}${disagree ? ` DISAGREE=${disagree}` : ''}`);
    for (const fam of families) {
      let fires = 0;
      let inFlagged = 0;
      let lost = 0;
      let gained = 0;
      texts.forEach((t, i) => {
        const had = base[i].cues.some((c) => c.family === fam);
        if (!had) return;
        fires++;
        if (base[i].is) inFlagged++;
        const w = scoreWithout(t, fam).is;
        if (base[i].is && !w) lost++;
        if (!base[i].is && w) gained++;
        if (WHY === fam && base[i].is !== w && (name.startsWith('suites') || name === 'innocent')) console.log(`  ${fam} decides ${name} ${ids.get(name)![i]}: ${base[i].cues.map((c) => c.family + ':' + c.weight + ':' + (c.hit?.text ?? '')).join(', ')}`);
      });
      (rows[fam] ??= {})[name] = fires ? `${fires}/${inFlagged}/${lost}${gained ? '+' + gained : ''}` : '.';
    }
    if (CUES) {
      for (const f of SOLICITATION_FAMILIES) {
        f.cues.forEach((_, ci) => {
          let fires = 0;
          let lost = 0;
          let gained = 0;
          texts.forEach((t, i) => {
            if (!(base[i].fired.get(f.id) ?? []).includes(ci)) return;
            fires++;
            const w = scoreWithout(t, f.id, ci).is;
            if (base[i].is && !w) lost++;
            if (!base[i].is && w) gained++;
          });
          if (fires) (rows[`${f.id}[${ci}]`] ??= {})[name] = `${fires}/-/${lost}${gained ? '+' + gained : ''}`;
        });
      }
    }
  }
  const names = [...data.keys()];
  console.log('\nfamily  | ' + names.join(' | ') + '\n(cell: texts where it fires / of them flagged / flags lost without it [+ gained])');
  for (const [fam, r] of Object.entries(rows)) console.log(`${fam} | ${names.map((n) => r[n] ?? '.').join(' | ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
