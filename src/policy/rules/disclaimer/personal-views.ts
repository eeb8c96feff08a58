// Personal opinion without the council's disclaimer (2.2 "A disclaimer must be stated where personal
// views are expressed", 3.1 "passing off personal views as those representing the Council").
// Only when at least one recipient is outside the council: a view exchanged among staff is not
// "published in the name of the Council". An opinion marker is a candidate; the sender's role decides
// whether it is a personal view (data/opinion.ts): a councillor's "I think" on council business is,
// an officer's "I think the invoice is wrong" is professional advice. Anyone's "in my personal view",
// and anyone's opinion on party politics, elections, government or religion, is personal.
import { defineRule } from '../../rule';
import type { RuleContext } from '../../context';
import {
  CONTESTED_TOPICS,
  COUNCIL_MATTER,
  COUNCIL_UNDECIDED,
  DISCLAIMER_KEY_PHRASES,
  OPINION_MARKERS,
  OWN_ILLNESS,
  OWN_NOT_COUNCIL,
  OWN_VOTE,
  type OpinionTier,
} from '../../data/opinion';
import { compilePhrases, escapeRegExp, firstPhrase, scanPhrases, type PhraseHit } from '../../text/patterns';

const MARKERS = compilePhrases(OPINION_MARKERS.map((m) => m.source));
const TOPICS = compilePhrases(CONTESTED_TOPICS);
/** The markers of some tiers only, for the usual case of a text with no contested topic. */
const TIERS: Record<'all' | 'stated' | 'personal', readonly OpinionTier[]> = { all: ['personal', 'view', 'hedge'], stated: ['personal', 'view'], personal: ['personal'] };
const markersOf = (tiers: readonly OpinionTier[]) => compilePhrases(OPINION_MARKERS.filter((m) => tiers.includes(m.tier)).map((m) => m.source));
const BY_TIERS = { all: MARKERS, stated: markersOf(TIERS.stated), personal: markersOf(TIERS.personal) };

const squash = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[‘’]/g, "'").trim();

/**
 * A squashed phrase as a pattern over the lower-cased body: each space stands for one whitespace run
 * and each apostrophe for any apostrophe, so it matches exactly where `squash(body).includes(phrase)`
 * would, without squashing the whole body (which cost ~75 ms on a 1 MB body).
 */
