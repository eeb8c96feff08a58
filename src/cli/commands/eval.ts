// council-mail eval TASK PATH: scores the shipped detectors on a labelled set in the formats of
// ../shared/eval (see its README). Progress lines first; the last line is one JSON object.
import path from 'path';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { rounded, type EvalReport } from '../../eval/report';

const TASKS = ['politeness', 'intent', 'offensive', 'spam', 'auth-results', 'business-mail'] as const;
type Task = (typeof TASKS)[number];

async function runTask(task: Task, target: string): Promise<EvalReport> {
  switch (task) {
    case 'auth-results': {
      const { evalAuthResults } = await import('../../eval/auth-results');
      return evalAuthResults(target);
    }
    case 'politeness':
      return (await import('../../eval/politeness')).evalPoliteness(target);
    case 'intent': {
      const { evalIntent } = await import('../../eval/intent');
      const { patternDetector } = await import('../../eval/patterns');
      return evalIntent(target, patternDetector());
    }
    case 'offensive':
      return (await import('../../eval/offensive')).evalOffensive(target);
    case 'spam':
      return (await import('../../eval/spam')).evalSpam(target);
    case 'business-mail':
      throw new Error('business-mail is run by runBusinessMail');
  }
}

/** `eval business-mail DIR… [--show RULE]`: a table, then the JSON line. */
async function runBusinessMail(args: string[], io: Parameters<Command['run']>[1]): Promise<number> {
  const dirs: string[] = [];
  let show: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--show') {
      show = args[++i];
      if (!show) throw new UsageError('--show needs a rule id, e.g. "--show tone/threat".');
    } else dirs.push(path.resolve(io.cwd, args[i]));
  }
  if (!dirs.length) throw new UsageError('Give one or more folders of emails, e.g. "eval business-mail ../shared/eval/business-mail/enron3".');
  const { evalBusinessMail, businessMailTable } = await import('../../eval/business-mail');
  let report;
  try {
    report = evalBusinessMail(dirs, show ? { show: { ruleId: show, emit: (s) => io.out(`${s.set}/${s.file}: ${s.level}: ${s.text}`) } } : {});
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  io.out(businessMailTable(report));
  io.out(JSON.stringify(roundDeep(report)));
  return 0;
}

