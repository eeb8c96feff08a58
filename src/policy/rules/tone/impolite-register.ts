// Discourtesy with no rude word that a phrase alone cannot judge (council suites, helper curt):
// - condescension: explaining "in simple terms", "slowly" or "step by step" with a reason that belittles
//   the reader ("as you're new to this", "as the point doesn't seem to have landed"); an explanation
//   someone asked for has no such reason and passes;
// - curtness: a short note with no word of courtesy whose sentences are clipped reproaches or orders
//   ("Not good enough.", "Sort it.", "Resend it properly today.", "No. … Take my name off.").
// Each is a candidate pattern plus the context that makes it aimed at the reader.
import type { RuleReport } from '../../rule';

const EXPLAIN = /\b(?:let me|i(?:['’]ll| will| shall)) (?:put|explain|take|go through) (?:it|this) (?:in simple terms|simply|slowly|step by step)/gi;
const BELITTLING_REASON = /\bas you(?:['’]re| are) (?:still |fairly )?new\b|(?:n['’]t|not) (?:seem to (?:have )?)?(?:landed|sunk in|got through)|\b(?:since|as) you (?:still )?(?:don['’]t|didn['’]t|can['’]t) (?:understand|grasp)/i;

/** "Let me put it in simple terms" with a belittling reason within 200 characters either side. */
export function condescendingHits(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(EXPLAIN)) {
    const start = m.index ?? 0;
    const around = text.slice(Math.max(0, start - 200), start + m[0].length + 200);
    if (BELITTLING_REASON.test(around)) out.push({ start, end: start + m[0].length });
  }
  return out;
}

const COURTESY = /\b(?:please|thank|thanks|thx|grateful|appreciate|sorry|apologi[sz]e|regards|wishes|cheers|hope|could you|would you)/i;
/** A clipped reproach or order said to the reader, as a whole sentence. */
const REPROACH = /^(?:(?:this is |that['’]s |it['’]s )?(?:(?:just |still )?not good enough|unacceptable|a (?:joke|shambles))|(?:now |just )?sort (?:it|this)(?: out)?(?: now| today)?|get (?:it|this) sorted(?: now| today)?|\w+ (?:it|this|them) properly(?: \w+)?|still (?:no|nothing|out|broken|waiting|not)\b[^.!?]*)[.!]+$/i;

/**
 * A curt note: no word of courtesy in the writer's own text (at most 80 words), and two signs of
 * curtness among: a clipped reproach or order ("Not good enough.", "Sort it."), a bare "No." opening
 * it, three or more sentences of at most five words. Returns the sentence to quote, or undefined.
 */
export function curtNote(text: string): { start: number; end: number } | undefined {
  if (COURTESY.test(text) || text.split(/\s+/).length > 80) return undefined;
  // Sentences ending in . ! or ?, one pass; a line without one (greeting, signature) is left out.
  const sentences: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '\n') from = k + 1;
    else if ('.!?'.includes(c) && !'.!?'.includes(text[k + 1] ?? '')) {
      const raw = text.slice(from, k + 1);
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim().length > 1) sentences.push({ text: raw.trim(), start: from + lead, end: k + 1 });
      from = k + 1;
    }
  }
  const reproaches = sentences.filter((s) => REPROACH.test(s.text));
  const refusal = sentences.length > 1 && /^no[.!]+$/i.test(sentences[0].text);
  const clipped = sentences.filter((s) => s.text.split(/\s+/).length <= 5).length >= 3;
  if (reproaches.length + (refusal ? 1 : 0) + (clipped ? 1 : 0) < 2) return undefined;
  return reproaches[0] ?? sentences[0];
}

export function registerFindings(text: string, alreadyFlagged: (start: number, end: number) => boolean): RuleReport[] {
  const out: RuleReport[] = [];
  for (const h of condescendingHits(text)) {
    if (alreadyFlagged(h.start, h.end)) continue;
    const phrase = text.slice(h.start, h.end);
    out.push({ messageId: 'condescending', data: { phrase }, span: { field: 'body', start: h.start, end: h.end }, actual: phrase });
  }
  const curt = curtNote(text);
  if (curt && !alreadyFlagged(curt.start, curt.end)) {
    const phrase = text.slice(curt.start, curt.end);
    out.push({ messageId: 'curt', data: { phrase }, span: { field: 'body', start: curt.start, end: curt.end }, actual: phrase });
  }
  return out;
}
