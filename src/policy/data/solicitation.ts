// Chain letters and private advertising (clause 3.1: "chain letters, solicitations or advertisements
// not related to Council business or activities"). Regular-expression sources, case-insensitive,
// non-capturing groups only. Strong cues report alone; weak cues need a second, different cue.
// Council business ("allotment plots available", "hall hire rates", "Christmas market stall
// bookings") uses none of these words. Tuned for precision: see docs/rules/solicitation/.
const NUM = '(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty)';

export const CHAIN_STRONG: readonly string[] = [
  `(?:forward|send|pass|email) (?:this|it)(?: (?:e-?mail|message|letter|on))? (?:on )?to (?:${NUM}|all your|everyone|everybody|as many)(?: (?:people|friends|contacts|others|you know))?`,
  '(?:forward|send|pass) (?:this|it) (?:on )?(?:to )?everyone you know',
  "(?:don't|do not|never) break (?:the|this) chain",
  'break the chain',
  'this chain (?:letter|e-?mail|message)',
  `within ${NUM} (?:hours|days|minutes)[^.!?\\n]{0,40}(?:you will|you'll) (?:receive|get|have|see)`,
];

export const CHAIN_WEAK: readonly string[] = [
  'bad luck', 'good luck will', 'good fortune', 'this is not a joke', 'it really works', 'it works',
  '(?:forward|pass) (?:this|it) on', 'send (?:this|it) (?:back )?to me', 'make a wish', 'miracle',
  `${NUM} years of bad luck`, 'do not delete', "don't delete", 'share this',
];

export const ADVERT_STRONG: readonly string[] = [
  '(?:discount|promo|promotional|voucher|coupon) code',
  'buy (?:now|today|online now)',
  'click (?:here|below|the link) to (?:unsubscribe|buy|order|claim|shop|register now)',
  'to unsubscribe(?:,| from| click| reply)',
  'unsubscribe (?:here|from (?:this|our) (?:list|mailing|newsletter))',
  '(?:please )?sponsor me', 'my (?:justgiving|gofundme|sponsorship) page', 'justgiving\\.com', 'gofundme\\.com',
  'limited[- ]time offer',
  'work (?:from|at) home',
  'earn (?:up to )?(?:£|\\$|€) ?\\d',
  'make (?:£|\\$|€) ?\\d[\\d,]* (?:a|per) (?:day|week|month)',
  '(?:multi[- ]level|network) marketing', 'join my team', 'be your own boss', 'business opportunity',
  'viagra', 'cialis', 'online (?:casino|pharmacy)', 'weight loss (?:pills|programme|program|shakes)',
  'you (?:have|\'ve) (?:been selected|won)', 'claim your (?:prize|reward|free)',
  'risk[- ]free', '100 ?% free', 'act now', 'order (?:now|today) and',
];

export const ADVERT_WEAK: readonly string[] = [
  'for sale', 'my (?:own )?(?:business|company|shop|salon|website|services|products|range)',
  'free (?:quote|quotation|trial|gift|delivery|shipping|consultation|sample)', '(?:best|lowest|unbeatable) prices?',
  'call (?:now|today)', '\\d{1,2} ?% off', 'half price', 'offer ends', 'while stocks last', 'money[- ]back',
  'cheap', 'click here', 'visit (?:my|our) (?:website|shop|online store)', 'check out my', 'save (?:£|\\$|€) ?\\d',
  'no obligation', 'order (?:now|today|online)', 'reply (?:stop|remove) to', 'opt[- ]out', 'great deals?',
  'exclusive (?:offer|deal)', 'special (?:introductory )?offer', 'shop now', 'lowest rates?', 'mortgage', 'loans?', 'credit (?:score|rating)',
];
