// Writes the rule-id enums of policy/policy.schema.json from src/policy/rule-ids.ts
// (scripts/lib/policy-schema.ts). Usage: npm run gen:schema [-- --check]
// With --check it writes nothing and exits 1 when the file is out of date.
import fs from 'fs';
import path from 'path';
import { policySchemaText } from './lib/policy-schema';

const file = path.join(__dirname, '..', 'policy', 'policy.schema.json');
const current = fs.readFileSync(file, 'utf8');
const next = policySchemaText(current);
if (next === current) {
  console.log('policy/policy.schema.json is up to date.');
} else if (process.argv.includes('--check')) {
  console.error('policy/policy.schema.json is out of date: run npm run gen:schema.');
  process.exitCode = 1;
} else {
  fs.writeFileSync(file, next);
  console.log('Wrote policy/policy.schema.json.');
}
