import { defineRule } from '../../rule';
import { CONFIDENTIAL_LABELS } from '../../data/confidential-markers';
import { discloses, judgedMarkers, LEGAL_MARKER, namesClosedSession, outsideOf, type JudgedMarker } from './markers';
import { footersOfBody } from '../../judge/labels';
import type { RuleContext } from '../../context';
import { isReported } from '../../judge/reported';
import { NewsCues } from '../../judge/whose';
import { sentenceEnd, sentenceStart } from '../../judge/window';
import { CONFIDENTIAL_MESSAGES, confidentialJudgement, learntConfirms, quote as quoteOf, withJudgement } from '../council-judgement-reports';
import { perCheck } from '../../judge/per-check';
import { CONTENT_WHAT, confidentialContent, confidesOnlyAView, disclosesNothing } from './content';
import { forwardedConfidence, forwardedContent } from './forwarded';

/**
 * The learnt judgement's candidates (a confidence, a closed session, the council's lawyers, a staffing
 * process), checked as the rule checks its own markers and sentences: a footer, an assurance ("will be
 * handled confidentially"), a closed session named without its content, something held back or
 * already public (in its sentence or the next), a question, or someone else's words reported.
 */
function candidateStands(ctx: RuleContext): (text: string, c: { start: number; end: number }) => boolean {
  const footers = footersOfBody(ctx);
  const news = new NewsCues(ctx.draft.body.text);
  return (text, c: { start: number; end: number; family?: string }) => {
    // A published news item forwarded ("… lawyers said in a statement") is not the council's confidence.
    if (!discloses(text, c, footers) || isReported(text, c.start, c.end) || news.near(c.start)) return false;
    const end = sentenceEnd(text, c.end);
    const window = text.slice(sentenceStart(text, c.start), end < text.length ? sentenceEnd(text, end + 1) : end);
    // A confidence that carries only the writer's own view is no council business passed on; "between
    // us we raised £400" is "jointly", not "in confidence".
    const confidence = CONFIDENCE_FAMILIES.has(c.family ?? '');
    return !disclosesNothing(window) && !(confidence && (confidesOnlyAView(window) || JOINTLY.test(text.slice(c.start, c.start + 60))));
  };
}

/** The learnt judgement's cue families that are a confidence ("between you and me", "keep it quiet"). */
const CONFIDENCE_FAMILIES = new Set(['between-us', 'gate-confidential', 'secrecy']);

/** "Between us" (no comma) with "we" or "they" doing something together: jointly, not a confidence. */
const JOINTLY = /^between (?:us|ourselves|them(?:selves)?|the (?:two|three|four|five) of (?:us|them))\s+(?:we|they)\b/i;

const BARE_PART = /^part\s+(?:ii|2|two|Ⅱ)$/i;
/** Solicitors or barristers (UK words: US mail says attorneys) named in the email. */
const COUNCIL_LAWYERS = /solicitor|barrister/i;
/** Someone's instruction not to pass it on beyond the council ("do not share outside the council"). */
const KEEP_INSIDE = /\b(?:do not|don'?t|must not|mustn'?t|not to|should not|never) (?:be )?(?:share|shared|forward|forwarded|circulate|circulated|disclose|disclosed|pass(?:ed)? (?:it |this )?on)\b[^.!?\n]{0,30}\b(?:outside|beyond)\b/i;

/**
 * A sure marker that is a stamp ("Confidential", "Not for publication", a bare "Part II"), needing the
 * learnt judgement's confirming: not a closed session's papers given with their content, nor a stamp in a forwarded message whose
 * writer asked for it to stay inside (passing it on outside is the disclosure it forbids).
 */
export function isStamp(ctx: RuleContext, j: JudgedMarker): boolean {
  // "Part II minutes", "exempt information": a closed session's papers named, with their content beside
  // them. A bare "Part II" heads a section of any document, so it is a stamp like "Confidential".
  if (!j.sure || (namesClosedSession(j.marker) && !BARE_PART.test(j.marker))) return false;
  // Privilege claimed for a solicitor's advice ("legally privileged advice from the council's solicitors",
  // a solicitor's letter headed "Privileged and confidential" forwarded on): the advice itself, not a
  // routine stamp, so it needs no confirming.
  if (LEGAL_MARKER.test(j.marker) && COUNCIL_LAWYERS.test(ctx.draft.body.text)) return false;
  if (j.field !== 'body' || !ctx.isQuoted(j.start)) return true;
  const text = ctx.draft.body.text;
  return !KEEP_INSIDE.test(text.slice(j.start, sentenceEnd(text, j.end)));
}

