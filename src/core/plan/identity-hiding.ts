/**
 * Wording about hiding who runs an account from Amazon: a VPN or proxy, a fingerprint or
 * "anti-detect" browser, a new account after a suspension, a separate device or IP "so the
 * accounts are not linked", an account in someone else's name that the seller runs, an account
 * bought, rented or borrowed, a stand-in owner ("a front man", "a nominee director"),
 * someone asked to open an account for the seller, an IP, machine, phone or card of its own for
 * each account, selling through a relative's account, a backup account, registering again under a
 * new company or bank account, typed in a hurry ("2nd acount under my mom name"). The add-on never
 * helps with that (DESIGN.md, "What the add-on never does"): the review flags it with the honest
 * alternative, and Generate refuses while it remains.
 */

export interface IdentityHidingMatch {
  text: string;
}

/** Who an account can be put in the name of while the seller runs it. */
const someoneElse =
  '(?:wife|husband|partner|son|daughter|brother|sister|mother|father|mum|mom|dad|friend|girlfriend|boyfriend|cousin|nephew|niece|relative|family\\s+member|neighbou?r|employee|uncle|aunt|grandmother|grandfather|mother-in-law|father-in-law|sister-in-law|brother-in-law)';

/**
 * A seller account as sellers type it: "account", and "acc", "acct", "acount" in a hurry; not a
 * store or shop, which may be a market stall ("a friend's shop at the local market").
 */
const sellerAccount =
  '(?:seller\\s+)?(?:amazon\\s+)?(?:accounts?|acounts?|accouts?|acconts?|accts?|accs?)';

/** An account as sellers type it: "account", and "acc", "acct", "acount" in a hurry. */
const accountWord =
  '(?:seller\\s+)?(?:accounts?|acounts?|accouts?|acconts?|accts?|accs?|stores?|shops?)';

/**
 * The same, without the seller's own staff: an employee who sets up the seller's account for the
 * business does what staff do.
 */
const someoneElseOutside = someoneElse.replace('|employee', '');

