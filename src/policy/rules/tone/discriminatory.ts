import { defineRule } from '../../rule';
import { judgedTone } from './candidates';
import { scored, type JudgedSentence } from './judged';
import { perCheck } from '../../judge/per-check';
import type { RuleContext } from '../../context';
import { forwardedFrom, sentenceReported } from '../../judge/reported';
import { circumstantial, FIGURES, judgesByCharacteristic, takesStance, namesGroup, readsGroup } from '../../judge/generalisation';
import { NewsCues } from '../../judge/whose';
import { namesProtectedGroup, TONE_MAX_SENTENCES } from '../../models/council';
import { MAX_JUDGED_OFFSET, quoteOf } from './judged';

/** A sentence about the writer's own characteristic: "As a practising Muslim, I …", "I'm disabled and …". */
const SELF_DESCRIBED = /^\s*(?:as an? [^,.;]{1,40},?\s+(?:i|we)\b|(?:i|i'm|i’m|i am)\s)/i;
/** The writer saying what they are, anywhere in the sentence: "because I'm a man, I …", "speaking as a mum". */
const SELF_ANYWHERE = /\b(?:i'?m|i’m|i am|as) an? (?:man|woman|bloke|lass|mum|mother|dad|father|wife|husband|pensioner|grandmother|grandfather|gran|grandad|widow(?:er)?|christian|catholic|muslim|jew|hindu|sikh|woman of|man of)\b/i;
/**
 * A supportive or equality statement: what the law or the council's duty requires, a welcome, thanks.
 * A learnt score does not outweigh these words; the rule's own judgement (../../judge/generalisation.ts) reads them too.
 */
const SUPPORTIVE = /\b(?:must(?:n['’]t| not)|unlawful|illegal|protected characteristic|equality|equal opportunit\w+|discriminat\w*|reasonable adjustments?|accessible|welcom\w+|inclusive|celebrat\w+|congratulat\w+|thank\w*)\b/i;
/** People named by the characteristic in ways the group lists leave out: "be a man", "the traveller family", "the Polish Saturday school". */
const AIMED_ALSO = /\b(?:(?:be|is|was|being) an? (?:man|woman|bloke|girl|lady)|traveller (?:famil(?:y|ies)|site|lot|kids|children|parties)|prayer (?:room|mats?)|(?:polish|chinese|indian|turkish|romanian|african|asian|muslim|jewish|sikh|hindu)(?: \w+)? (?:school|takeaways?|shops?|restaurants?|caf[eé]s?|club|weddings?|festivals?|families|people))\b/i;
/** The characteristics named as such, two or more ("questions about age, marriage or religion"): a statement about the law or a policy, not about people. */
const CATEGORY_NAMES = /\b(?:age|disability|gender reassignment|marriage|civil partnership|pregnancy|maternity|race|religion|belief|sex|sexual orientation)\b/gi;
const namesCategories = (s: string) => (s.match(CATEGORY_NAMES) ?? []).length >= 2;
/** "Gay" alone is as often a surname ("Randy Gay"); as a group it comes with a person word or a verb (the group lists have those). */
const LONE_GAY = /\bgay\b(?! (?:people|couples?|men|man|women|woman|bloke|lads?|ones?|community|pride|lot))/gi;
/** "Transitioning into his new role": a change of job, not of gender. */
const NEW_ROLE = /\btransition(?:ing|ed|s)? (?:in)?to (?:his|her|their|a|an|the|our|my) /gi;
/** Parking for disabled drivers: a place, not people. */
const BAYS = /\bdisabled (?:bays|parking)\b/gi;
/** The words a learnt finding is aimed by: a surname and a change of job left out. */
const aimWords = (s: string) => s.replace(LONE_GAY, '').replace(NEW_ROLE, '').replace(BAYS, '');
/** Someone's own request passed on ("has asked which toilets to use"): not a judgement of them. */
const THEIR_REQUEST = /\b(?:has|have|had) asked\b|\basked (?:for|whether|if|which|to)\b/i;
/**
 * The writer's own group, in the plural: "as Christians we must…", "we mums", "us older ones". The
 * singular is SELF_DESCRIBED and SELF_ANYWHERE.
 */
const OWN_GROUP =
  /\b(?:as (?:\w+ )?(?:christians|catholics|muslims|jews|hindus|sikhs|buddhists|women|men|mums|mothers|dads|fathers|parents|pensioners|older (?:people|ones|members|residents)|disabled people|immigrants|travellers|gay (?:people|men|women)|lesbians)[,;]? (?:we|i|us)|(?:we|us) (?:\w+ )?(?:christians|catholics|muslims|jews|hindus|sikhs|women|men|mums|mothers|dads|fathers|parents|pensioners|oldies|older (?:ones|people|members|residents)|disabled|immigrants|travellers|lesbians|gays))\b/i;
/**
 * People of both sexes or every age named together ("men and women", "mums and dads", "young and
 * old"): an inclusive mention or a description of a crowd, not one group judged against another.
 */
const BOTH_GROUPS =
  /\b(?:men and women|women and men|boys and girls|girls and boys|ladies and gentlemen|mums and dads|mothers,? (?:and )?fathers|fathers and mothers|husbands and wives|young and old|old and young|women(?:'s| ['’] s)? and men|men and ladies|ladies and men|guys and (?:girls|gals)|lads and lasses)\b/i;
/**
 * Help for a group or a hardship it meets ("the elderly can't afford their bills", "help wheelchair
 * users evacuate"): concern for people, not a low opinion of them.
 */
const CONCERN = /\b(?:help(?:s|ed|ing|ful)?|assist\w*|protect\w*|vulnerable|afford\w*|suffer\w*|care for|provide for|on behalf of|in need|hardship|struggl\w+)\b/i;
/** An event a group or its church, club or school holds ("the Catholic church will host a Mass"): news of it, not a judgement of them. */
const HOSTS_EVENT = /\b(?:host(?:s|ed|ing)?|(?:will|to) hold|is holding|are holding|holds)\b/i;
/** Explicit sexual content ("sexy", "naked", "porn"): tone/harassment's and tone/vulgar's to judge, not a judgement of a group. */
const EXPLICIT = /\b(?:sexy|naked|nude|porn\w*|fuck\w*|horny|shag\w*|erotic|webcams?)\b/i;
/**
 * A numbered item of a pasted list ("9) men should never…" in a forwarded joke list), when the text
 * numbers five or more lines: a document, as one of more than TONE_MAX_SENTENCES sentences is.
 */
const NUMBERED_LINE = /^[ \t]*\d{1,2}[ \t]?[.)][ \t]/gm;
const LIST_ITEMS = 5;
function numberedItems(text: string): number[] {
  const out: number[] = [];
  NUMBERED_LINE.lastIndex = 0;
  for (let m = NUMBERED_LINE.exec(text); m; m = NUMBERED_LINE.exec(text)) out.push(m.index + m[0].length);
  return out.length >= LIST_ITEMS ? out : [];
}
/**
 * The writer's own act told with the subject left out ("Told the agency no more …", "Quoted the temple the higher
 * rate"): the writer's decision, not someone else's words, unless it was told to the writer.
 */
const OWN_ACT = /^\W*(?:told|quoted|wrote to|rang) (?!(?:me|us)\b)/i;
/** The same for the rule's own judgement, which reads "I'd rather not …" as the writer's decision, not their own data. */
const AS_A = /^\s*as an? [^,.;]{1,40},?\s+(?:i|we)\b/i;

/**
 * What the rule's own checks decide, once per check: the body spans of its judged candidates (./candidates.ts:
 * "send them back to me" is about documents, reported words warn), and generalisations with no slur
 * ("Older staff can't cope", "not the right sort for this village"): a group named by a protected
 * characteristic and a judgement of it in one sentence (../../judge/generalisation.ts).
 */
const decided = perCheck((ctx: RuleContext) => {
  const found: { start: number; end: number }[] = [];
  for (const j of judgedTone(ctx)) if (j.family === 'discriminatory' && j.field === 'body') found.push(j);
  const generalisations: JudgedSentence[] = [];
  const hedged: JudgedSentence[] = [];
  const sentences = ctx.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.start > MAX_JUDGED_OFFSET) break;
    // The sentence before, for a group it names that this one calls "they".
    const reading = readsGroup(s.text, i > 0 ? sentences[i - 1].text : '');
    if (!reading || found.some((t) => t.start < s.end && t.end > s.start) || AS_A.test(s.text)) continue;
    if (reading === 'hedges') {
      if (!said(ctx, s)) hedged.push({ start: s.start, end: s.end, text: s.text, quote: quoteOf(s.text) });
      continue;
    }
    if (said(ctx, s) && !ownAfterReport(ctx, s) && !OWN_ACT.test(s.text)) continue;
    found.push(s);
    generalisations.push({ start: s.start, end: s.end, text: s.text, quote: quoteOf(s.text) });
  }
  return { found, generalisations, hedged };
});

const said = (ctx: RuleContext, s: { start: number; end: number }) => sentenceReported(ctx.ownText, s.start, s.end);

/**
 * Hedged remarks about a group with no low opinion or forecast named ("In my experience, older
 * applicants …"): tone/discriminatory-possible's to warn on, as are sentences the learnt judgement
 * reads; not those the learnt judgement already warns on.
 */
export const hedgedGeneralisations = (ctx: RuleContext): JudgedSentence[] => decided(ctx).hedged;

/** A clause where the writer speaks again in the first person: ", and we all know …", "; I'd …". */
const OWN_CLAUSE = /[,;:]\s+(?:and |but |so )?(?:we|i)\b(?! (?:said|told|wrote|heard|were told|was told))/gi;
/**
 * Words the writer attributes ("just married according to her application") followed by their own
 * judgement (", and we all know what happens next: … she's off on maternity"): the attribution covers
 * the fact, not the judgement, when a first-person clause from there on is not reported itself and judges
 * people by itself (with the rest of the sentence as what "they" may stand for).
 */
function ownAfterReport(ctx: RuleContext, s: { start: number; end: number; text: string }): boolean {
  OWN_CLAUSE.lastIndex = 0;
  for (let m = OWN_CLAUSE.exec(s.text); m; m = OWN_CLAUSE.exec(s.text)) {
    const at = m.index + 1;
    if (!sentenceReported(ctx.ownText, s.start + at, s.end) && judgesByCharacteristic(s.text.slice(at), s.text.slice(0, at))) return true;
  }
  return false;
}

/**
 * The learnt judgement of the same, on sentences not already decided, with the rule's context checks:
 * aimed at people (a group named by the characteristic, not "old bills" or "black bars"), not the
 * writer's own characteristic ("As a practising Muslim I'll be fasting"), not a supportive or equality
 * statement, not someone else's words, not a forwarded news article.
 * `tier` is where the finding goes: 'block' is this rule, where the policy file lists the judgement;
 * 'warn' is tone/discriminatory-possible. Where the file does not list it, every judged sentence
 * warns. Text below a forward separator typed into the body ("-----Original Message-----" in a new
 * message) is reported words by the writer's own account, but nothing vouches for that (only Outlook's
 * own reply or forward header does): so there it warns at most, even where the file lists the
 * judgement, and is never dropped.
 * A text of more than TONE_MAX_SENTENCES sentences is a document (a newsletter, a forwarded joke
 * list, an article), where one such line is usually someone else's words: the learnt judgement
 * reads messages, as for impolite (../../models/council.ts).
 */
export function learntGeneralisations(ctx: RuleContext, tier: 'block' | 'warn'): JudgedSentence[] {
  const listed = ctx.config.learntJudgements.includes('discrimination');
  if ((tier === 'block' && !listed) || ctx.sentences.length > TONE_MAX_SENTENCES) return [];
  const candidates = scored(ctx, 'discrimination', decided(ctx).found);
  if (!candidates.length) return [];
  const news = new NewsCues(ctx.ownText);
  const forwarded = forwardedFrom(ctx.ownText);
  const typedForward = (s: JudgedSentence) => forwarded >= 0 && s.end > forwarded;
  const items = numberedItems(ctx.ownText);
  return candidates.filter((s) => {
    // Aimed at people the rule's own group lists name ("older staff", "the deaf applicant"); a sentence only the
    // learnt gate's wider words aim ("women", "immigrants" in a pasted article) warns at most.
    // A group's circumstance ("older folk can't get to the hospital now") is concern, not a judgement: it warns at most.
    const aimed = namesGroup(aimWords(s.text)) || AIMED_ALSO.test(s.text);
    if (!aimed && !namesProtectedGroup(s.text)) return false;
    const sure = aimed && !circumstantial(s.text) && takesStance(s.text);
    if (tier === 'block' ? typedForward(s) || !sure : listed && sure && !typedForward(s)) return false;
    if (said(ctx, s) || SELF_DESCRIBED.test(s.text) || SELF_ANYWHERE.test(s.text) || SUPPORTIVE.test(s.text) || THEIR_REQUEST.test(s.text) || namesCategories(s.text) || news.near(s.start)) return false;
    return !(OWN_GROUP.test(s.text) || BOTH_GROUPS.test(s.text) || CONCERN.test(s.text) || HOSTS_EVENT.test(s.text) || EXPLICIT.test(s.text) || FIGURES.test(s.text) || items.some((i) => i >= s.start && i <= s.end));
  });
}

export default defineRule({
  meta: {
    id: 'tone/discriminatory',
    category: 'tone',
    clause: '3.1',
    summary: 'Slurs and discriminatory language',
    defaultLevel: 'block',
    messages: {
      slur: '"{word}" is a slur. The policy forbids sending discriminatory messages (3.1, 2.3). Remove it.',
      statement:
        '"{phrase}" is discriminatory. The policy forbids sending discriminatory messages (3.1) and asks for courtesy (4.3c). Remove it.',
      generalisation:
        'This judges people by a protected characteristic (age, disability, race, religion, sex, sexual orientation, pregnancy, marriage or gender reassignment): "{quote}". The policy forbids sending discriminatory messages (3.1). Judge people as individuals, on what the matter needs.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const j of judgedTone(ctx)) {
      if (j.family !== 'discriminatory' || j.outcome !== 'block') continue;
      const data: Record<string, string> = j.messageId === 'slur' ? { word: j.text } : { phrase: j.text };
      report({ messageId: j.messageId, data, span: { field: j.field, start: j.start, end: j.end }, actual: j.text });
    }
    for (const s of [...decided(ctx).generalisations, ...learntGeneralisations(ctx, 'block')]) {
      report({ messageId: 'generalisation', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
    }
  },
});
