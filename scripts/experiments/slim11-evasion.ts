// helper slim11: the evasion set's totals, as npm run eval prints them (caught, false blocks).
import fs from 'fs';
import path from 'path';
import { scoreEvasion } from '../../src/eval/evasion';
import { defaultPolicy } from '../../src/eval/default-policy';
const items = JSON.parse(fs.readFileSync(path.join(__dirname, '../../test/fixtures/evasion.json'), 'utf8'));
scoreEvasion(items, defaultPolicy()).then((s) => console.log(`evasion: caught ${s.caught}/${s.toCatch}, false blocks ${s.falseBlocks}/${s.innocent}`));