const hidingTools = [
  '(?:residential|rotating)\\s+(?:prox(?:y|ies)|ips?(?:\\s+address(?:es)?)?)',
  // A browser's or device's fingerprint; a fingerprint scanner on a door is not one.
  '(?:browser|device|canvas|digital)\\s+fingerprints?',
  'anti-?detect(?:ion)?(?:\\s+browsers?)?',
  'anti-?fingerprint(?:ing)?',
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
  // account is a relative's, run by them, is the honest disclosure, and is not matched. "In his
  // name" hides only when the seller opened it ("my brother opened an account in his name" is
  // his own account).
  `(?:open|opened|opening|create|created|creating|register|registered|registering|set\\s+up|setting\\s+up|start|started|put|putting)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:new\\s+|another\\s+|second\\s+|2nd\\s+|fresh\\s+|other\\s+)?(?:one|${accountWord})\\s+(?:for\\s+(?:us|me)\\s+)?(?:in|under|on)\\s+(?:my|our|his|her|a)\\s+${someoneElse}(?:'s|s')?\\s+name`,
  // Selling on a relative's account ("we sell through my wife account"); hers, run by her, is not
  // matched ("my wife sells through her own account").
  `(?:sell|sells|selling|sold|list|listing|listed)\\s+(?:\\p{L}+\\s+){0,2}?(?:through|on|via|using|from)\\s+(?:my|our|a)\\s+${someoneElse}(?:'s|s')?\\s+${sellerAccount}`,
  // The German of the same: "ein Konto auf den Namen meiner Frau eröffnet".
  '(?:konto|kontos|konten|shop|account)\\s+auf\\s+(?:den\\s+)?namen\\s+(?:meiner|meines|unserer|unseres)\\s+\\p{L}+\\s+(?:eröffnet|angelegt|erstellt|registriert|angemeldet)',
  '(?<=(?:^|[^\\p{L}])(?:we|i)\\s+(?:\\p{L}+\\s+)?)(?:opened|created|registered|set\\s+up|started)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:new\\s+|another\\s+|second\\s+|fresh\\s+|other\\s+)?(?:one|account|seller\\s+account|store|shop)\\s+(?:in|under)\\s+(?:his|her|their)\\s+name',
  '(?:open|opened|opening|create|created|creating|register|registered|set\\s+up|start|started)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:new\\s+|another\\s+|second\\s+|fresh\\s+|other\\s+)?(?:one|account|seller\\s+account|store|shop)\\s+for\\s+(?:us|me)\\s+(?:in|under)\\s+(?:his|her|their)\\s+name',
  // Someone else's name or papers for one's own account, and a bought account.
  `(?:(?:use|used|using|put|putting|gave|give|giving)\\s+(?:amazon\\s+)?|(?:registered|verified|verify|verifying|opened|created|set\\s+up)\\s+(?:(?:the|a|an|our|my)\\s+(?:new\\s+|second\\s+|2nd\\s+|other\\s+|backup\\s+)?${accountWord}\\s+)?with\\s+)(?:a|my|our|another)\\s+${someoneElse}(?:'s|s')\\s+(?:name|identity|details|id|passport|documents|ssn|social\\s+security\\s+number)`,
  // The seller's own use; "a buyer who used someone else's details (a stolen card)" is fraud.
  "(?<=(?:^|[^\\p{L}])(?:we|i)\\s+(?:\\p{L}+\\s+)?)(?:use|used|using|gave|submitted|sent)\\s+(?:amazon\\s+)?someone\\s+else's\\s+(?:name|identity|details|id|passport|documents)|(?:registered|verified|opened|created|set\\s+up)\\s+(?:(?:the|a|an|our|my)\\s+(?:new\\s+|second\\s+|2nd\\s+|other\\s+|backup\\s+)?(?:account|store|shop)\\s+)?(?:with|under|in|using)\\s+someone\\s+else's\\s+(?:name|identity|details|id|passport|documents)",
  `(?:sent|uploaded|used|submitted|gave)\\s+(?:amazon\\s+)?(?:my|our)\\s+${someoneElse}'s\\s+(?:passport|id|identity\\s+card|driving\\s+licen[cs]e|bank\\s+statement|utility\\s+bill)`,
  "(?:cannot|can't|could\\s+not|couldn't)\\s+pass\\s+(?:the\\s+|amazon's\\s+)?(?:identity\\s+)?verification",
  '(?:account\\s+holder|owner)\\s+on\\s+paper',
  // A new business or account set up with someone else as its owner ("a new LLC with my nephew
  // as the owner"); "ready to start selling again after the suspension" is no hiding.
  '(?:new|another|second)\\s+(?:llc|company|business|ltd|limited\\s+company|entity|seller\\s+account|account|store|shop)\\s+(?:with|under)\\s+(?:my|our|his|her|a)\\s+\\p{L}+(?:-in-law)?\\s+as\\s+(?:the\\s+)?(?:listed\\s+)?(?:owner|director|account\\s+holder|holder)',
  // Someone made the owner in name: "use my employee as the official owner".
  `(?:use|used|using|put|putting|make|made|making)\\s+(?:my|our|a)\\s+${someoneElse}\\s+as\\s+(?:the\\s+)?(?:official\\s+|listed\\s+|legal\\s+|registered\\s+|nominal\\s+)?(?:owner|director|account\\s+holder|holder)`,
  // Registering again under a new name or bank account; not "we re-registered our trademark".
  '(?:re-?regist(?:er|ered|ering)|(?:register|registered|registering|apply|applied|applying|sign\\s+up|signed\\s+up)\\s+again)\\s+(?:with|under|as)\\s+(?:a\\s+)?(?:new|different|another|fresh)\\s+(?:company|business|llc|ltd|entity|ein|tax\\s+id|name|company\\s+name|business\\s+name|bank\\s+account|identity|email)',
  // A new company and a new tax number together: a new seller on paper.
  '(?:new|different)\\s+(?:llc|company|entity|business|ltd)\\s+and\\s+(?:a\\s+)?(?:new|different)\\s+(?:ein|tax\\s+id|vat\\s+number|bank\\s+account)',
  // "Bought an existing seller account"; not "our purchase accounts" or "the account manager".
  '(?:(?:bought|purchased)\\s+(?:an?\\s+|the\\s+)?|(?:buy|buying|purchase|purchasing)\\s+(?:an?\\s+|another\\s+))(?:existing\\s+|aged\\s+|old\\s+|established\\s+|used\\s+|second-hand\\s+|another\\s+)?(?:amazon\\s+)?(?:seller\\s+)?accounts?(?!\\s+(?:managers?|team|reps?|representatives?))',
  'aged\\s+(?:seller\\s+)?accounts?',
  // A rented or borrowed account, and one run through a stand-in: someone else's name on it. Not
  // the verb ("the rent accounts for most of our costs").
  "(?:rent|rented|renting|lease|leased|leasing|borrow|borrowed|borrowing)\\s+(?:an?\\s+|another\\s+|the\\s+|someone's\\s+|somebody's\\s+)?(?:existing\\s+|aged\\s+|other\\s+)?(?:amazon\\s+)?(?:seller\\s+)?(?:accounts(?!\\s+for\\b)|account)(?!\\s+(?:managers?|team|reps?|representatives?))",
  '(?:front|fronts|fronted|fronting)\\s+(?:for\\s+)?(?:the|a|an|our|this|that|my)\\s+(?:new\\s+|second\\s+|other\\s+)?(?:seller\\s+)?(?:account|store|shop|business)',
  '(?:front|straw)\\s*-?(?:man|men|person|people)|nominee\\s+(?:owners?|directors?|account\\s+holders?|shareholders?)',
  `(?:ask|asked|asking|get|got|getting|have|had|having)\\s+(?:my|our|a)\\s+${someoneElseOutside}\\s+(?:to\\s+)?(?:open|create|register|set\\s+up|start)\\s+(?:a\\s+|an\\s+|another\\s+|the\\s+)?(?:new\\s+|second\\s+|fresh\\s+|other\\s+)?(?:one|seller\\s+account|account|store|shop)\\s+for\\s+(?:me|us)`,
  "took\\s+over\\s+(?:an?\\s+|another\\s+)?(?:other\\s+)?(?:seller's|existing)\\s+(?:seller\\s+)?account",
];

