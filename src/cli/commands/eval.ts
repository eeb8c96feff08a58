// council-mail eval TASK PATH: scores the shipped detectors on a labelled set in the formats of
// ../shared/eval (see its README). Progress lines first; the last line is one JSON object.
import path from 'path';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { rounded, type EvalReport } from '../../eval/report';

const TASKS = ['politeness', 'intent', 'offensive', 'spam', 'auth-results'] as const;
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
  }
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Score the detectors on a labelled data set (politeness, intent, offensive, spam, auth-results).',
  usage: 'eval TASK PATH',
  help: [
    'TASK is one of: ' + TASKS.join(', ') + '. PATH is the file or folder in the format of ../shared/eval/README.md:',
    '  politeness FILE.csv, intent DIR (intent_pos.txt, intent_neg.txt), offensive FILE.csv,',
    '  spam DIR (ham/, spam/), auth-results DIR (fixtures/, expected.json).',
    'The last line of output is one JSON object with task, n, baseline, accuracy, precision, recall, f1 and the task\'s own fields.',
  ].join('\n'),
  async run(argv, io) {
    const [task, target, ...rest] = argv;
    if (!task || !target || rest.length) throw new UsageError('Give a task and a path, e.g. "eval auth-results ../shared/eval/auth-results".');
    if (!(TASKS as readonly string[]).includes(task)) throw new UsageError(`Unknown eval task "${task}"; use one of ${TASKS.join(', ')}.`);
    const report = await runTask(task as Task, path.resolve(io.cwd, target));
    io.out(JSON.stringify(rounded(report)));
    return 0;
  },
};
