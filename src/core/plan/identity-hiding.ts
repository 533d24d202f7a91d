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
  '(?:residential|rotating)\\s+prox(?:y|ies)',
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
  "(?:open|opened|opening|create|created|creating|set\\s+up|setting\\s+up|start|started)\\s+(?:a\\s+|an\\s+)?(?:new\\s+|another\\s+|second\\s+|fresh\\s+)?(?:one|account|seller\\s+account|store|shop)\\s+(?:for\\s+(?:us|me)\\s+)?(?:in|under)\\s+(?:(?:my|our|his|her|a)\\s+(?:wife|husband|partner|son|daughter|brother|sister|mother|father|mum|mom|dad|friend|cousin|nephew|niece|relative|neighbou?r|employee|mother-in-law|father-in-law|sister-in-law|brother-in-law)(?:'s|s')?\\s+name|(?:his|her|their)\\s+name)",
  // Someone else's papers or name for one's own account, and a bought account.
  "(?:sent|uploaded|used|submitted|gave)\\s+(?:amazon\\s+)?(?:my|our)\\s+(?:wife|husband|partner|son|daughter|brother|sister|mother|father|friend|cousin|employee|nephew|niece)'s\\s+(?:passport|id|identity\\s+card|driving\\s+licen[cs]e|bank\\s+statement|utility\\s+bill)",
  "(?:cannot|can't|could\\s+not|couldn't)\\s+pass\\s+(?:the\\s+|amazon's\\s+)?(?:identity\\s+)?verification",
  '(?:account\\s+holder|owner)\\s+on\\s+paper',
  // A new business set up with someone else as its owner ("a new LLC with my nephew as the
  // owner"); "ready to start selling again after the suspension" is no hiding, and not matched.
  '(?:new|another|second)\\s+(?:llc|company|business|ltd|limited\\s+company|entity)\\s+(?:with|under)\\s+(?:my|our|his|her)\\s+\\p{L}+(?:-in-law)?\\s+as\\s+(?:the\\s+)?(?:owner|director|account\\s+holder)',
  '(?:aged|bought\\s+an?|buy\\s+an?|buying\\s+an?|purchased\\s+an?)\\s+(?:aged\\s+)?(?:seller\\s+)?accounts?',
];

/** "so the accounts are not linked", "so Amazon cannot link", "to avoid detection". */
const hidingIntent =
  "so\\s+(?:that\\s+)?(?:the\\s+(?:two\\s+|other\\s+)?accounts?|they|it|amazon|amazon's\\s+systems?|nobody|no\\s+one)\\s+(?:are|is|will|can|could|would|do|does)?\\s*(?:not|n't|never|cannot)\\s*(?:be\\s+)?(?:linked|link|connected|connect|associated|associate|tied|see|detect|detected|tell|flag|flagged|match|matched|share)|so\\s+(?:that\\s+)?amazon\\s+(?:cannot|can't|can\\s+not|won't|will\\s+not|does\\s+not|doesn't)|to\\s+avoid\\s+(?:being\\s+)?(?:linked|linking|detection|being\\s+detected|association|being\\s+associated)|(?:without|never)\\s+(?:amazon\\s+)?(?:linking|detecting|noticing)|so\\s+(?:that\\s+)?amazon\\s+never\\s+(?:links?|connects?|ties?|matches?|sees?)|so\\s+(?:that\\s+)?(?:they|the\\s+(?:two\\s+)?(?:accounts?|stores?|shops?))\\s+(?:look|looks|seem|seems|appear|appears)\\s+(?:unrelated|separate|unconnected)|(?:nothing|no\\s+one|nobody)\\s+(?:ties|links|connects)\\s+(?:them|the\\s+(?:two\\s+)?(?:accounts?|stores?))|so\\s+(?:that\\s+)?the\\s+ips?\\s+(?:never|don't|do\\s+not|won't)\\s+match|so\\s+(?:that\\s+)?the\\s+(?:two\\s+)?(?:stores?|shops?)\\s+(?:are|is)\\s+never\\s+(?:tied|linked|connected)|(?:nothing|it|this|they)\\s+(?:links?|traces?|leads?|ties?|connects?)\\s+back\\s+to\\s+(?:me|us|this\\s+account|the\\s+(?:old\\s+|first\\s+|other\\s+|suspended\\s+|closed\\s+)?account|my\\s+account|our\\s+account)";

/** Opening a fresh account to get around a suspension. */
const newAccount =
  '(?:open|opened|opening|create|created|creating|start|started|starting|register|registered|registering|set\\s+up|setting\\s+up|make|made)\\s+(?:a\\s+)?(?:brand\\s+)?(?:new|fresh|another)\\s+(?:seller\\s+)?(?:central\\s+)?accounts?(?!\\s+(?:with|at)\\s+(?!amazon))';

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

/**
 * A VPN or a proxy is plain office IT ("the VPN between our warehouse and the office dropped"):
 * it is hiding only in a sentence about the accounts or stores it is used for.
 */
const networkTool =
  /(?<![\p{L}])(?:vpns?|virtual\s+private\s+networks?|prox(?:y|ies))(?![\p{L}])/giu;
const aboutAccounts =
  /(?<![\p{L}])(?:accounts?|stores?|shops?|seller\s+central|log(?:s|ged|ging)?\s+in)(?![\p{L}])/iu;

export function identityHiding(text: string): IdentityHidingMatch[] {
  // Matched with straight apostrophes (one character for one: the positions stay), quoted as typed.
  const plain = text.replace(/[\u2018\u2019]/g, "'");
  const found = [...plain.matchAll(hidingPattern())].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  let at = 0;
  for (const sentence of plain.split(/(?<=[.!?])\s+|\n+/)) {
    const start = plain.indexOf(sentence, at);
    at = start + sentence.length;
    if (!aboutAccounts.test(sentence)) continue;
    for (const m of sentence.matchAll(networkTool)) {
      const from = start + m.index;
      if (!found.some((f) => from >= f.start && from < f.end)) {
        found.push({ start: from, end: from + m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => ({ text: text.slice(f.start, f.end) }));
}
