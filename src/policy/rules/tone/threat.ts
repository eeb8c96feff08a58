// Threats the sender makes (3.1). A phrase hit is a candidate; ./candidates.ts decides: a sure
// threat blocks here, an unsure one is tone/threat-possible's (warn), a reported one tone/reported's.
// Threats with no threatening phrase ("Nice house. Big windows.") are a learnt judgement (./judged.ts);
// "I know you're in the Fleece on Fridays … remember that" (knowing where someone goes, and a warning to
// bear it in mind) is evidence enough to block (./harassment-evidence.ts).
import { defineRule } from '../../rule';
import { judgedTone } from './candidates';
import { scored, type JudgedSentence } from './judged';
import type { RuleContext } from '../../context';
import { sentenceReported } from '../../judge/reported';
import { ACT_CUES } from '../../data/council-act-cues';
import { concernFor, evidenceSentences, menaceFor, windowOf } from './harassment-evidence';
import { learntThreatStands } from '../../models/council';
import { threatClears, threatMenace } from './threat-concepts';

/** Something of a person's, or harm, named in the sentence: what a veiled threat is about. */
const AIMED = [ACT_CUES['act-harm'], ACT_CUES['act-target'], ACT_CUES['act-presence'], /\byour (?:\w+ )?(?:car|van|tyres|windows?|shed|greenhouse|fence|roof|garden|bikes?|allotment|plot|tools|business|shop)\b/];
/**
 * Ordinary words the learnt judgement can read as veiled, with nothing of a person's or no harm named:
 * courtesy about a disagreement ("I know some of you feel differently and I respect that"), and an
 * errand about a document ("Stick the invoice in to Margaret and I'll make sure she knows it's coming").
 */
const ORDINARY = new RegExp(
  [
    "\\bi (?:fully |completely |do |entirely )?(?:respect|appreciate|understand) (?:that|this|your|their|everyone|the)\\b|\\b(?:feel|think|see it|vote) differently\\b|\\bdidn't want (?:anyone|you|people|anybody) to be surprised\\b",
    "\\b(?:make sure|see to it|see that)\\b[^.!?\\n]{0,60}\\b(?:knows?|gets?|has|receives?|is aware)\\b",
    // Deference: "it is entirely your decision", "your call, of course".
    "\\b(?:entirely|it's|it is) your (?:decision|call)\\b",
  ].join('|'),
);
/** Built from strings, for the ReDoS check (test/helpers/built-regexes.ts). */
export const ORDINARY_VEILED_REGEXES: readonly RegExp[] = [ORDINARY];
/** Sympathy: "so sorry to hear about the damage". */
const SYMPATHY = /\b(?:sorry to hear|so sorry)\b/;
const ERRAND = /\b(?:invoices?|bills?|payments?|cheques?|papers|reports?|minutes|quotes?|quotations?|orders?|deliver(?:y|ies)|parcels?|forms?|agenda|letters?|keys|statements?|receipts?|paperwork)\b/;

/** A sentence the learnt veiled judgement fired on that is ordinary courtesy or an errand. */
export function ordinaryVeiled(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  // Sympathy for harm already done, with nothing foretold on a condition ("so sorry to hear about your car").
  if (SYMPATHY.test(lower) && !/\bif\b/.test(lower)) return true;
  if (AIMED.some((re) => re.test(lower))) return false;
  const m = ORDINARY.exec(lower);
  if (!m) return false;
  // "make sure she knows" is an errand only where a document is named.
  return /^(?:make sure|see to it|see that)/.test(m[0]) ? ERRAND.test(lower) : true;
}

/**
 * Sentences the learnt threat judgement reads as a veiled threat: `sure` ones for this rule (where the
 * words around aim it at the reader, tie it to what the writer wants and carry menace: menaceFor; or where
 * the policy file lists the judgement and the sentence stands as a threat with its neighbours:
 * learntThreatStands, so a lone word of the corpus voices in business mail only warns), the rest for tone/threat-possible. A sentence with a threat phrase, whatever the phrase's
 * judgement, is the phrase's: one judged an offer ("I will get you the plans") is not judged again.
 * A threat the writer passes on (a note's words in quotation marks) is not the writer's threat, and
 * ordinary courtesy or an errand with nothing of a person's named (ordinaryVeiled) is not a threat.
 * Sentences with evidence of a veiled threat (knowing where someone goes, and a warning) are
 * tone/threat's in any policy, and not judged again. Concern for someone's property in the face of a
 * named hazard, with a step asked for ("the Met Office has an amber warning out … I'd hate to see
 * anything happen to her. Could you double up the lines?"), is not a threat (concernFor).
 */
export function veiledThreats(ctx: RuleContext, sure: boolean): JudgedSentence[] {
  const phrases = judgedTone(ctx).filter((j) => j.family === 'threat' && j.field === 'body');
  const taken = [...phrases, ...veiledEvidence(ctx)];
  const listed = ctx.config.learntJudgements.includes('threat');
  // Where the policy lists the judgement: the sentence with the one either side, read once.
  const stands = (s: JudgedSentence) => {
    const around = windowOf(ctx, s.start, s.end, 1);
    return learntThreatStands(around, threatMenace(around));
  };
  return scored(ctx, 'threat', taken).filter((s) => !sentenceReported(ctx.ownText, s.start, s.end) && !ordinaryVeiled(s.text) && !concernFor(ctx, s.start, s.end) && (menaceFor(ctx, s.start, s.end) || (listed && !threatClears(s.text.toLowerCase()) && stands(s))) === sure);
}

/** Sentences with two pieces of evidence of a veiled threat (./harassment-evidence.ts), which block. */
export function veiledEvidence(ctx: RuleContext): JudgedSentence[] {
  return evidenceSentences(ctx).filter((s) => s.family === 'veiled' && s.sure);
}

export default defineRule({
  meta: {
    id: 'tone/threat',
    category: 'tone',
    clause: '3.1',
    summary: 'Threatening language',
    defaultLevel: 'block',
    messages: {
      threat:
        '"{phrase}" reads as a threat. The policy forbids sending threatening messages (3.1) and asks for courtesy (4.3c). Remove it; if you mean a formal step (a complaint, legal action), say so plainly.',
      veiled:
        'This reads as a veiled threat to a person or their property: "{quote}". The policy forbids sending threatening messages (3.1) and asks for courtesy (4.3c). Remove it; if you mean a formal step (a complaint, legal action), say so plainly.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const j of judgedTone(ctx)) {
      if (j.family === 'threat' && j.outcome === 'block') report({ messageId: 'threat', data: { phrase: j.text }, span: { field: j.field, start: j.start, end: j.end }, actual: j.text });
    }
    // Phrase findings win: a sentence with a threat phrase the phrase judgement already blocked is not reported twice.
    const phrases = judgedTone(ctx).filter((j) => j.family === 'threat' && j.field === 'body' && j.outcome === 'block');
    for (const s of veiledEvidence(ctx)) {
      if (phrases.some((p) => p.start < s.end && p.end > s.start)) continue;
      report({ messageId: 'veiled', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
    }
    for (const s of veiledThreats(ctx, true)) report({ messageId: 'veiled', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
  },
});
