import fs from 'fs';
import path from 'path';
import { parsePolicyText, type PolicyConfig } from '../policy/config';

/** The shipped Ware Town Council policy file (policy/ware-town-council.json). */
export function defaultPolicy(): PolicyConfig {
  const file = path.resolve(__dirname, '../../policy/ware-town-council.json');
  return parsePolicyText(fs.readFileSync(file, 'utf8'), file);
}
