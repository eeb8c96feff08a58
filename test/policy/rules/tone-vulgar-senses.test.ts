// Issue #16, kinds rather than tweets: everyday senses a sentence shows (a cracker to eat, a raccoon, a
// gearbox or a van, Spanish "negro", "queer" of a community, its history or its films, a cigarette, a
// sea or drainage dyke), a name given in quotation marks ('what they call "…"'), and entries of three
// words ("trailer park trash"). Each kind with its neighbours: the same word with no such sense in
// the sentence is still warned about.
import rule from '../../../src/policy/rules/tone/vulgar';
import { ruleTester } from '../../helpers/rule-tester';

describe('tone/vulgar: word senses and names, by kind', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  // an entry of three words
  tester.accepts([
    ['an entry of three words 1', 'The trailer park had trash everywhere.'],
    ['an entry of three words 2', 'The park trash cans by the trailer are full.'],
    ['an entry of three words 3', 'We parked the trailer by the trash.'],
    ['an entry of three words 4', 'Trailer, park and trash bins all need moving.'],
    ['an entry of three words 5', 'A trailer in the park was full of trash.'],
    ['an entry of three words 6', 'The trailer went to the park; the trash went to the tip.'],
  ]);
  tester.flags([
    ['an entry of three words, no such sense 1', 'Total trailer park trash, the lot of them.', ['slur@body:6-24']],
    ['an entry of three words, no such sense 2', 'He described the estate as trailer park trash.', ['slur@body:27-45']],
    ['an entry of three words, no such sense 3', 'Giving you that trailer park trash again.', ['slur@body:16-34']],
    ['an entry of three words, no such sense 4', 'Trailer park trash like that should not be on the committee.', ['slur@body:0-18']],
    ['an entry of three words, no such sense 5', 'They are just trailer park trash.', ['slur@body:14-32']],
    ['an entry of three words, no such sense 6', 'Some trailer park trash left litter by the swings.', ['slur@body:5-23']],
  ]);

  // a cracker to eat
  tester.accepts([
    ['a cracker to eat 1', 'Lunch is soup with a cracker on the side.'],
    ['a cracker to eat 2', 'The children ate a cracker each before the walk.'],
    ['a cracker to eat 3', 'Please bring a snack: fruit or a cracker.'],
    ['a cracker to eat 4', 'A cracker with butter was served.'],
    ['a cracker to eat 5', 'The cracker barrel on the counter is empty.'],
    ['a cracker to eat 6', 'Someone left cracker crumbs in the meeting room.'],
    ['a cracker to eat 7', 'A wheat cracker with peanut butter for the snack table.'],
  ]);
  tester.flags([
    ['a cracker to eat, no such sense 1', 'The cracker at the bus stop was rude.', ['slur@body:4-11']],
    ['a cracker to eat, no such sense 2', 'The cracker was rude to staff.', ['slur@body:4-11']],
    ['a cracker to eat, no such sense 3', 'Some cracker in the car park shouted.', ['slur@body:5-12']],
    ['a cracker to eat, no such sense 4', 'A cracker from the estate complained.', ['slur@body:2-9']],
    ['a cracker to eat, no such sense 5', 'He met a cracker, apparently.', ['slur@body:9-16']],
    ['a cracker to eat, no such sense 6', 'The cracker and his mates were loud.', ['slur@body:4-11']],
  ]);

  // a raccoon
  tester.accepts([
    ['a raccoon 1', 'A coon got into the garbage behind the hall.'],
    ['a raccoon 2', 'We found a coon in the attic of the pavilion.'],
    ['a raccoon 3', 'The wildlife officer caught a coon by the allotments.'],
    ['a raccoon 4', 'A coon and a skunk were seen near the pond.'],
    ['a raccoon 5', 'A coon was roadkill on the lane.'],
    ['a raccoon 6', 'The fox and the coon raid the bins.'],
  ]);
  tester.flags([
    ['a raccoon, no such sense 1', 'That coon from the estate was shouting.', ['slur@body:5-9']],
    ['a raccoon, no such sense 2', 'Some coon left the gate open.', ['slur@body:5-9']],
    ['a raccoon, no such sense 3', 'The coon at the bus stop was rude.', ['slur@body:4-8']],
    ['a raccoon, no such sense 4', 'A coon was shouting in the car park.', ['slur@body:2-6']],
    ['a raccoon, no such sense 5', 'That coon again.', ['slur@body:5-9']],
    ['a raccoon, no such sense 6', 'The coon at the furniture shop complained.', ['slur@body:4-8']],
  ]);

  // a gearbox or a van
  tester.accepts([
    ['a gearbox or a van 1', 'The Transit van needs a new tranny.'],
    ['a gearbox or a van 2', 'The tranny on the truck is slipping.'],
    ['a gearbox or a van 3', 'The mechanic says the tranny is shot.'],
    ['a gearbox or a van 4', 'The garage quoted for a rebuilt tranny.'],
    ['a gearbox or a van 5', 'The tranny needs a new gear.'],
    ['a gearbox or a van 6', 'The old truck needs a tranny.'],
  ]);
  tester.flags([
    ['a gearbox or a van, no such sense 1', 'The tranny from the pub complained.', ['slur@body:4-10']],
    ['a gearbox or a van, no such sense 2', 'Some tranny was in the toilets.', ['slur@body:5-11']],
    ['a gearbox or a van, no such sense 3', 'That tranny at the meeting was loud.', ['slur@body:5-11']],
    ['a gearbox or a van, no such sense 4', 'A tranny asked about the hall.', ['slur@body:2-8']],
    ['a gearbox or a van, no such sense 5', 'The tranny next door complained about the different bins.', ['slur@body:4-10']],
    ['a gearbox or a van, no such sense 6', 'That tranny is dodgy.', ['slur@body:5-11']],
  ]);

  // Spanish "negro"
  tester.accepts([
    ['Spanish "negro" 1', 'Tengo un coche negro.'],
    ['Spanish "negro" 2', 'Gracias por el abrigo negro.'],
    ['Spanish "negro" 3', 'Quiero uno negro, no blanco.'],
    ['Spanish "negro" 4', 'Hola, ese coche negro es tuyo?'],
    ['Spanish "negro" 5', 'Mi coche es negro.'],
    ['Spanish "negro" 6', 'Ellos tienen un caballo negro.'],
  ]);
  tester.flags([
    ['Spanish "negro", no such sense 1', 'That negro was shouting at the staff.', ['slur@body:5-10']],
    ['Spanish "negro", no such sense 2', 'The negro told me to wait.', ['slur@body:4-9']],
    ['Spanish "negro", no such sense 3', 'A negro asked about the allotment.', ['slur@body:2-7']],
    ['Spanish "negro", no such sense 4', 'The negro from the estate called.', ['slur@body:4-9']],
    ['Spanish "negro", no such sense 5', 'Some negro left a bag.', ['slur@body:5-10']],
    ['Spanish "negro", no such sense 6', 'The negro at the desk was rude to me.', ['slur@body:4-9']],
  ]);

  // "queer" of a community, a study or an art
  tester.accepts([
    ['"queer" of a community, a study or an art 1', 'The library is hosting a queer history evening.'],
    ['"queer" of a community, a study or an art 2', 'A queer film night at the town hall.'],
    ['"queer" of a community, a study or an art 3', 'The queer rights group asked for the room.'],
    ['"queer" of a community, a study or an art 4', 'Queer and trans residents were consulted.'],
    ['"queer" of a community, a study or an art 5', 'Support for bisexual and queer young people.'],
    ['"queer" of a community, a study or an art 6', 'A talk on queer film at the museum.'],
    ['"queer" of a community, a study or an art 7', 'Queer history month starts in February.'],
  ]);
  tester.flags([
    ['"queer" of a community, a study or an art, no such sense 1', 'That queer in the translation office was rude.', ['slur@body:5-10']],
    ['"queer" of a community, a study or an art, no such sense 2', 'The queer next door was rude.', ['slur@body:4-9']],
    ['"queer" of a community, a study or an art, no such sense 3', 'A queer asked for the key.', ['slur@body:2-7']],
    ['"queer" of a community, a study or an art, no such sense 4', 'Some queer left the gate open.', ['slur@body:5-10']],
    ['"queer" of a community, a study or an art, no such sense 5', 'The queer at the bar shouted.', ['slur@body:4-9']],
    ['"queer" of a community, a study or an art, no such sense 6', 'That queer again.', ['slur@body:5-10']],
  ]);

  // a cigarette
  tester.accepts([
    ['a cigarette 1', 'He rolled a fag outside the depot.'],
    ['a cigarette 2', 'He bought tobacco and had a fag.'],
    ['a cigarette 3', 'I have no baccy for a fag.'],
    ['a cigarette 4', 'He stopped to light a fag in the rain.'],
    ['a cigarette 5', 'Is a fag not a cig?'],
    ['a cigarette 6', 'He lit a cigarette, his third fag of the day.'],
  ]);
  tester.flags([
    ['a cigarette, no such sense 1', 'That fag was rude to the clerk.', ['slur@body:5-8']],
    ['a cigarette, no such sense 2', 'Some fag left the gate open.', ['slur@body:5-8']],
    ['a cigarette, no such sense 3', 'A fag asked for the key.', ['slur@body:2-5']],
    ['a cigarette, no such sense 4', 'The fag next door complained.', ['slur@body:4-7']],
    ['a cigarette, no such sense 5', 'That fag again.', ['slur@body:5-8']],
    ['a cigarette, no such sense 6', 'The fag at the desk was rude.', ['slur@body:4-7']],
  ]);

  // a sea or drainage dyke
  tester.accepts([
    ['a sea or drainage dyke 1', 'The sea dyke was breached in the storm.'],
    ['a sea or drainage dyke 2', 'The canal dyke needs repair.'],
    ['a sea or drainage dyke 3', 'Dutch engineers inspected the dyke.'],
    ['a sea or drainage dyke 4', 'The dyke by the canal was raised.'],
    ['a sea or drainage dyke 5', 'The polder dyke is kept by the board.'],
    ['a sea or drainage dyke 6', 'Drainage board work on the dyke starts Monday.'],
  ]);
  tester.flags([
    ['a sea or drainage dyke, no such sense 1', 'That dyke at number 4 complained.', ['slur@body:5-9']],
    ['a sea or drainage dyke, no such sense 2', 'Some dyke left the gate open.', ['slur@body:5-9']],
    ['a sea or drainage dyke, no such sense 3', 'The dyke was searching the office.', ['slur@body:4-8']],
    ['a sea or drainage dyke, no such sense 4', 'A dyke asked for the key.', ['slur@body:2-6']],
    ['a sea or drainage dyke, no such sense 5', 'The dyke next door complained.', ['slur@body:4-8']],
    ['a sea or drainage dyke, no such sense 6', 'That dyke again.', ['slur@body:5-9']],
  ]);

  // a name given in quotation marks
  tester.accepts([
    ['a name given in quotation marks 1', 'What the lads call "hoes" is not acceptable.'],
    ['a name given in quotation marks 2', 'They called me "trailer trash" at the meeting.'],
    ['a name given in quotation marks 3', 'The so-called "cracker" remark was reported.'],
    ['a name given in quotation marks 4', 'She is known as "bitch" by the lads.'],
    ['a name given in quotation marks 5', 'He was dubbed "queer" by the press.'],
    ['a name given in quotation marks 6', 'People calling it "retarded" should stop.'],
  ]);
  tester.flags([
    ['a name given in quotation marks, no such sense 1', 'What the lads call hoes is not acceptable.', ['vulgar@body:19-23']],
    ['a name given in quotation marks, no such sense 2', 'They called me trailer trash at the meeting.', ['slur@body:15-28']],
    ['a name given in quotation marks, no such sense 3', 'People calling it retarded should stop.', ['slur@body:18-26']],
    ['a name given in quotation marks, no such sense 4', 'He was dubbed queer by the press.', ['slur@body:14-19']],
    ['a name given in quotation marks, no such sense 5', 'She is known as a bitch by the lads.', ['vulgar@body:18-23']],
    ['a name given in quotation marks, no such sense 6', 'They call "the" hoes again.', ['vulgar@body:16-20']],
  ]);

  // a breeder's bitch and her dam (her mother); not "damn", "dammit", "damaged" or "damp", which only start like "dam"
  tester.accepts([
    ['a bitch with her dam 1', 'Her dam was shown too, and the bitch takes after her.'],
    ['a bitch with her dam 2', 'The bitch is from a champion dam in Kent.'],
    ['a bitch with her dam 3', 'Same dam as last year: the bitch is her daughter.'],
    ['a bitch with her dam 4', 'The dam is local and the bitch was born there.'],
    ['a bitch with her dam 5', 'The bitch, like her dam before her, won at the county show.'],
    ['a bitch with her dam 6', 'The bitch and her dam share a run.'],
  ]);
  tester.flags([
    ['a bitch with her dam, no such sense 1', 'Damn, that bitch was late again.', ['vulgar@body:11-16']],
    ['a bitch with her dam, no such sense 2', 'That damn bitch was late again.', ['vulgar@body:10-15']],
    ['a bitch with her dam, no such sense 3', 'Dammit, the bitch lost the key.', ['vulgar@body:12-17']],
    ['a bitch with her dam, no such sense 4', 'Some bitch damaged the gate.', ['vulgar@body:5-10']],
    ['a bitch with her dam, no such sense 5', 'The bitch left the place damp and dirty.', ['vulgar@body:4-9']],
    ['a bitch with her dam, no such sense 6', 'A bitch from the estate damned us all.', ['vulgar@body:2-7']],
  ]);
});
