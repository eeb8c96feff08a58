// What counts as a flag in `council-mail eval offensive`: lexicon-driven tone findings at any level,
// never the politeness model. Runs on a tiny made-up CSV in the Davidson et al. format.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { evalOffensive, isOffensiveFlag } from '../../src/eval/offensive';
import type { RuleId } from '../../src/policy/rule-ids';

describe('offensive eval flag', () => {
  it.each([
    ['tone/abusive', 'profanity', true],
    ['tone/threat', 'threat', true],
    ['tone/discriminatory', 'slur', true],
    ['tone/vulgar', 'vulgar', true],
    ['tone/vulgar', 'slur', true],
    ['tone/impolite', 'mild', true],
    ['tone/impolite', 'insult', true],
    ['tone/impolite', 'model', false],
    ['tone/impolite', 'phrase', false],
    ['tone/impolite', 'sarcasm', false],
    ['tone/shouting', 'shouting', false],
    ['tone/defamation-risk', 'accusation', false],
  ] satisfies [RuleId, string, boolean][])('%s:%s flags: %s', (ruleId, messageId, expected) => {
    expect(isOffensiveFlag({ ruleId, messageId })).toBe(expected);
  });

  it('counts warn-level vulgar words as flags and blocks only abuse aimed at someone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offensive-'));
    const file = path.join(dir, 'labeled.csv');
    const rows = [
      ['0', 'those pikeys are back'],
      ['1', 'that bitch was late again'],
      ['1', 'you are a prick'],
      ['2', 'the allotment hoe is in the shed'],
      ['2', 'why would you not reply to my request?'],
    ];
    fs.writeFileSync(file, ',count,hate_speech,offensive_language,neither,class,tweet\n' + rows.map(([c, t], i) => `${i},3,0,0,0,${c},"${t}"`).join('\n') + '\n');
    const r = evalOffensive(file);
    expect(r).toMatchObject({ n: 5, hateRecall: 1, offensiveRecall: 1, neitherFlagRate: 0 });
    expect(r.blockRate).toBeCloseTo(2 / 5);
    fs.rmSync(dir, { recursive: true });
  });

  it('reports the "neither" tweets no annotator called hate or offensive apart', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offensive-'));
    const file = path.join(dir, 'labeled.csv');
    // Row number, hate votes, offensive votes, tweet: all "neither" by majority, all in the even half.
    const rows = [
      ['0', '0', '1', 'that hoe is lazy'],
      ['2', '0', '0', 'the coloured people in the photo'],
      ['4', '0', '0', 'the allotment hoe is in the shed'],
      ['6', '0', '0', 'see you at the meeting'],
    ];
    fs.writeFileSync(file, ',count,hate_speech,offensive_language,neither,class,tweet\n' + rows.map(([i, h, o, t]) => `${i},3,${h},${o},2,2,"${t}"`).join('\n') + '\n');
    const r = evalOffensive(file);
    expect(r).toMatchObject({ evenNeitherFlagRate: 0.5 });
    expect(r.evenNeitherUnanimousFlagRate).toBeCloseTo(1 / 3);
    fs.rmSync(dir, { recursive: true });
  });
});
