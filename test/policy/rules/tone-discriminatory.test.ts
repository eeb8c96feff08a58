import rule from '../../../src/policy/rules/tone/discriminatory';
import { draft, learntIdsOf as idsOf } from '../../helpers/draft';

describe('tone/discriminatory', () => {
  it.each([
    ['faggots and peas', 'The lunch is faggots and peas.'],
    ['a fag break', 'He took a fag break at eleven.'],
    ["Offa's Dyke", "We walked Offa's Dyke Path."],
    ['a chink of light', 'A chink of light showed under the door.'],
    ['fire retardant', 'The fire retardant paint is certified.'],
    ['Pakistan and Japanese', 'The Pakistan Community Association and the Japanese garden society.'],
    ['an ambiguous slur not aimed at anyone (tone/vulgar warns instead)', 'The queer kids sat at the back.'],
    ['a slur written as an acronym (tone/vulgar warns instead)', 'The NIG report is attached.'],
    ['documents sent back (issue #16)', 'Please make any changes you feel necessary and send them back to me by Friday.'],
    ['pictures sent out', "I'll try to get some pictures, and send them out to you."],
    ['papers sent out to a group', 'Please send them out to this group.'],
    ['a sort of experience', 'We need someone of your sort of experience on the panel.'],
    ['a slur the writer reports (tone/reported’s)', 'Someone has sprayed "pakis out" on the bus shelter.'],
  ])('accepts %s', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });

  it.each([
    ['a racial slur', 'Those pikeys are back.', ['slur@body:6-12']],
    ['an obfuscated slur', 'Some p@ki shop.', ['slur@body:5-9']],
    ['an ambiguous word aimed at someone', 'You retard.', ['slur@body:4-10']],
    ['a discriminatory statement', 'Go back to your own country.', ['statement@body:0-27']],
    ['a Twitter spelling', 'Them niggahs again.', ['slur@body:5-12']],
    ['a short spelling the old pre-pass missed', 'See you later my nig.', ['slur@body:17-20']],
    ['a homophobic slur aimed at someone', 'You faggot.', ['slur@body:4-10']],
    ['a disability slur', 'Stop being a spaz.', ['slur@body:13-17']],
    ['"send them back" about a group', 'The immigrants? Send them all back.', ['statement@body:16-34']],
    ['"send them back" where they came from', 'Just send them back where they came from.', ['statement@body:5-40']],
  ])('flags %s', (_name, body, expected) => {
    expect(idsOf(rule, draft({ body }))).toEqual(expected);
  });

  it.each([
    ['age', "Older staff just can't cope with the new system."],
    ['sex', 'Women are too emotional to chair the finance committee.'],
  ])('judges a generalisation by %s with no slur', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([`generalisation@body:0-${body.length}`]);
  });

  it.each([
    ["an older residents' club", "The older residents' lunch club meets on Tuesday."],
    ['reasonable adjustments', 'We must make reasonable adjustments for disabled candidates.'],
    ['a faith festival', 'The mosque has asked to use the hall for Eid; I am in favour.'],
    ['"ladies and gentlemen"', 'Ladies and gentlemen, the meeting will start at seven.'],
  ])('does not judge %s discriminatory', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });
});
