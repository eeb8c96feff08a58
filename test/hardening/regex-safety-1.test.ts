// Shard 1 of the ReDoS checks of every regular expression in src/ (test/helpers/regex-safety.ts).
import { checkShard } from '../helpers/regex-safety';

checkShard(1);
