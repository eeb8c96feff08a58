import { findSpecialCategory } from '../../src/policy/rules/personal-data/special-category';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(findSpecialCategory(t).map((h) => [h.kind, t.slice(h.start, h.end)])));
