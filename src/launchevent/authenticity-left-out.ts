// The event bundle's stand-in for src/policy/rules/authenticity (build/event-compilation.js swaps
// it in for rules/index.ts's import). Those rules judge received mail (surface 'read', the read
// pane); the event handlers only ever check the draft being composed or sent (surface 'compose', so
// engine.ts's selectRules leaves them out), and findings never name them at send. Leaving them out
// of RULES here keeps their code and data (look-alike domains, impersonation cues) out of
// launchevent.js. test/launchevent/authenticity-left-out.test.ts checks that every one is 'read'.
import type { Rule } from '../policy/rule';

export const AUTHENTICITY_RULES: Rule[] = [];
