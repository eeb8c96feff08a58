// Private advertising in plain words (issue #17): the writer's own or a relative's or friend's trade,
// or the writer's own things for sale, offered to the reader ("my brother-in-law does gutters, very
// reasonable, mention my name", "I'm selling my caravan, £6,500 ono", "could you put our café's offer
// in your newsletter?"). A sentence needs both: whose it is (an owner or a relative, a firm named after
// the sender, or a business writing about itself) and an offer (a price, a deal, a way to get in touch, a request to pass it
// on). A declared interest, the council's own events and services, charity appeals, quotes and
// invoices for council work, and questions about licences are not advertising. Reads the sender's own
// sentences, each and with its neighbour; bounded per sentence.
import type { RuleContext } from '../../context';
import { afterGreeting } from '../../judge/window';

export interface OfferHit {
  start: number;
  end: number;
}

/** At most this many sentences are read: a long document is a newsletter, not a plug. */
const MAX_SENTENCES = 120;

const RELATIVE =
  "(?:husband|wife|partner|hubby|missus|son|daughter|lad|boy|girl|brother|sister|mum|mother|dad|father|nephew|niece|cousin|son-in-law|daughter-in-law|brother-in-law|sister-in-law|father-in-law|mother-in-law|grandson|granddaughter|uncle|auntie|aunt|friend|mate|neighbour|other half|fiancée?|girlfriend|boyfriend|kids?|family)";

/** Trades a person is ("I'm a local roofer", "my sister's a hairdresser"). */
const OCCUPATIONS =
  "rep|distributor|stylist|consultant|therapist|trainer|tutor|teacher|instructor|photographer|florist|reflexologist|counsellor|electrician|plumber|builder|roofer|handyman|cleaner|childminder|beautician|hairdresser|landlord|dj|baker|caterer|carpenter|joiner|decorator|gardener|sweep|mechanic|accountant|bookkeeper|solicitor|agent";

/** Whose it is: the writer's or a relative's trade or goods, or a business writing about itself. */
const OWNER = new RegExp(
  "\\b(?:my(?: (?:own|little|new|family|small|local|old))?|our (?:own|little|new|family|small|local)) (?:" + RELATIVE + "(?:'s)?|business|firm|company|shop|salon|café|cafe|practice|agency|studio|garage|gym|bakery|pub|restaurant|farm|stall|van|round|classes|lessons|service|services|band|etsy|website|holiday let|caravan|cottage|flat|garages?|paddock|surplus)\\b" +
    "|\\bi(?:'m| am)(?: now| just)?(?: a| an)(?: \\w+){0,3} (?:" + OCCUPATIONS + ")\\b" +
    "|\\bi(?:'ve| have)? (?:just )?(?:started|opened|set up|launched|become)\\b" +
    "|\\bi(?:'m| am) (?:selling|doing|making|hosting|raffling|letting|renting|offering|taking orders|clearing)\\b" +
    "|\\bi (?:make|sell|fit|teach|bake)\\b" +
    "|\\bwe(?:'re| are)(?: now)?(?: a| an)(?: \\w+){0,3} (?:company|firm|business|team|shop|café|cafe|salon|gym|agency|service)\\b" +
    "|\\bwe(?:'ve| have)? just (?:opened|launched|started)\\b" +
    "|\\b(?:we've|we have|i've|i have) got (?:some |a |loads of |plenty of )?(?:\\w+ ){0,2}(?:for sale|going|left over|leftover|spare|surplus)\\b" +
    "|\\b(?:i(?:'m| am) (?:available|after new clients|building up clients|having a (?:garage|car boot|yard) sale)|i can (?:do you|come|fit|offer)|i(?:'ll| will) look after|of my own|my own|mine's)\\b" +
    "|\\bwe also (?:do|offer|sell|fit)\\b|\\bwe (?:can|could) do (?:you|any|residents|your)\\b|\\bwe(?:'ll| will) look after\\b" +
    "|\\bour (?:\\w+ ){0,2}(?:team|sale|advert|adverts|leaflets?|flyers?|opening offer|menu|turkeys|eggs|hay|logs|trees|caravan)\\b|\\bour sister company\\b" +
    "|\\bmy (?:old|spare|unwanted|late \\w+'s) \\w+|\\bmy(?: \\w+){1,3} (?:business|firm|company|shop|salon|café|cafe|studio|van|stall|round|service)\\b" +
    "|\\bi own (?:a|an|the)(?: \\w+){0,3} (?:business|firm|company|shop|salon|café|cafe|studio|gym|pub|restaurant|garage|bakery)\\b" +
    "|\\b(?:business|shop|café|cafe|salon|lets|classes|stall|round|firm|company) (?:that )?i run\\b|\\b(?:selling|raffling) (?:my|some of my)\\b|\\braffle for my\\b|\\bdoing a bit of\\b" +
    // A guest house or holiday let writing about itself ("we have a double and a twin free over New
    // Year", "we've still got a family room for the show"): rooms to sleep in, which a council does not let.
    "|\\bwe(?:'ve| have)? (?:\\w+ ){0,5}(?:a (?:double|twin)|(?:double|twin|family) rooms?)\\b",
);
/** A sale of one's own things: with a first-person word anywhere in the sentence, this is an offer by itself. */
const SALE =
  /\b(?:(?:is|are|'s|mine's) (?:up )?for sale|selling (?:my|off my)|make me an offer|ono|or offers|or nearest offer|£\s?\d[\d,.]*(?: cash| each| the lot| the bundle| a (?:jar|dozen|bag|go|ticket|strip|week|month|night|day|session|load|basket|house|walk|head|plot|shirt)| an hour| per (?:hour|day|week|month|night|session)| or offers| ono)|(?:going|up) for sale)\b/;
