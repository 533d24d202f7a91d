/**
 * Wording about hiding who runs an account from Amazon: a VPN or proxy, a fingerprint or
 * "anti-detect" browser, a new account after a suspension, a separate device or IP "so the
 * accounts are not linked". The add-on never helps with that (DESIGN.md, "What the add-on never
 * does"): the review flags it with the honest alternative, and Generate refuses while it remains.
 */

export interface IdentityHidingMatch {
  text: string;
}

const hidingTools = [
  'vpns?',
  'virtual\\s+private\\s+networks?',
  '(?:residential\\s+|rotating\\s+)?prox(?:y|ies)',
  '(?:browser\\s+|device\\s+)?fingerprints?',
  'fingerprinting',
  'anti-?detect(?:ion)?(?:\\s+browsers?)?',
  'multilogin',
  'gologin',
  'incogniton',
  'adspower',
  'stealth\\s+accounts?',
  'spoof(?:ed|ing)?',
  '(?:mask|hide|hiding|masking|change|changing|changed)\\s+(?:our|my|the)\\s+(?:ip(?:\\s+address)?|location|identity|device)',
  // Anti-detect habits, named as such: a browser profile per account, a burner phone or card.
  '(?:different|separate)\\s+browser\\s+profiles?',
  '(?:prepaid|burner)\\s+(?:virtual\\s+)?(?:credit\\s+|debit\\s+)?(?:cards?|phones?|sims?)',
  // An account OPENED in a relative's or friend's name hides who runs it; saying that the other
  // account is a relative's, run by them, is the honest disclosure, and is not matched.
  "(?:open|opened|opening|create|created|creating|set\\s+up|setting\\s+up|start|started)\\s+(?:a\\s+|an\\s+)?(?:new\\s+|another\\s+|second\\s+)?(?:one|account|seller\\s+account|store|shop)\\s+(?:in|under)\\s+(?:my|our|his|her|a)\\s+(?:wife|husband|partner|son|daughter|brother|sister|mother|father|mum|mom|dad|friend|cousin|relative|neighbou?r)(?:'s|s')?\\s+name",
];

/** "so the accounts are not linked", "so Amazon cannot link", "to avoid detection". */
const hidingIntent =
  "so\\s+(?:that\\s+)?(?:the\\s+(?:two\\s+|other\\s+)?accounts?|they|it|amazon|amazon's\\s+systems?|nobody|no\\s+one)\\s+(?:are|is|will|can|could|would|do|does)?\\s*(?:not|n't|never|cannot)\\s*(?:be\\s+)?(?:linked|link|connected|connect|associated|associate|tied|see|detect|detected|tell|flag|flagged|match|matched|share)|so\\s+(?:that\\s+)?amazon\\s+(?:cannot|can't|can\\s+not|won't|will\\s+not|does\\s+not|doesn't)|to\\s+avoid\\s+(?:being\\s+)?(?:linked|linking|detection|being\\s+detected|association|being\\s+associated)|(?:without|never)\\s+(?:amazon\\s+)?(?:linking|detecting|noticing)|(?:nothing|it|this|they)\\s+(?:links?|traces?|leads?|ties?|connects?)\\s+back\\s+to\\s+(?:me|us|this\\s+account|the\\s+(?:old\\s+|first\\s+|other\\s+|suspended\\s+|closed\\s+)?account|my\\s+account|our\\s+account)";

/** Opening a fresh account to get around a suspension. */
const newAccount =
  '(?:open|opened|opening|create|created|creating|start|started|starting|register|registered|registering|set\\s+up|setting\\s+up|make|made)\\s+(?:a\\s+)?(?:brand\\s+)?(?:new|fresh|another)\\s+(?:seller\\s+)?(?:central\\s+)?accounts?';

let pattern: RegExp | undefined;

function hidingPattern(): RegExp {
  pattern ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...hidingTools, hidingIntent, newAccount].join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return pattern;
}

export const identityHidingMessage =
  'This reads as hiding who runs the account, which Amazon treats as a serious violation and this add-on will not help with. Instead, explain the relationship between the accounts truthfully, and show how each is operated separately (its own owner, bank account, staff, address and records), or ask Amazon for permission to run a second account.';

export function identityHiding(text: string): IdentityHidingMatch[] {
  // Matched with straight apostrophes (one character for one: the positions stay), quoted as typed.
  return [...text.replace(/[\u2018\u2019]/g, "'").matchAll(hidingPattern())].map((m) => ({
    text: text.slice(m.index, m.index + m[0].length),
  }));
}