function loosePattern(squashed: string): RegExp {
  const source = squashed
    .split(' ')
    .map((word) => escapeRegExp(word).replace(/'/g, "['‘’]"))
    .join('[\\s\\u00a0]+');
  // A trailing space (a disclaimer ending " .") needs text after it: the squashed body is trimmed.
  return new RegExp(squashed.endsWith(' ') ? `${source}(?=\\S)` : source);
}

const KEY_PATTERNS = DISCLAIMER_KEY_PHRASES.map((group) => group.map(loosePattern));
let lastDisclaimer: { text: string; re: RegExp | undefined } | undefined;

function disclaimerPattern(disclaimer: string): RegExp | undefined {
  if (lastDisclaimer?.text !== disclaimer) {
    let wanted = squash(disclaimer);
    while (wanted.endsWith('.') || wanted.endsWith('!')) wanted = wanted.slice(0, -1);
    lastDisclaimer = { text: disclaimer, re: wanted ? loosePattern(wanted) : undefined };
  }
  return lastDisclaimer.re;
}

/** Does the body carry the council's disclaimer, word for word (loosely) or in other words? */
export function hasDisclaimer(body: string, disclaimer: string): boolean {
  const lower = body.toLowerCase();
  const wanted = disclaimerPattern(disclaimer);
  if ((wanted && wanted.test(lower)) || OWN_NOT_COUNCIL.test(lower)) return true;
  return KEY_PATTERNS.some((group) => group.every((re) => re.test(lower)));
}

/** Which tiers of marker are a personal view from this sender, on any subject. */
function tiersFor(ctx: RuleContext): keyof typeof BY_TIERS {
  const { role, source } = ctx.sender;
  if (role === 'councillor') return 'all';
  // An unlisted sender may be a councillor the policy file does not name: stated opinions count.
  if (role === 'staff' && source === 'default') return 'stated';
  return 'personal';
}

/** The first opinion marker that, judged by who sends it and what it is about, is a personal view. */
export function personalView(ctx: RuleContext): PhraseHit | undefined {
  const text = ctx.ownText;
  const which = tiersFor(ctx);
  const sentences = ctx.sentences;
  // A marker the writer's own words excuse, judged once a sentence: a view on the writer's own
  // illness ("the doctor has told me to stay at home, which I think is wise"), which is no council
  // business; or a view the writer marks as their own ("speaking for myself", or beside their own vote
  // to come: "I'll be voting in favour") in an email that says the council has still to decide ("it's
  // a council decision", "the parish council hasn't taken a position"): not passed off as the
  // council's (3.1). Hits come in text order: one pointer walks the sentences (linear on 1 MB).
  let j = 0;
  let judged = -1;
  let why = 0;
  let undecided: boolean | undefined;
  const excused = (hit: PhraseHit): boolean => {
    while (j < sentences.length && sentences[j].end <= hit.start) j++;
    const s = sentences[j];
    if (!s || s.start > hit.start) return false;
    if (judged !== j) {
      judged = j;
      const said = text.slice(s.start, s.end).toLowerCase();
      why = OWN_ILLNESS.test(said) && !COUNCIL_MATTER.test(said) ? 1 : OWN_VOTE.test(said) || firstPhrase(BY_TIERS.personal, said) ? 2 : 0;
    }
    return why === 1 || (why === 2 && (undecided ??= COUNCIL_UNDECIDED.test(text.toLowerCase())));
  };
  // Without a contested topic anywhere, only the sender's own tiers can count: one scan, a hit at a time.
  if (which === 'all' || !firstPhrase(TOPICS, text)) {
    for (let from = 0; ; ) {
      const hit = firstPhrase(BY_TIERS[which], text, from);
      if (!hit || !excused(hit)) return hit;
      from = hit.end;
    }
  }
  const hits = scanPhrases(MARKERS, text);
  const tiers = new Set(TIERS[which]);
  // Each sentence is scanned for a topic once, however many markers it holds.
  let k = 0;
  let scanned = -1;
  let topical = false;
  for (const hit of hits) {
    if (tiers.has(OPINION_MARKERS[hit.index].tier)) {
      if (excused(hit)) continue;
      return hit;
    }
    while (k < sentences.length && sentences[k].end <= hit.start) k++;
    const sentence = sentences[k];
    if (!sentence || sentence.start > hit.start) continue;
    if (scanned !== k) {
      scanned = k;
      topical = firstPhrase(TOPICS, text, sentence.start, sentence.end) !== undefined;
    }
    if (topical && !excused(hit)) return hit;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'disclaimer/personal-views',
    category: 'disclaimer',
    clause: '2.2',
    summary: 'Personal views to someone outside the council without the disclaimer',
    defaultLevel: 'warn',
    messages: {
      missing:
        '"{phrase}" expresses a personal view, and this email goes outside the Council without the disclaimer. A disclaimer must be stated where personal views are expressed (2.2), so they are not passed off as the Council\'s (3.1). Add the disclaimer.',
    },
    inputs: ['recipients', 'body'],
  },
  check(ctx, report) {
    if (!ctx.externalRecipients.length) return;
    const hit = personalView(ctx);
    if (!hit) return;
    if (hasDisclaimer(ctx.draft.body.text, ctx.config.disclaimer)) return;
    report({
      messageId: 'missing',
      data: { phrase: hit.text },
      span: { field: 'body', start: hit.start, end: hit.end },
      actual: hit.text,
      fixes: [{ kind: 'insert-disclaimer', text: ctx.config.disclaimer }],
    });
  },
});