/**
 * "so the accounts are not linked", "so Amazon cannot link", "to avoid detection", "Amazon will
 * not link them because we use different cards".
 */
const hidingIntent =
  "so\\s+(?:that\\s+)?(?:the\\s+(?:two\\s+|other\\s+)?accounts?|they|it|amazon|amazon's\\s+systems?|nobody|no\\s+one)\\s+(?:are|is|will|can|could|would|do|does)?\\s*(?:not|n't|never|cannot)\\s*(?:be\\s+)?(?:linked|link|connected|connect|associated|associate|tied|see|detect|detected|tell|flag|flagged|match|matched|share)|so\\s+(?:that\\s+)?amazon\\s+(?:cannot|can't|can\\s+not|won't|will\\s+not|does\\s+not|doesn't)|to\\s+avoid\\s+(?:being\\s+)?(?:linked|linking|detection|being\\s+detected|association|being\\s+associated)|(?:without|never)\\s+(?:amazon\\s+)?(?:linking|detecting|noticing)|so\\s+(?:that\\s+)?amazon\\s+never\\s+(?:links?|connects?|ties?|matches?|sees?)|so\\s+(?:that\\s+)?(?:they|the\\s+(?:two\\s+)?(?:accounts?|stores?|shops?))\\s+(?:look|looks|seem|seems|appear|appears)\\s+(?:unrelated|separate|unconnected)|(?:nothing|no\\s+one|nobody)\\s+(?:ties|links|connects)\\s+(?:them|the\\s+(?:two\\s+)?(?:accounts?|stores?))|so\\s+(?:that\\s+)?the\\s+ips?\\s+(?:never|don't|do\\s+not|won't)\\s+match|so\\s+(?:that\\s+)?the\\s+(?:two\\s+)?(?:stores?|shops?)\\s+(?:are|is)\\s+never\\s+(?:tied|linked|connected)|(?:nothing|it|this|they)\\s+(?:links?|traces?|leads?|ties?|connects?)\\s+back\\s+to\\s+(?:me|us|this\\s+account|the\\s+(?:old\\s+|first\\s+|other\\s+|suspended\\s+|closed\\s+)?account|my\\s+account|our\\s+account)|(?:amazon|they)\\s+(?:will|can|would|does|do)\\s*(?:not|n't|never)\\s+(?:link|connect|tie|match)\\s+(?:the\\s+(?:two\\s+)?accounts|them)\\s+because\\s+(?:we|i)\\s+(?:use|used|have|got)\\s+(?:different|separate|new)";