/** `eval suite DIR… [--show]`: whole council emails against their expected verdicts; a table, then the JSON line. */
async function runSuite(args: string[], io: Parameters<Command['run']>[1]): Promise<number> {
  const show = args.includes('--show');
  const dirs = args.filter((a) => a !== '--show').map((a) => path.resolve(io.cwd, a));
  if (!dirs.length) throw new UsageError('Give one or more suite folders, e.g. "eval suite data/council-suites".');
  const { evalSuites, suiteTable } = await import('../../eval/suite');
  let report;
  try {
    report = await evalSuites(dirs, {
      show: show ? (s) => io.out(`${s.suite}/${s.file}: expected ${s.expected}, got ${s.got}${s.why ? ` (${s.why})` : ''}${s.findings.length ? ' [' + s.findings.map((f) => `${f.ruleId}:${f.level}`).join(', ') + ']' : ''}`) : undefined,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  io.out(suiteTable(report));
  io.out(JSON.stringify(roundDeep(report)));
  return 0;
}

/** `eval council DIR [--split S] [--class C]… [--voices odd|even] [--show]`: a table per class, then the JSON line. */
async function runCouncil(args: string[], io: Parameters<Command['run']>[1]): Promise<number> {
  const { evalCouncil, councilTable, COUNCIL_SPLITS } = await import('../../eval/council');
  let dir: string | undefined;
  let split: (typeof COUNCIL_SPLITS)[number] = 'dev';
  const classes: string[] = [];
  let show = false;
  let learnt = false;
  let voices: 'odd' | 'even' | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--voices') {
      const v = args[++i];
      if (v !== 'odd' && v !== 'even') throw new UsageError('--voices needs odd or even (each class\'s voices sorted alphabetically: 1st, 3rd, … or 2nd, 4th, …).');
      voices = v;
    } else if (args[i] === '--split') {
      const s = args[++i];
      if (!(COUNCIL_SPLITS as readonly string[]).includes(s)) throw new UsageError(`--split needs one of ${COUNCIL_SPLITS.join(', ')}.`);
      split = s as typeof split;
    } else if (args[i] === '--class') {
      if (!args[i + 1]) throw new UsageError('--class needs a class name, e.g. "--class threat".');
      classes.push(args[++i]);
    } else if (args[i] === '--show') show = true;
    else if (args[i] === '--learnt') learnt = true;
    else if (dir) throw new UsageError(`Give one corpus folder; "${args[i]}" is extra.`);
    else dir = path.resolve(io.cwd, args[i]);
  }
  if (!dir) throw new UsageError('Give the corpus folder, e.g. "eval council data/council-corpus --split dev".');
  let report;
  try {
    report = evalCouncil(dir, {
      split,
      learnt,
      voices,
      classes: classes.length ? classes : undefined,
      show: show ? (s) => io.out(`${s.item.where} ${s.outcome}: ${s.item.text.replace(/\n/g, ' / ')}${s.findings.length ? ' [' + s.findings.map((f) => `${f.ruleId}:${f.level}`).join(', ') + ']' : ''}`) : undefined,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  io.out(councilTable(report));
  io.out(JSON.stringify(roundDeep(report)));
  return 0;
}

function roundDeep(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? v : Math.round(v * 10000) / 10000;
  if (Array.isArray(v)) return v.map(roundDeep);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundDeep(x)]));
  return v;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Score the detectors on a labelled data set (politeness, intent, offensive, spam, auth-results).',
  usage: 'eval TASK PATH  |  eval business-mail DIR… [--show RULE]  |  eval council DIR [--split dev|test|test-v3] [--class C] [--voices odd|even] [--show] [--learnt]  |  eval suite DIR… [--show]',
  help: [
    'TASK is one of: ' + TASKS.join(', ') + '. PATH is the file or folder in the format of ../shared/eval/README.md:',
    '  politeness FILE.csv, intent DIR (intent_pos.txt, intent_neg.txt), offensive FILE.csv,',
    '  spam DIR (ham/, spam/), auth-results DIR (fixtures/, expected.json),',
    '  business-mail DIR… (plain-text emails, optional first line "Subject: …"; each checked as an officer\'s email to one',
    '  external recipient; prints a table, then JSON with blockRate, warnRate, sets and byRule; --show RULE prints the',
    '  sentences that rule fired on, to the terminal only).',
    '  council DIR (data/council-corpus: <class>.jsonl); per class, precision and recall at the class\'s level on one split',
    '  (--learnt: with every learnt judgement switched on, which the shipped policy does not do),',
    '  (--split train|dev|test|test-v2|test-v3|train+dev, default dev; test is every locked test, test-v2 and test-v3 one of them; --class C for some classes; --show prints misses and false alarms,',
    '  never on test).',
    '  suite DIR… (data/council-suites, or one council folder in it: policy.json, expected.json, NN-name.eml); each email checked as sent under',
    '  that council\'s policy file, its verdict against the expected one: agreement, blockable emails passing as ok, clean',
    '  emails blocked, for the dev and locked halves apart (--show prints the dev half\'s disagreements, never locked).',
    'The last line of output is one JSON object with task, n, baseline, accuracy, precision, recall, f1 and the task\'s own fields.',
  ].join('\n'),
  async run(argv, io) {
    if (argv[0] === 'business-mail') return runBusinessMail(argv.slice(1), io);
    if (argv[0] === 'council') return runCouncil(argv.slice(1), io);
    if (argv[0] === 'suite') return runSuite(argv.slice(1), io);
    const [task, target, ...rest] = argv;
    if (!task || !target || rest.length) throw new UsageError('Give a task and a path, e.g. "eval auth-results ../shared/eval/auth-results".');
    if (!(TASKS as readonly string[]).includes(task)) throw new UsageError(`Unknown eval task "${task}"; use one of ${TASKS.join(', ')}.`);
    const report = await runTask(task as Task, path.resolve(io.cwd, target));
    io.out(JSON.stringify(rounded(report)));
    return 0;
  },
};