const FIRST_PERSON = /\b(?:my|mine|mine's)\b/;

/** An offer: a price, a deal, a way to reach the seller, a request to spread it. */
const OFFER =
  /(?:£\s?\d|\b\d{1,2} ?(?:%|per ?cent) off\b|\bhalf price\b|\bmates'? rates?\b|\bmention (?:my name|me|this|the council)\b|\bsay i sent you\b|\btell (?:them|him|her) (?:i|(?:his|her|their|your) \w+) sent you\b|\b(?:good|fair|special|cheap) (?:price|deal|rate)s?\b|\b(?:do|give) (?:you|anyone) a (?:deal|discount|good price)\b|\bdiscounts?\b|\bfree (?:quotes?|survey|trial|session|lesson|delivery|valuation|consultation|first)\b|\b(?:first|1st) (?:\w+ )?(?:free|half price)\b|\b(?:pass|share|forward|give out|hand out) (?:on )?(?:my|our|his|her|their) (?:details|number|card|flyers?|leaflets?|page|brochure|name)\b|\b(?:pass|spread) (?:it|this) (?:on|round|around)\b|\bspread the word\b|\btell your (?:friends|neighbours|residents|members|staff)\b|\b(?:drop|send) me a (?:line|message)\b|\bmessage me\b|\bshout if\b|\bgive (?:me|him|her|us|them) a (?:ring|call|bell)\b|\bif (?:anyone|anybody|any of you)(?: \w+){0,2} (?:needs?|wants?|is after|are after|fancies|fancy|is looking|are looking)\b|\b(?:anyone|anybody) (?:want|wants|need|needs|after|fancy|fancies|interested)\b|\bif (?:anyone|anybody)(?:'s| has) got\b|\b(?:slots?|availability|spaces|places|a gap) (?:free|available|left|in the diary)\b|\btaking (?:on )?(?:new )?(?:clients|customers|bookings|orders)\b|\bfor sale\b|\bono\b|\bor nearest offer\b|\bmake me an offer\b|\bcollection only\b|\bfirst come,? first served\b|\bto let\b(?! (?:you|me|us|them|him|her|everyone|all)\b)|\bfor rent\b|\b(?:in|into) (?:your|the council's|the) (?:newsletter|magazine|parish magazine|website|facebook page)\b|\b(?:put|share|mention|include|advertise|promote) (?:it|this|us|our|my)\b|\bvery reasonable\b|\bcheaper than\b|\bcash (?:preferred|is fine|only)\b|\bpoint them (?:my|our) way\b|\bhere's (?:his|her|my|our|their) (?:number|page|card|details|website)\b|\bget in touch\b|\bcome and (?:find|see|say hello|have a look)\b|\b(?:could|would|can) (?:the council|you|your \w+)(?:'s \w+ page)?(?: please)? (?:put|share|mention|give|pass|hand|circulate|tell|forward|pop|include) (?:my|our|his|her|their|him|us|it to|this to|a word)\b|\border(?:s| form)? (?:by|back|form|attached)\b|\b(?:reasonable|reduced|group|special) (?:rent|rate|rates|price|prices)\b|\b\d+ per ?cent off\b|\bfree (?:pint|trial|weekend|first)\b|\b(?:has|have|got) (?:some )?(?:availability|slots|room for|a gap|places|spaces)\b|\bwould love (?:a few|new|to sell|to offer|to quote|to speak|to see you)\b|\bplease (?:have a look and share|share|circulate)\b|\bfeel free to pass\b|\bhappy to (?:bring|pop round|drop|come)\b|\bif (?:you or )?any of (?:you|your \w+)\b|\b(?:grateful|appreciate it) if you (?:could|would) (?:tell|pass|share|mention|forward|put|let)\b|\btell (?:your|the) (?:councillors|staff|residents|members|families|parents|neighbours|friends)\b|\bcheap\b|\bkids go free\b|\bguide price\b)/;

/** Not private advertising: an interest declared, the council's own business, charity, quotes and invoices for council work, questions. */
const NOT_ADVERTISING =
  /\b(?:declare|declaring|declared|an interest|pecuniary|abstain\w*|leave the room|the council's (?:own|summer|christmas|annual)|council event|mayor's (?:charity|appeal)|(?:all )?(?:proceeds|money|profits) (?:go|goes|going|will go) to|in aid of|raising money for|for the (?:hospice|food bank|charity)|registered charity|quote for the (?:council|works|contract|job|pavilion|tender)|tender|invoice|purchase order|do i need|is (?:there|it) (?:a|any) (?:rule|licence|charge)|who do i|how do i|approved supplier|usual supplier)\b/;

/** Typographic apostrophes as plain ones, lower case: same length, so offsets hold. */
function plain(s: string): string {
  return s.replace(/[’‘]/g, "'").toLowerCase();
}

/**
 * A view is not goods: "my own view: £2 an hour is wrong", "my feeling is the £4,500 price is a good
 * deal" name no one's trade, only what the writer thinks of a charge or a price put to the council.
 */
export const OPINION = /\bmy (?:own )?(?:view|opinion|feeling)\b/gi;

function advertises(text: string, senderName: string | undefined): boolean {
  const lower = plain(text).replace(OPINION, '');
  if (NOT_ADVERTISING.test(lower)) return false;
  return ((OWNER.test(lower) || ownFirm(text, senderName)) && OFFER.test(lower)) || (SALE.test(lower) && FIRST_PERSON.test(lower));
}

/**
 * Trade in plain words: a business, work or custom, a sale or a price. An owner alone ("my wife's car
 * slid into the ditch") is not private advertising, nor is a service in church ("the civic service",
 * "the carol service") or making a meeting or seeing fit ("I won't make Thursday's meeting", "as you see fit").
 */
const TRADE =
  /\b(?:business|firm|company|shop|trade|trading|round|service|services|work|jobs?|customers?|clients?|bookings?|orders?|set up|started|starting|launched|opened|opening|sells?|selling|sold|for sale|does|fits|makes|runs?|offers?|offering|insured|qualified|registered|rates?|prices?|quotes?|deals?|discounts?|stock|stall|lessons|classes|sessions?|sale|sales|bargains?|flyers?|leaflets?|cards?|adverts?|advertis\w*|promot\w*|gifts?|part(?:y|ies)|launch\w*|copies|self-employed|earner|etsy|website|facebook page|we(?:'re| are) (?:a|an))\b|£\s?\d/;
/** A trade a person is ("my sister's a hairdresser"): trade too. */
const OCCUPATION = new RegExp("\\b(?:" + OCCUPATIONS + ")s?\\b");

/** A service in church: no trade. */
const CEREMONY = /\b(?:civic|carol|church|memorial|remembrance) service/g;
const tradeText = (text: string) => plain(text).replace(CEREMONY, '');

/** Trade in plain words, for the learnt judgement: an offer, a sale or a trade word. */
export function speaksOfTrade(text: string): boolean {
  const lower = tradeText(text);
  return OFFER.test(lower) || SALE.test(lower) || TRADE.test(lower) || OCCUPATION.test(lower);
}

/** A business, a sale, a trade or a price named in plain words (not only a request to pass something on). */
export function namesTrade(text: string): boolean {
  const lower = tradeText(text);
  return SALE.test(lower) || TRADE.test(lower) || OCCUPATION.test(lower);
}

/** A price or money off: what a seller asks for ("£6 a session", "15% off", "half price"). */
const PRICED = /£\s?\d|\b\d{1,3} ?(?:%|per ?cent)|\bhalf price\b|\bquid\b|\bfor sale\b|\bdiscount|\bcheap|\bmates'? rates?\b/;

/**
 * A private party's stake in what the window offers: the writer in the singular ("I", "my"), a
 * relative or friend, a business writing about itself ("we're a …"), or a firm named after the sender;
 * or a price asked. Without any, "we" writing from a council office is the council.
 */
export function privateStake(text: string, senderName?: string): boolean {
  const lower = plain(text);
  return OWNER.test(lower) || ownFirm(text, senderName) || /\b(?:i|i'm|i've|i'd|i'll|my|mine|me)\b|\bwe(?:'re| are) (?:a|an)\b/.test(lower) || PRICED.test(lower);
}

/** Titles and post-nominals that are not a surname in a display name ("Cllr Dean Sutcliffe MBE"). */
const NOT_SURNAME = /^(?:cllr|councillor|mr|mrs|ms|miss|mx|dr|mbe|obe|jp|rfo|clerk|mayor)$/i;

/** The words of a firm's name after a surname ("Sutcliffe Plumbing & Heating", "Hext Hedging", "Pugh & Sons"). */
const FIRM_NAME =
  /^(?:['’]s)?[ \t]{1,3}(?:&[ \t]{1,3})?(?:Sons?|Daughters?|Plumbing|Heating|Electrical|Electrics|Building|Builders|Roofing|Joinery|Carpentry|Decorating|Decorators|Gardening|Landscaping|Landscapes|Cleaning|Services|Motors|Garage|Farms?|Bakery|Butchers|Catering|Hair|Beauty|Fitness|Taxis?|Removals|Lettings|Estates?|Property|Properties|Homes|Construction|Contractors|Groundworks|Tree|Trees|Hedging|Fencing|Drainage|Glazing|Windows|Kitchens|Bathrooms|Flooring|Design|Printing|Photography|Accountancy|Accountants|Solicitors|Consulting|Trading|Supplies|Ltd|Limited|Holidays|Cottages|Kennels|Cattery|Stables|Nursery|Nurseries|Florists?|Café|Cafe|Tearooms?|Stores?|Hire|Haulage|Logs|Firewood)\b/;

/**
 * A firm named after the sender ("Sutcliffe Plumbing & Heating is doing 15% off" from Cllr Dean
 * Sutcliffe): the sender's surname (the last word of their display name) followed by a trade name.
 */
function ownFirm(text: string, senderName: string | undefined): boolean {
  const words = (senderName ?? '').split(/[\s,]+/).filter((w) => /^[A-Z][A-Za-z'’-]{2,}$/.test(w) && !NOT_SURNAME.test(w));
  const surname = words.length >= 2 ? words[words.length - 1] : undefined;
  if (!surname) return false;
  for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) {
    if (i > 0 && /[A-Za-z]/.test(text[i - 1])) continue;
    if (FIRM_NAME.test(text.slice(i + surname.length, i + surname.length + 30))) return true;
  }
  return false;
}

/**
 * The council's own services and charges, offered from its office ("I'm pleased to offer you plot 14B
 * at the allotments … the annual rent is £38", "I can offer you the village hall … the hire charge is
 * £60"): the council's business, not private advertising, unless a relative, the writer's own business
 * or a sale of their own things comes into it ("my husband grows too many leeks on his allotment").
 */
const COUNCIL_SERVICE = /\b(?:allotment|tenancy|(?:village|town|parish|community) hall|pavilion|cemetery|burial|interment|hire (?:charge|fee)|pitch fee|market (?:stall|pitch))/;
const PRIVATE = new RegExp("\\bmy (?:" + RELATIVE + "|business|firm|shop|band)\\b|\\bi(?:'m)? (?:sell|run|mak|doing|do\\b)");
/** Sent from the council's own office (not a councillor's address): the council's voice. */
export const councilVoice = (ctx: RuleContext) => ctx.sender.role !== 'councillor' && !!ctx.draft.from && ctx.isInternal(ctx.draft.from.address);
export function councilsOwn(ctx: RuleContext, said: string): boolean {
  const lower = plain(said);
  return councilVoice(ctx) && COUNCIL_SERVICE.test(lower) && !PRIVATE.test(lower) && !SALE.test(lower);
}

/** The first sentence, or pair of neighbouring sentences, of the sender's own words that advertises privately. */
export function privateOffer(ctx: RuleContext): OfferHit | undefined {
  const text = ctx.draft.body.text;
  const sentences = ctx.sentences.slice(0, MAX_SENTENCES);
  const sender = ctx.draft.from?.name;
  const offers = (a: number, b: number) => advertises(text.slice(a, b), sender) && !councilsOwn(ctx, text.slice(a, b));
  for (let i = 0; i < sentences.length; i++) {
    const one = sentences[i];
    if (offers(one.start, one.end)) return { start: afterGreeting(text, one.start, one.end), end: one.end };
    const two = sentences[i + 1];
    if (!two || two.start - one.end > 4) continue;
    if (offers(one.start, two.end)) return { start: afterGreeting(text, one.start, two.end), end: two.end };
  }
  return undefined;
}

/** The expression built from word lists, for the ReDoS tests (the literals are checked where they stand). */
export const PRIVATE_OFFER_BUILT: RegExp[] = [OWNER, OCCUPATION, PRIVATE];