/**
 * Opening a fresh or a backup account to get around a suspension; asking Amazon for one is honest
 * (below), and so is an account with a carrier ("a backup account with a second carrier").
 */
const newAccount =
  /(?<![\p{L}\p{N}])(?:open|opened|opening|create|created|creating|start|started|starting|register|registered|registering|set\s+up|setting\s+up|make|made|get|got|getting)\s+(?:a\s+)?(?:brand\s+)?(?:new|fresh|another|backup|back-up|spare)\s+(?:seller\s+central(?:\s+accounts?)?(?![\p{L}])|(?:seller\s+)?(?:central\s+)?(?:accounts?|acounts?|accts?|accs?)(?!\s+(?:with|at)\s+(?!amazon)))(?![\p{L}\p{N}])/giu;

/**
 * A sentence that asks Amazon, or says Amazon agreed: the alternative the flag's message gives.
 * "Please help us get a new seller account" asks Amazon openly, in the appeal Amazon reads.
 */
const asksAmazon =
  /(?<![\p{L}])(?:(?:asked|ask|asking|requested|request|requesting|applied\s+to|apply\s+to|wrote\s+to|contacted)\s+(?:amazon|seller\s+(?:support|performance)|you)|(?:amazon's|your)\s+(?:permission|approval|consent|agreement)|(?:permission|approval|consent)\s+(?:from|of)\s+(?:amazon|seller\s+(?:support|performance))|amazon\s+(?:approved|allowed|permitted|granted|agreed)|(?:approved|allowed|permitted)\s+by\s+amazon|please\s+(?:help|allow|let|approve|permit|grant|give)|(?:may|can|could)\s+we)(?![\p{L}])/iu;

let pattern: RegExp | undefined;

function hidingPattern(): RegExp {
  pattern ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...hidingTools, hidingIntent].join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return pattern;
}

export const identityHidingMessage =
  'This reads as hiding who runs the account, which Amazon treats as a serious violation and this add-on will not help with. Instead, explain the relationship between the accounts truthfully, and show how each is operated separately (its own owner, bank account, staff, address and records), or ask Amazon for permission to run a second account.';

/**
 * A VPN, a proxy or a virtual machine is plain office IT ("the VPN between our warehouse and the
 * office dropped"): it is hiding only in a sentence about the accounts or stores it is used for,
 * and not when the sentence discloses it as shared ("the same VPN connects every computer").
 */
const networkTool =
  /(?<![\p{L}])(?:vpns?|virtual\s+private\s+networks?|prox(?:y|ies)|virtual\s+machines?|vms?|vps|virtual\s+private\s+servers?|remote\s+desktops?|rdp)(?![\p{L}])/giu;
const sharedBefore = /(?:same|shared|one|single|office|company|corporate|work)\s+$/iu;
const aboutAccounts =
  /(?<![\p{L}])(?:accounts?|stores?|shops?|seller\s+central|log(?:s|ged|ging)?\s+in)(?![\p{L}])/iu;
/** A fingerprint kept for each account; one on a door scanner or a phone's log-in is not. */
const accountFingerprint =
  /(?<![\p{L}])(?:fingerprints?|fingerprinting)(?!\s+(?:scanners?|readers?|locks?|sensors?|log-?ins?|unlock|access|id))(?![\p{L}])/giu;
const aboutAccountsOnly = /(?<![\p{L}])(?:accounts?|stores?|shops?|seller\s+central)(?![\p{L}])/iu;

/**
 * A new or separate identifier for each account or the other one ("a different IP address for
 * each store", "a new phone number and a new credit card for the second account", "each account
 * runs in its own virtual machine"): what lets one seller look like two. An owner, a bank
 * account, staff or an address of its own is how a separately run account is shown, and is not
 * matched.
 */
const ownIdentifier =
  /(?<![\p{L}])(?:(?:an?|one)(?=\s+\S+(?:\s+address)?\s+per\s)|new|different|separate|another|fresh|dedicated|unique|virtual|(?:its|their)\s+own|own)\s+(?:[\p{L}-]+\s+)??(?:ip(?:\s+address(?:es)?)?|ips|vpns?|vps|prox(?:y|ies)|virtual\s+machines?|vms?|remote\s+desktops?|rdp|browser\s+profiles?|browsers?|internet\s+(?:lines?|connections?)|routers?|modems?|hotspots?|sim(?:\s+cards?)?s?|phone\s+numbers?|phone\s+lines?|mobile\s+numbers?|phones?|(?:credit|debit|payment)\s+cards?|cards?|laptops?|computers?|devices?|e-?mails?(?:\s+address(?:es)?)?|wi-?fi(?:\s+networks?)?)(?![\p{L}])/giu;
const perAccount =
  /(?<![\p{L}])(?:(?:for|per|on|in|to|with|of)\s+(?:each|every|the\s+(?:other|second|new|2nd|third|backup)|our\s+(?:other|second|new)|a\s+(?:second|new|separate|different))\s+(?:seller\s+)?(?:accounts?|stores?|shops?|storefronts?)|per\s+(?:seller\s+)?(?:account|store|shop)|(?:each|every)\s+(?:seller\s+)?(?:account|store|shop)|the\s+(?:other|second|new)\s+(?:seller\s+)?(?:account|store|shop)\s+(?:now\s+)?(?:has|gets|uses|runs))(?![\p{L}])/iu;

/** An identifier got to open or verify another account: "a virtual card to open the second account". */
const toOpenAnother =
  /(?<![\p{L}])(?:to|so\s+(?:that\s+)?(?:we|i)\s+could)\s+(?:open|register|create|set\s+up|verify|start)\s+(?:the|a|an|our|that)\s+(?:second|new|other|2nd|backup|another|extra)\s+(?:seller\s+)?(?:account|store|shop|storefront)(?![\p{L}])/iu;

/** Someone else named as an account's owner while the seller runs it ("though I still run it"). */
const ownerElsewhere = new RegExp(
  `(?<![\\p{L}])(?:(?:listed|named|registered|nominal|official|legal)\\s+(?:as\\s+)?(?:the\\s+)?(?:owner|account\\s+holder|holder|director)|(?:in|under|on)\\s+(?:his|her|their|(?:my|our|a)\\s+(?:${someoneElse}(?:'s|s')?|[\\p{L}-]+'s))\\s+name|${someoneElse}(?:'s|s')?\\s+name\\s+(?:is|was|will\\s+be|stays)\\s+on\\s+(?:the|this|that|our|my)\\s+(?:new\\s+|second\\s+|2nd\\s+|other\\s+|backup\\s+)?${accountWord}|owns|is\\s+the\\s+(?:owner|account\\s+holder)|as\\s+(?:the\\s+)?(?:owner|account\\s+holder|holder))(?![\\p{L}])`,
  'iu',
);
/** "…though I still run it": the seller runs what is in someone else's name. */
const runByUs =
  /(?<![\p{L}])(?:(?:though|although|but|while|yet)\s+(?:i|we)\s+(?:still\s+|actually\s+|really\s+|secretly\s+|in\s+fact\s+)?|(?:i|we)\s+(?:still|actually|really|secretly)\s+)(?:run|manage|control|operate|handle|do\s+(?:all\s+)?(?:the\s+)?(?:daily\s+|day-to-day\s+|actual\s+|real\s+)?(?:work|day-to-day|running))(?:\s+(?:it|them|everything|the\s+(?:[\p{L}-]+\s+)?(?:account|store|shop|business)))?(?![\p{L}])/iu;

/**
 * "New acc on my nephew name, I handle it": after an account put in a relative's name, a bare
 * "I handle it" says who runs it. After "my father owns the company" it is the seller's job.
 */
const inSomeoneElsesName = new RegExp(
  `(?<![\\p{L}])(?:(?:in|under|on)\\s+(?:my|our|a)\\s+${someoneElse}(?:'s|s')?\\s+name|${someoneElse}(?:'s|s')?\\s+name\\s+(?:is|was|will\\s+be|stays)\\s+on)(?![\\p{L}])`,
  'iu',
);
const handledByUs =
  /(?<=[,;]\s*)(?:i|we)\s+(?:run|manage|control|operate|handle)\s+(?:it|them|everything)(?![\p{L}])/iu;

/**
 * Someone abroad logging in to the other account ("a virtual assistant in another country"): its
 * log-ins come from elsewhere. A VA who answers messages on this account is staff, and a relative
 * abroad who runs the other account runs his own.
 */
const elsewhere =
  /(?<![\p{L}])(?:(?:in|from)\s+(?:another|a\s+different|a\s+foreign|other)\s+(?:country|countries|city|location)|abroad|overseas)(?![\p{L}])/iu;
const logsInToOther =
  /(?<![\p{L}])(?:log(?:s|ged|ging)?\s*(?:in|into|on)|access(?:es|ed|ing)?)(?:\s+to)?\s+(?:the|our|my|a)\s+(?:second|other|new|2nd|backup)\s+(?:seller\s+)?(?:account|store|shop)(?![\p{L}])/iu;

/** A new company or tax number for a "fresh start": a new seller on paper, unless Amazon agreed. */
const newEntity =
  /(?<![\p{L}])(?:new|different|another)\s+(?:llc|company|entity|ltd|ein|tax\s+id|company\s+name|business\s+name)(?![\p{L}])/giu;
const sellerContext =
  /(?<![\p{L}])(?:accounts?|seller|selling|amazon|regist(?:er|ered|ering|ration)|suspen(?:ded|sion)|llc|ein)(?![\p{L}])/iu;
const startOver =
  /(?<![\p{L}])(?:fresh\s+start|clean\s+slate|start\s+(?:over|fresh|again|from\s+scratch))(?![\p{L}])/iu;

interface Span {
  start: number;
  end: number;
}

/** What a sentence says only as a whole: the tool, identifier or owner it is about. */
function sentenceSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  const add = (index: number, length: number): void => {
    spans.push({ start: index, end: index + length });
  };
  if (!asksAmazon.test(sentence)) {
    for (const m of sentence.matchAll(newAccount)) add(m.index, m[0].length);
  }
  if (aboutAccounts.test(sentence)) {
    for (const m of sentence.matchAll(networkTool)) {
      if (!sharedBefore.test(sentence.slice(Math.max(0, m.index - 12), m.index))) {
        add(m.index, m[0].length);
      }
    }
  }
  if (aboutAccountsOnly.test(sentence)) {
    for (const m of sentence.matchAll(accountFingerprint)) add(m.index, m[0].length);
  }
  if (perAccount.test(sentence) || (toOpenAnother.test(sentence) && !asksAmazon.test(sentence))) {
    for (const m of sentence.matchAll(ownIdentifier)) add(m.index, m[0].length);
  }
  if (logsInToOther.test(sentence)) {
    const m = elsewhere.exec(sentence);
    if (m) add(m.index, m[0].length);
  }
  // "A different company, a fresh start for our logistics" is a carrier or a 3PL: only a sentence
  // about the account or registering is a new seller on paper.
  if (startOver.test(sentence) && sellerContext.test(sentence) && !asksAmazon.test(sentence)) {
    for (const m of sentence.matchAll(newEntity)) add(m.index, m[0].length);
  }
  if (ownerElsewhere.test(sentence)) {
    const m =
      runByUs.exec(sentence) ??
      (inSomeoneElsesName.test(sentence) ? handledByUs.exec(sentence) : null);
    if (m) add(m.index, m[0].length);
  }
  return spans;
}

export function identityHiding(text: string): IdentityHidingMatch[] {
  // Matched with straight apostrophes (one character for one: the positions stay), quoted as typed.
  const plain = text.replace(/[\u2018\u2019]/g, "'");
  const found: Span[] = [...plain.matchAll(hidingPattern())].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  let at = 0;
  for (const sentence of plain.split(/(?<=[.!?])\s+|\n+/)) {
    const start = plain.indexOf(sentence, at);
    at = start + sentence.length;
    for (const span of sentenceSpans(sentence)) {
      const from = start + span.start;
      const to = start + span.end;
      if (!found.some((f) => from < f.end && to > f.start)) found.push({ start: from, end: to });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => ({ text: text.slice(f.start, f.end) }));
}
