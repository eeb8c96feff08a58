import { PROSE_HR } from '../../src/policy/data/special-category';
const re = new RegExp(`\\b(?:${PROSE_HR})(?![\\w-])`, 'gi');
console.log([...process.argv[2].matchAll(re)].map((m) => m[0]));
