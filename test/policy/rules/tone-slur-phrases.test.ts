// Everyday words and fixed phrases that hold a slur (issue #16, by kind): "niggardly" (miserly),
// "spick and span", kaffir lime and kaffir lily (plants), sambo (a wrestling sport). Each was blocked
// or warned about in council mail before.
// Neighbours: the same word with no such sense in the sentence is still blocked or warned about.
import discriminatory from '../../../src/policy/rules/tone/discriminatory';
import vulgar from '../../../src/policy/rules/tone/vulgar';
import { ruleTester } from '../../helpers/rule-tester';

describe('tone/discriminatory: everyday words and phrases that hold a slur', () => {
  const tester = ruleTester(discriminatory, { level: 'block' });

  // "niggardly": miserly
  tester.accepts([
    ['"niggardly" (miserly) 1', 'The grant was a niggardly sum for a village of this size.'],
    ['"niggardly" (miserly) 2', 'Residents called the settlement niggardly.'],
    ['"niggardly" (miserly) 3', 'He was never niggardly with his time for the parish.'],
    ['"niggardly" (miserly) 4', 'The county’s niggardliness with road repairs was raised again.'],
    ['"niggardly" (miserly) 5', 'A niggard with the petty cash, by his own account.'],
    ['"niggardly" (miserly) 6', 'Niggardly funding has left the hall short of heating.'],
  ]);
  tester.flags([
    ['the slur beside it 1', 'That nigger was at the meeting.', ['slur@body:5-11']],
    ['the slur beside it 2', 'The niggers next door complained.', ['slur@body:4-11']],
    ['the slur beside it 3', 'Some nigger left the gate open.', ['slur@body:5-11']],
    ['the slur beside it 4', 'A nigger asked for the key.', ['slur@body:2-8']],
    ['the slur beside it 5', 'No niggers in the hall.', ['slur@body:3-10']],
    ['the slur beside it 6', 'The nigger from the estate called.', ['slur@body:4-10']],
  ]);

  // "spick and span"
  tester.accepts([
    ['spick and span 1', 'The hall was left spick and span after the fair.'],
    ['spick and span 2', 'Please leave the kitchen spick and span.'],
    ['spick and span 3', 'Spick-and-span, as always, thanks to the volunteers.'],
    ['spick and span 4', 'The pavilion is spic and span again.'],
    ['spick and span 5', 'The caretaker keeps the toilets spic n span.'],
    ['spick and span 6', 'All spick & span for the inspection.'],
  ]);
  tester.flags([
    ['"spic" with no such phrase 1', 'That spic was shouting at the staff.', ['slur@body:5-9']],
    ['"spic" with no such phrase 2', 'Some spics left the gate open.', ['slur@body:5-10']],
    ['"spic" with no such phrase 3', 'The spic from the estate called.', ['slur@body:4-8']],
    ['"spic" with no such phrase 4', 'A spick asked for the key.', ['slur@body:2-7']],
    ['"spic" with no such phrase 5', 'Spics are all the same.', ['slur@body:0-5']],
    ['"spic" with no such phrase 6', 'The spics were speaking Spanish in the hall.', ['slur@body:4-9']],
  ]);

  // kaffir lime, kaffir lily
  tester.accepts([
    ['a plant 1', 'Add two kaffir lime leaves to the curry at the cookery class.'],
    ['a plant 2', 'Kaffir lilies flower late in the churchyard border.'],
    ['a plant 3', 'The allotment society is selling kaffir lily bulbs.'],
    ['a plant 4', 'Kaffir lime trees need a frost-free greenhouse.'],
    ['a plant 5', 'We planted kaffir lilies by the war memorial.'],
    ['a plant 6', 'The recipe asks for kaffir lime zest.'],
  ]);
  tester.flags([
    ['"kaffir" with no plant 1', 'That kaffir was at the meeting.', ['slur@body:5-11']],
    ['"kaffir" with no plant 2', 'Some kaffirs left the gate open.', ['slur@body:5-12']],
    ['"kaffir" with no plant 3', 'The kaffir from the estate called.', ['slur@body:4-10']],
    ['"kaffir" with no plant 4', 'A kaffir asked for the key.', ['slur@body:2-8']],
    ['"kaffir" with no plant 5', 'Kaffirs are all the same.', ['slur@body:0-7']],
    ['"kaffir" with no plant 6', 'The kaffir next door complained about the bins.', ['slur@body:4-10']],
  ]);
});

describe('tone/vulgar: everyday senses of ambiguous slurs', () => {
  const tester = ruleTester(vulgar, { level: 'warn' });

  // sambo, a wrestling sport
  tester.accepts([
    ['sambo, a sport 1', 'Sambo wrestling club at the leisure centre on Tuesdays.'],
    ['sambo, a sport 2', 'The sambo martial arts class has moved to the upper hall.'],
    ['sambo, a sport 3', 'Judo and sambo sessions resume in September.'],
    ['sambo, a sport 4', 'A grant for the sambo grappling mats was approved.'],
    ['sambo, a sport 5', 'Combat sambo is not allowed in the hall.'],
    ['sambo, a sport 6', 'The club teaches sambo wrestling to under-16s.'],
  ]);
  tester.flags([
    ['"sambo" with no sport 1', 'That sambo was shouting at the staff.', ['slur@body:5-10']],
    ['"sambo" with no sport 2', 'A sambo asked about the allotment.', ['slur@body:2-7']],
    ['"sambo" with no sport 3', 'The sambo next door complained.', ['slur@body:4-9']],
    ['"sambo" with no sport 4', 'Some sambo left a bag.', ['slur@body:5-10']],
    ['"sambo" with no sport 5', 'The sambo class at the leisure centre.', ['slur@body:4-9']],
    ['"sambo" with no sport 6', 'The sambo at the desk was rude to me.', ['slur@body:4-9']],
  ]);

});