/**
 * Does the learnt judgement confirm this email's stamps (undefined when the policy file does not let it
 * act, or there is none)? A stamp blocks only when what it stamps reads as a leak; unconfirmed, it falls
 * to confidential/external-possible (warn). A closed session is a sure marker only with its content
 * beside it, and content in plain words is judged by its own context (./content.ts): neither needs it.
 */
export const confirmedStamps = perCheck((ctx: RuleContext) => {
  const stamps = judgedMarkers(ctx).filter((j) => isStamp(ctx, j));
  return stamps.length ? learntConfirms(ctx, 'confidential', candidateStands(ctx), stamps) : undefined;
});

// The learnt judgement speaks only when the rule's own patterns found nothing (issue #17).
export default withJudgement((ctx) => confidentialJudgement(ctx, candidateStands(ctx)), defineRule({
  meta: {
    id: 'confidential/external',
    category: 'confidential',
    clause: '3.1',
    summary: 'Material marked confidential going to someone outside the council',
    defaultLevel: 'block',
    messages: {
      marker:
        'This email is marked “{marker}” and is going to {count:recipient|recipients} outside the council ({first}). The policy forbids sharing confidential material outside the council and asks you to respect the confidentiality of information in emails (3.1, 4.3c). Remove the external recipients, or the confidential content.',
      label:
        'This email has the sensitivity label “{marker}” and is going to {count:recipient|recipients} outside the council ({first}). The policy forbids sharing confidential material outside the council (3.1, 4.3c). Remove the external recipients, or change the label if it is wrong.',
      content:
        '“{quote}” gives {what}, and this email goes to {count:recipient|recipients} outside the council ({first}). The policy forbids sharing confidential material outside the council and asks you to respect the confidentiality of information in emails (3.1, 4.3c). Take it out, or send it only to members and officers.',
      forwarded:
        'The message you are forwarding asks for it to stay within the council (“{quote}”), and this email goes to {count:recipient|recipients} outside the council ({first}). The policy forbids sharing confidential material outside the council (3.1, 4.3c). Remove the external recipients, or send only what they need in your own words.',
      ...CONFIDENTIAL_MESSAGES,
    },
    inputs: ['recipients', 'subject', 'body'],
  },
  check(ctx, report) {
    const outside = outsideOf(ctx);
    if (!outside) return;
    const { data, fixes } = outside;
    const label = ctx.draft.sensitivityLabel?.trim();
    if (label && CONFIDENTIAL_LABELS.some((l) => label.toLowerCase().includes(l))) {
      report({ messageId: 'label', data: { ...data, marker: label }, actual: label, fixes });
    }
    let marked = false;
    // A stamp the learnt judgement does not confirm is confidential/external-possible's.
    const unconfirmed = confirmedStamps(ctx) === false;
    for (const j of judgedMarkers(ctx)) {
      if (!j.sure || (unconfirmed && isStamp(ctx, j))) continue;
      marked = true;
      report({ messageId: 'marker', data: { ...data, marker: j.marker }, span: { field: j.field, start: j.start, end: j.end }, actual: j.marker, fixes });
    }
    if (marked) return;
    // A forwarded message that asked to stay within the council, passed on outside it.
    const fwd = forwardedConfidence(ctx);
    if (fwd) {
      const quote = quoteOf(ctx.draft.body.text, fwd.start, fwd.end);
      report({ messageId: 'forwarded', data: { ...data, quote }, span: { field: 'body', start: fwd.start, end: fwd.end }, actual: quote, fixes });
      return;
    }
    // No marker: confidential by content, in plain words (issue #17).
    // Someone else's words the sender passes on are confidential/external-possible's (warn).
    // Or in a forwarded message the council (or its lawyers) wrote, passed on outside.
    const c = confidentialContent(ctx).own ?? forwardedContent(ctx);
    if (!c) return;
    const quote = quoteOf(ctx.draft.body.text, c.start, c.end);
    report({ messageId: 'content', data: { ...data, quote, what: CONTENT_WHAT[c.kind] }, span: { field: 'body', start: c.start, end: c.end }, actual: quote, fixes });
  },
}));
