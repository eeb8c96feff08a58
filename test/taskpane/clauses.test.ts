import fs from 'fs';
import path from 'path';
import { clausesFor, parseClauses } from '../../src/taskpane/clauses';
import { ROOT } from '../helpers/draft';

const index = parseClauses(fs.readFileSync(path.join(ROOT, 'policy/ware-internet-email-policy.txt'), 'utf8'));

describe('parseClauses on the adopted policy text', () => {
  it('finds every numbered clause, lettering the three paragraphs numbered 4.3', () => {
    expect([...index.keys()]).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2', '4.1', '4.2', '4.3a', '4.3b', '4.3c', '4.4', '5.1', '5.2']);
  });

  it.each([
    ['4.3c', 'Check with the sender if there is any doubt regarding the authenticity of a message'],
    ['4.3c', 'must be sent by officers only, not Councillors'],
    ['3.1', 'Sending or posting chain letters, solicitations or advertisements'],
    ['4.3a', 'responsible for the security of your email account'],
    ['2.2', 'A disclaimer must be stated where personal views are expressed.'],
  ])('keeps the bullets of %s with it', (id, words) => {
    expect(index.get(id)?.text).toContain(words);
  });

  it('does not run a clause on into the next section heading', () => {
    expect(index.get('2.5')?.text).not.toContain('UNACCEPTABLE');
    expect(index.get('4.4')?.text).not.toContain('SECURITY');
  });
});

describe('clausesFor', () => {
  it.each([
    ['4.3c', ['4.3c']],
    ['2.3, 3.1', ['2.3', '3.1']],
    ['2.2 and 3.1', ['2.2', '3.1']],
    ['4.3', ['4.3a', '4.3b', '4.3c']],
    ['9.9', []],
    ['', []],
  ])('%j cites %j', (cited, ids) => {
    expect(clausesFor(index, cited).map((c) => c.id)).toEqual(ids);
  });
});
