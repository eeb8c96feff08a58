// Credentials written without a label (issue #17): "the gate's 4516", "key box by the door is 7124",
// "1357 on the little box on the wall", "8080 then press enter", "log in with councilbank /
// Marigold!88". A value of the right shape is the candidate; the words around it decide: an
// access device named just before it with a bare "is", "'s" or ":" between them, a keypad or box
// named just after it, keypad steps after it, or a login and a password-shaped word joined by
// "/", "with", "and it's". References (booking, order, invoice), dial-in blocks, prices, years
// "in 2001", addresses ("455 Mead Lane") and amounts with units ("2500 square feet") are not codes.
// Every read is bounded (a few dozen characters either side of a candidate), so the cost is linear.
import { labelsAReference } from '../../judge/labels';
import { lineBounds, sentenceStart } from '../../judge/window';
import { matches } from '../../text/mask';

export interface UnlabelledHit {
  kind: 'code' | 'password';
  start: number;
  end: number;
}

/** At most this many candidate values are judged per field (a long document is not a handover note). */
const MAX_CANDIDATES = 400;

/** A code: 3–8 digits (a trailing "#" allowed), or 3–6 groups of one or two digits ("9-8-1", "7 2 4 6"). */
const CODE = /(^|[^\w£$€#.,/@-])(\d{3,8}#?|\d{1,2}(?:[- ]\d{1,2}){2,5})(?![\w£$€%/@-]|[.,:]\d| \d)/g;

/** Things opened with a code: any code-shaped value given for them is a code. */
const ACCESS = new Set([
  'gate', 'gates', 'door', 'doors', 'shed', 'hut', 'store', 'storeroom', 'cupboard', 'cabinet', 'locker', 'lockers', 'safe',
  'keysafe', 'keybox', 'lockbox', 'padlock', 'lock', 'combination', 'combo', 'keypad', 'pad', 'alarm', 'shutter', 'shutters',
  'container', 'compound', 'cage', 'yard', 'override', 'tin', 'box',
]);
/** Rooms and buildings: "the chapel is 4040" gives a code only when the value cannot be a year. */
const PLACES = new Set([
  'chapel', 'pavilion', 'hall', 'parlour', 'museum', 'depot', 'workshop', 'toilets', 'loos', 'kitchen', 'bar', 'stage',
  'tower', 'garage', 'basement', 'cellar', 'annexe', 'entrance', 'exit',
]);
/** Words between the device and the value that make it a number of something else ("door number is 1050"). */
const NOT_A_CODE = new Set([
  'number', 'no', 'nos', 'ref', 'reference', 'extension', 'ext', 'phone', 'tel', 'telephone', 'fax', 'unit', 'invoice',
  'order', 'job', 'account', 'postcode', 'post', 'zip', 'budget', 'cost', 'costs', 'price', 'width', 'height', 'length', 'size',
  'capacity', 'total', 'count', 'figure', 'weight', 'year', 'date', 'meter', 'reading', 'serial', 'model', 'id', 'was', 'were', 'meters',
  'has', 'had', 'will', 'would', 'office', 'booking', 'dial', 'conference', 'area', 'tax', 'sort', 'line', 'page', 'item',
  'ticket', 'volume', 'volumes', 'rate', 'rent', 'fee', 'charge', 'value', 'error', 'product', 'discount', 'promo', 'voucher',
  'confirmation', 'customer', 'membership', 'registration', 'course', 'event', 'flight', 'opening', 'hours', 'time', 'times',
  'distance', 'temperature', 'sales', 'profit', 'revenue', 'city', 'delivery', 'tracking', 'parcel', 'call', 'hotline', 'helpdesk', 'helpline',
  'contract', 'contracts', 'quote', 'quotation', 'estimate', 'bill', 'grant', 'spend', 'insurance', 'premium', 'subscription', 'salary',
]);
/** The word just before a value that makes it a number of something else ("Room 101", "in 2019", "over 1000"). */
const NOT_BEFORE_VALUE = new Set([
  ...NOT_A_CODE, 'room', 'flat', 'house', 'plot', 'bus', 'route', 'built', 'installed', 'fitted', 'opened', 'since', 'in', 'about',
  'around', 'over', 'under', 'than', 'approximately', 'only', 'nearly', 'almost', 'some', 'of', 'from', 'by', 'at', 'to', 'the',
]);

/** The separator just before a value: "'s", "is", "are" (with "now", "still", "set to", "on"), ":", "=", or a comma or dash. */
const SEPARATOR_END = /(?:['’]s(?:[ \t]on)?|\b(?:is|are)(?:[ \t](?:now|still|set[ \t]to|on))?|[:=,–—-])[ \t]{0,3}$/i;
/** After a code: the end of the clause, or a word that carries on the instruction, never a unit or a place. */
const CODE_FOLLOWS = /^(?:#|[ \t]{0,3}(?:$|[,;:!?)\n]|\.(?!\d)|(?:then|and|followed|if|or|but|so|on|for|with|please|[–—-])(?![A-Za-z])))/i;
/** A keypad, box or lock named just after the value: "1357 on the little box on the wall". */
const DEVICE_AFTER = /^[ \t]{1,3}(?:on|into|in|at)[ \t]{1,3}(?:the[ \t]|my[ \t]|our[ \t]|that[ \t]|this[ \t])?(?:[A-Za-z'’-]{1,15}[ \t]){0,2}(?:key[ \t]?pad|pad|key[ \t]?safe|key[ \t]?box|lock[ \t]?box|box|padlock|panel|dial|lock)(?![A-Za-z])/i;
/** Keypad steps after the value: "8080 then enter", "4471, then press the tick", "3690 followed by set". */
const STEPS_AFTER = /^#?[ \t]{0,2},?[ \t]{0,2}(?:then|followed[ \t]by|and[ \t]then)[ \t]{1,3}(?:press(?:ing)?[ \t]{1,3}|hit(?:ting)?[ \t]{1,3}|push[ \t]{1,3})?(?:the[ \t]{1,3})?(?:tick|enter|ok|set|unset|off|on|key|hash|star|#|\*|green|red|button)(?![A-Za-z])/i;
/** Auxiliaries in NOT_A_CODE ("the door number was 1050"), which "has changed to" also uses. */
const AUXILIARIES = new Set(['has', 'had', 'was', 'were', 'will', 'would']);
/** Words that name a secret: after one, earlier words ("customer number") no longer describe the value. */
const SECRET_WORDS = new Set(['passcode', 'password', 'pin', 'unlock', 'pass', 'combination', 'secret', 'memorable', 'login', 'passphrase']);
/** Money or a digit group just before a value: the value is the tail of a sum or a phone number. */
const NUMBER_TAIL = /(?:[£$€]|\d[ \t,]{1,2})$/;
/** A value inside a run of numbers joined by dashes, dots or slashes ("713 - 853 - 7777", "05 / 14 / 2001"). */
const IN_NUMBER_RUN_BEFORE = /\d\s{0,2}[-–./:]\s{0,2}$/;
const IN_NUMBER_RUN_AFTER = /^\s{0,2}[-–./:]\s{0,2}\d/;
/** A street after a number: an address ("9 Crown St", "455 Mead Lane"), not a code. */
const ADDRESS_AFTER = /^[ \t]{1,3}(?:[A-Za-z'’-]{1,20}[ \t]{1,3}){0,2}(?:st|street|road|rd|lane|ln|avenue|ave|drive|dr|close|way|court|ct|place|pl|crescent|blvd|boulevard|parkway|hill|row|terrace|mews|green)(?![A-Za-z])/i;
/** After a number: a unit, an ordinal, a floor or a port count. */
const UNIT_AFTER = /^[ \t]{0,2}(?:st|nd|rd|th)?[ \t]{0,2}-?[ \t]{0,2}(?:mbps|kbps|gbps|mb|gb|kb|tb|ghz|mhz|kw|kwh|mw|mwh|kg|mm|cm|km|mph|bps|floor|port|ports|series|dpi|watts?|volts?)(?![A-Za-z])/i;
/** A telephone number: digits keyed after one in the same sentence go into a phone (a dial-in, a menu). */
const PHONE = /(?:\+44[ \t]?|\b0)\d{2,4}[ \t]?\d{3,4}[ \t]?\d{3,4}\b/;
/** A value that could be a year ("the chapel is 1890"). */
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;

/** The words of `s`, lower-case, without punctuation around them ("gate's" is "gate"). */
function words(s: string): string[] {
  return (s.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? []).map((w) => w.replace(/['’]s$/, ''));
}

/**
 * What the text before a value names, with a bare separator between them ("the gate's", "key box by
 * the door is", "Outdoor gym store:"): an access device, a room or building, or neither. A comma or
 * dash needs the device right before it; a word such as "number", "cost" or "booking" among the last
 * five words makes the value a number of something else.
 */
function namedBefore(before: string): 'access' | 'place' | undefined {
  const sep = SEPARATOR_END.exec(before);
  if (!sep) return undefined;
  const last = words(before.slice(0, sep.index)).slice(-5);
  if (last.some((w) => NOT_A_CODE.has(w))) return undefined;
  const bare = /^[,–—-]/.test(sep[0].trim());
  const candidates = bare ? last.slice(-1) : last;
  if (candidates.some((w) => ACCESS.has(w))) return 'access';
  if (candidates.some((w) => PLACES.has(w))) return 'place';
  return undefined;
}

/** The word just before the value. */
function wordBefore(before: string): string {
  const w = words(before);
  return w[w.length - 1] ?? '';
}

/** Each candidate value of `re` (group 1 the character before it, group 2 the value), at most MAX_CANDIDATES. */
function* candidates(re: RegExp, text: string): Generator<{ start: number; value: string }> {
  let n = 0;
  for (const m of matches(re, text)) {
    if (++n > MAX_CANDIDATES) return;
    yield { start: m.index + m[1].length, value: m[2] };
  }
}

/** Codes given as values without a label. */
function codes(text: string): UnlabelledHit[] {
  const out: UnlabelledHit[] = [];
  for (const { start, value } of candidates(CODE, text)) {
    const end = start + value.length;
    const line = lineBounds(text, start, 120);
    const from = Math.max(line.start, sentenceStart(text, start, 80));
    const before = text.slice(from, start);
    const after = text.slice(end, Math.min(line.end, end + 60));
    const named = namedBefore(before);
    const follows = CODE_FOLLOWS.test(after) || DEVICE_AFTER.test(after) || STEPS_AFTER.test(after);
    let hit = false;
    if (named === 'access') hit = follows;
    else if (named === 'place') hit = follows && !YEAR_LIKE.test(value) && !/^\d{3}$/.test(value);
    // With nothing named before it, the value must be a whole code (not the tail of a phone number).
    else if (!NOT_BEFORE_VALUE.has(wordBefore(before)) && !NUMBER_TAIL.test(before) && !/^\d{3}$/.test(value)) hit = DEVICE_AFTER.test(after) || STEPS_AFTER.test(after);
    if (!hit) continue;
    // A booking or order reference, a conference PIN, a dial-in block: not a secret.
    if (labelsAReference(text, from, start)) continue;
    out.push({ kind: 'code', start, end });
  }
  return out;
}

/**
 * Does a code-shaped value at [start, end) stand as a possible secret, by the checks the rule applies
 * to its own candidates? Not when a booking, order or dial-in label goes with it, when the words just
 * before make it a number of something else ("invoice", "extension", "in 2019", "Room 101"), or when
 * it is part of a sum, a phone number or a date, or keyed after a phone number. Used for the learnt judgement's candidates (issue #17)
 * and for codes given for something named nearby (./given.ts); `keyed`: a keying verb or a dial
 * setting gives the value ("tap in 5 8 3 1", "turn it to 1941"), so the word just before it and a
 * year's shape say nothing; `setTo`: "has changed to" gives it, so its auxiliary is no number of something.
 */
export function codeStands(text: string, start: number, end: number, keyed = false, setTo = false): boolean {
  const line = lineBounds(text, start, 120);
  const from = Math.max(line.start, sentenceStart(text, start, 80));
  const before = text.slice(from, start);
  // Only the words after the last thing opened with a code count ("customer number 4021, passcode 8311").
  const last = words(before).slice(-5);
  let k = last.length;
  while (k > 0 && !ACCESS.has(last[k - 1]) && !SECRET_WORDS.has(last[k - 1])) k--;
  // `setTo`: "has changed to" gives the value, so its auxiliary is no number of something.
  if (!keyed && last.slice(k).some((w) => NOT_A_CODE.has(w) && !(setTo && AUXILIARIES.has(w)))) return false;
  const value = text.slice(start, end);
  // A year in running text ("making 1999 a good year"), unless a code word just before names it.
  if (k === 0 && YEAR_LIKE.test(value) && !keyed) return false;
  // A unit, a floor or a size after the value: a quantity or a model number ("1000 mbps", "4th floor").
  if (UNIT_AFTER.test(text.slice(end, end + 16))) return false;
  // A record of figures (a meter reading, a line of data): many numbers on one line.
  if ((text.slice(line.start, line.end).match(/\d{3,}/g) ?? []).length >= 6) return false;
  // "turns to 6-6-1": a group of digits is no amount; a bare number after "in", "over", "to" is.
  if (!keyed && !setTo && !/^\d{1,2}(?:-\d{1,2})+$/.test(text.slice(start, end)) && NOT_BEFORE_VALUE.has(wordBefore(before))) return false;
  // The run may be wrapped over a line end, so these two read across it.
  if (NUMBER_TAIL.test(before) || IN_NUMBER_RUN_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || IN_NUMBER_RUN_AFTER.test(text.slice(end, end + 6))) return false;
  if (ADDRESS_AFTER.test(text.slice(end, end + 50))) return false;
  // "Dial 0800 123 4567, then enter 553815 when asked": the phone's keypad, not a door's.
  if (PHONE.test(text.slice(sentenceStart(text, start, 160), start))) return false;
  return !labelsAReference(text, from, start);
}

/** Does a password-shaped word stand as a possible password (not a product or file name, not a reference)? */
export function passwordStands(text: string, start: number, end: number): boolean {
  if (!looksLikePassword(text.slice(start, end))) return false;
  const line = lineBounds(text, start, 160);
  return !labelsAReference(text, Math.max(line.start, sentenceStart(text, start, 160)), start);
}

/** A password-shaped word: starts with a letter, 6–40 characters, letters with a digit or a symbol. */
const PASSWORD = /(^|[\s(/,:;"'“‘])([A-Za-z][A-Za-z0-9!#$%&*?_~^+.-]{4,38}[A-Za-z0-9!#$%&*?_~^+])(?=$|[\s,;:)"'”’]|[.?](?:\s|$))/g;
/** What joins a login to its password: "/", "with", "and it's", "then", "followed by", "pass". */
const JOINED = /(?:\/|,|\b(?:with|and|then|pass|password|key|type|enter|use|put[ \t]in|followed[ \t]by|it['’]s))[ \t]{0,3}["'“‘]?$/i;
/** An account or device the password opens, somewhere in the sentence. */
const ACCOUNT = /\b(?:log(?:s|ged|ging)?[ -]?(?:in|on)|login|sign(?:s|ed)?[ -]?in|user(?:name)?|user[ -]?id|account|admin|portal|app|website|e-?mail|mailbox|wi-?fi|network|ssid|laptop|i?pad|tablet|computer|pc|drive|bank(?:ing)?|router|nas|cloud|facebook|instagram|mailchimp|screen|get in|get into)\b/i;
/** Product and file names that look like passwords ("Office365", "budget2.xls"). */
const NOT_A_PASSWORD = /^(?:office|microsoft|windows|win|iphone|ipad|covid|utf|iso|ipv|sha|mp|ext|item|version|v|page|room|flat|unit|plot|route|ref)[-_ ]?\d|\.[a-z]{2,4}$|@/i;

function looksLikePassword(w: string): boolean {
  if (NOT_A_PASSWORD.test(w)) return false;
  const letters = (w.match(/[A-Za-z]/g) ?? []).length;
  if (letters < 3 || !/[a-z]/.test(w)) return false;
  // A digit anywhere, or a symbol that is not just the end of the sentence ("Calendar2025?", "Bl!ue?").
  return /[0-9]/.test(w) || /[!#$%&*?_~^+]/.test(w.slice(0, -1));
}

/** An email address just before the joiner: the login the password goes with. */
const EMAIL_JOINED = /@[^\s@]{1,255}\.[a-z]{2,24}[ \t]{0,3}(?:\/|,|and|then|with|pass(?:word)?|it['’]s)[ \t]{0,3}["'“‘]?$/i;
/**
 * A login on a line of its own: an email address (after a label at most), or a user name after a label
 * ("Username: halls").
 */
// Blanks around an optional mark are `[ \t]*(?:mark[ \t]*)?`, not `[ \t]*mark?[ \t]*`: the same lines, but a long run of
// blanks no longer splits two ways (quadratic backtracking; test/hardening/regex-safety).
const LOGIN_LINE = /^[ \t]*(?:(?:e-?mail|log[ \t-]?in|user[ \t]?(?:name|id)?|account)[ \t]*(?:(?:[:=–—-]|is)[ \t]*)?[^\s@]{1,64}@[^\s@]{1,255}\.[a-z]{2,24}|[^\s@]{1,64}@[^\s@]{1,255}\.[a-z]{2,24}|(?:log[ \t-]?in|user[ \t]?(?:name|id)?)[ \t]*(?:(?:[:=–—-]|is)[ \t]*)?[A-Za-z0-9][\w.@-]{1,63})[ \t]*(?:[.,;][ \t]*)?$/i;
/** A bare user name ("coldwickhuts"): a login only under a web address. */
const BARE_LOGIN = /^[ \t]*[A-Za-z0-9][\w.-]{2,39}[ \t]*$/;
const WEB_ADDRESS = /^[ \t]*(?:https?:\/\/|www\.)\S+[ \t]*$/i;
/** The password's line holds only it, after a short label at most ("Puffin2026!", "pw - Puffin2026!"). */
const PASSWORD_LINE = /^[ \t]*(?:[-*•>][ \t]*)?(?:(?:pass|pw|p\/w|pword|key|then|and)[ \t]*(?:[:=–—-][ \t]*)?)?\S+[ \t]*(?:[.;,][ \t]*)?$/i;
/** A site, a system or an account named near the lines: what the login opens. */
const SITE = /\b(?:site|system|software|bookings?|dashboard|portal|app|admin|account|wi-?fi|network|user ?name|log ?(?:in|on)|login|sign ?in|get (?:in|on ?to|onto))\b|https?:|www\./i;

/** The line before the one starting at `lineStart` (bounds), or undefined at the top of the text. */
function lineAbove(text: string, lineStart: number): { start: number; end: number } | undefined {
  if (lineStart <= 0) return undefined;
  return lineBounds(text, lineStart - 1, 200);
}

/**
 * A password given on its own line under a login, the way a login is set out ("https://bookings…\n
 * office@…\nPuffin2026!", "Username: halls\nMeadow!42"): the line above is an email address or a
 * labelled user name (or a bare user name under a web address), and a site, a system or an account
 * is named in those lines or the few before them.
 */
function underLogin(text: string, line: { start: number; end: number }, start: number, end: number): boolean {
  if (!PASSWORD_LINE.test(text.slice(line.start, line.end))) return false;
  const login = lineAbove(text, line.start);
  if (!login) return false;
  const said = text.slice(login.start, login.end);
  const above = lineAbove(text, login.start);
  const bareUnderWeb = !!above && BARE_LOGIN.test(said) && WEB_ADDRESS.test(text.slice(above.start, above.end));
  const near = text.slice(Math.max(0, login.start - 240), end);
  return (bareUnderWeb || LOGIN_LINE.test(said)) && SITE.test(near) && passwordStands(text, start, end);
}

/** Passwords given after a login without a label ("log in with councilbank / Marigold!88"), or under one. */
function passwords(text: string): UnlabelledHit[] {
  const out: UnlabelledHit[] = [];
  for (const { start, value: word } of candidates(PASSWORD, text)) {
    if (!looksLikePassword(word)) continue;
    const line = lineBounds(text, start, 160);
    const from = Math.max(line.start, sentenceStart(text, start, 160));
    const before = text.slice(Math.max(from, start - 40), start);
    // What it opens: an account named in the sentence, or the email address it is joined to ("office@… / Puffin2026").
    const opens = ACCOUNT.test(text.slice(from, Math.min(line.end, start + word.length + 40))) || EMAIL_JOINED.test(text.slice(Math.max(from, start - 80), start));
    const joined = JOINED.test(before) && opens;
    if (!joined && !underLogin(text, line, start, start + word.length)) continue;
    out.push({ kind: 'password', start, end: start + word.length });
  }
  return out;
}

/** Every unlabelled code and password in `text`, in order. */
export function unlabelledSecrets(text: string): UnlabelledHit[] {
  return [...codes(text), ...passwords(text)].sort((a, b) => a.start - b.start);
}
