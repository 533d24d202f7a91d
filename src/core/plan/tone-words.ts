/**
 * The words and patterns of the tone review (./tone.ts): what reads as emotional, threatening,
 * insulting or blaming to a Seller Performance reviewer, what reads as a promise or as future
 * tense, and the capitals that are not shouting. Phrases rather than single words wherever a word
 * is also a product, a packing material or an honest fact (test/core/plan/honest-wording.test.ts).
 */

export const emotionalWords = [
  'unfair',
  'unfairly',
  'unjust',
  'outrageous',
  'desperate',
  'desperately',
  'please please',
  'please, please',
  'begging',
  'beg',
  'furious',
  'ridiculous',
  'absurd',
  'disgusting',
  'disgraceful',
  'shocking',
  'devastated',
  'heartbroken',
  'angry',
  'upset',
  'frustrated',
  'frustrating',
  'unacceptable',
  'nightmare',
  'insane',
  'livelihood',
  'please help',
  'help us please',
  'we beg you',
  'i beg you',
  'crying',
  'in tears',
  "haven't slept",
  'have not slept',
  "can't sleep",
  'sleepless',
];

export const threateningWords = [
  // Phrases: "our lawyer checked the letter of authorization" and "Sue, who runs our dispatch"
  // are facts.
  'lawyer is ready',
  'lawyers are ready',
  'lawyer will',
  'lawyers will',
  'attorney will',
  'attorneys will',
  'contact our lawyer',
  'lawsuit',
  'file suit',
  'will sue',
  'to sue',
  'sue amazon',
  'sue you',
  'suing',
  'legal action',
  'see you in court',
  'to court',
  'report you',
  'report amazon',
  'class action',
  'ftc',
  'journalist',
  'journalists',
  'the press',
  'go public',
  // Phrases, not words: "our solicitor checked every letter" and "two sheets of newspaper" are
  // the seller's facts.
  'solicitor will',
  'solicitors will',
  'instructed a solicitor',
  'instructed our solicitor',
  'legal proceedings',
  'to the newspapers',
  'to the papers',
  'to the media',
  'our mp',
  'my mp',
];

/** Words that insult the reader or blame someone else. */
export const insultWords = [
  'incompetent',
  'incompetence',
  'an idiot',
  'idiots',
  'idiotic',
  'stupid',
  'useless',
  'lazy',
  'clueless',
  'pathetic',
  'moron',
  'morons',
  'rigged',
  'you people',
  'nobody bothered',
  'no one bothered',
  'nobody cared',
  'no one cared',
  "didn't even bother",
  'did not even bother',
  "couldn't be bothered",
  'could not be bothered',
  'a joke',
  'your bots',
  // About buyers and rights owners: the reviewer reads these as the seller not taking the
  // complaint seriously.
  // Fraud is a real cause of chargebacks ("fraudsters using stolen cards"): not listed.
  'scammer',
  'scammers',
  'scam artists',
  'is a liar',
  'was a liar',
  'liars',
  'entitled buyer',
  'entitled buyers',
  'clowns',
  'a troll',
  'serial returner',
  'serial returners',
  'makes up complaints',
  'make up complaints',
  'made up complaints',
  // About people, in phrases: "Trolls plush toys", "Dallas Cowboys mugs" and "bully sticks" are
  // products.
  'patent troll',
  'patent trolls',
  'is a troll',
  'are trolls',
  'so-called',
  'greedy',
  'serial refunder',
  'serial refunders',
  'lie about',
  'lied about',
  'bunch of cowboys',
  'are cowboys',
  'are bullies',
  'is a bully',
  'bullied us',
  'bullying us',
  'pure fantasy',
  'nobody at amazon',
];

const carriers =
  '(?:the\\s+carriers?|the\\s+couriers?|the\\s+post\\s+office|the\\s+postal\\s+service|ups|usps|fedex|dhl|royal\\s+mail|evri|hermes|dpd|gls|canada\\s+post|ontrac|lasership|amazon\\s+logistics|amazon|your\\s+(?:system|algorithm|team))';

/** Blame for a metric that Amazon holds the seller responsible for, whoever carried the parcel. */
export const blamePatterns = [
  `${carriers}(?:'s|’s)?\\s+(?:own\\s+)?(?:fault|mistake|error|failure)`,
  `(?:fault|mistake|error|failure)\\s+(?:of|by)\\s+${carriers}`,
  `${carriers}\\s+(?:is|was|are|were)\\s+(?:entirely\\s+|solely\\s+|fully\\s+|completely\\s+|totally\\s+)?(?:to\\s+blame|responsible|at\\s+fault)`,
  `(?:blame|blamed|blaming)\\s+${carriers}`,
  'not\\s+our\\s+fault|no\\s+fault\\s+of\\s+(?:our|my)\\s+own|(?:was|were|is|are)\\s+(?:entirely\\s+|completely\\s+|totally\\s+)?(?:beyond|outside)\\s+our\\s+control|we\\s+(?:did|have\\s+done)\\s+nothing\\s+wrong',
  '(?:system|algorithm|metric|account\\s+health)\\s+(?:is|was|are)\\s+(?:clearly\\s+|obviously\\s+|simply\\s+)?(?:broken|wrong|flawed|rigged|unfair)',
  // "Amazon's system counted our orders wrong"; not "we counted our orders wrong in our sheet".
  // The verdict ends the clause: "recorded the wrong carrier because we typed it as Other" is a fact.
  "(?:amazon|amazon's\\s+(?:system|algorithm|tools?|metrics?|dashboard)|your\\s+(?:system|algorithm|tools?|metrics?|dashboard))\\s+(?:counted|calculated|measured|recorded|marked|reported|flagged|counts|calculates)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}?(?:wrong|wrongly|incorrectly|in\\s+error|by\\s+mistake)(?=\\s*(?:[.,;:!]|$)|\\s+(?:and|but|because|so|again)\\s)",
  `(?:only\\s+|all\\s+|entirely\\s+)?because\\s+(?:of\\s+)?${carriers}\\s+(?:lost|failed|messed|ruined|screwed)`,
  // "Every other seller does this", "Amazon only punishes us": unfairness instead of the cause.
  // Not "every other seller-fulfilled order".
  '(?:every|all)\\s+other\\s+sellers?(?!-)',
  // Not "our ads target US buyers": the pattern ignores case.
  '(?:punish(?:es|ed|ing)?|pick(?:s|ed|ing)?\\s+on)\\s+(?:only\\s+)?us|singl(?:es|ed|ing)\\s+us\\s+out',
];

const buyers =
  '(?:the\\s+|these\\s+|those\\s+|some\\s+|many\\s+|most\\s+|our\\s+|a\\s+|this\\s+|that\\s+)?(?:buyers?|customers?|shoppers?)';

/**
 * Buyers accused of lying, scamming or abusing the guarantee: a reviewer reads it as the seller
 * not taking the complaints seriously. Bound to the buyer as subject: "a buyer reported a crushed
 * box", "buyers ordered the wrong size because our size chart ran small" and "we report suspected
 * return abuse to Amazon" are facts, and fraud on stolen cards is a real cause of chargebacks.
 */
export const buyerBlamePatterns = [
  `${buyers}\\s+(?:(?:is|are|was|were)\\s+(?:just\\s+|simply\\s+|clearly\\s+|obviously\\s+|only\\s+)?(?:lying|cheating|scamming\\s+us|gaming\\s+the\\s+system|abusing)|lie|lied|lies|cheated\\s+us|scammed\\s+us)`,
  `${buyers}\\s+(?:(?:is|are|was|were)\\s+)?(?:just\\s+|clearly\\s+|obviously\\s+)?(?:trying|attempting|looking|out|wanted|want|wants)\\s+to\\s+(?:scam|cheat|con|rip\\s+(?:us\\s+)?off|game|abuse|exploit|get\\s+(?:something|things|items|stuff|it|them)\\s+for\\s+free)`,
  `${buyers}\\s+(?:(?:have|has|had)\\s+)?(?:abused|abuse|abuses|exploited|exploit|exploits|gamed|game|games)\\s+(?:the\\s+|our\\s+|amazon's\\s+)?(?:a-to-z|a-z|returns?|refunds?|guarantee|policy|system)`,
  // "The customers ordered the wrong size and then blamed us", "…choose cheapest shipping and
  // then expect fast delivery"; not "buyers were right to blame us" or "…and then complained,
  // because our picker mixed up two SKUs".
  `${buyers}\\s+(?:[\\p{L}-]+\\s+){0,8}?(?:(?:and\\s+)?(?:then\\s+)?(?:unfairly\\s+|wrongly\\s+)?blamed\\s+us|and\\s+then\\s+(?:expect|expects|expected)(?=\\s))`,
  // A buyer's harm done on purpose ("purposely give 1 star"), not a choice ("deliberately chose
  // express shipping"); one called a fraudster, where fraud on stolen cards is a fact.
  `${buyers}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:purposely|purposefully|deliberately|intentionally)\\s+(?:give|gives|gave|left|leave|leaves|damaged|damage|damages|broke|break|breaks|lied|lie|lies|opened|open|opens|filed|file|files|claimed|claim|claims|returned|return|returns|refused|refuse|refuses)(?![\\p{L}])`,
  `${buyers}\\s+(?:is|are|was|were)\\s+(?:a\\s+)?(?:known\\s+)?(?:fraudsters?|scammers?|thief|thieves|cheats?)|known\\s+(?:fraudsters?|scammers?)(?!\\s+(?:using|with|who\\s+used|paying\\s+with)\\s+(?:a\\s+|their\\s+)?stolen)`,
  // The buyer did it: "the buyer damaged it himself"; not "our packer damaged it himself".
  `${buyers}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:damaged|broke|ruined|misused)\\s+(?:it|them|the\\s+(?:item|product|parcel)s?)\\s+(?:himself|herself|themselves)`,
  // The buyer as subject: "the customer is wrong"; not "the address we had for the customer was wrong".
  `(?<!(?:for|to|with|of|from|by|about|had)\\s+(?:the\\s+|a\\s+|our\\s+|this\\s+|that\\s+)?)${buyers}\\s+(?:is|are|was|were)\\s+(?:just\\s+|simply\\s+|clearly\\s+|obviously\\s+)?wrong(?=\\s*(?:[.,;:!]|$))`,
  // "It is user error", "this is buyer responsibility"; not "it is our responsibility", nor
  // "return shipping was the buyer's responsibility under our old policy".
  "(?:it|this|that)(?:\\s+(?:is|was)|'s)\\s+(?:just\\s+|simply\\s+|clearly\\s+|obviously\\s+)?(?:a\\s+)?(?:user|buyer|customer)\\s+error|(?:it|this|that)\\s+(?:is|was)\\s+(?:the\\s+)?(?:buyer|customer)(?:'s|s')?\\s+(?:own\\s+)?responsibility",
  // Claims called a habit or a lever: "always say item not arrived", "just to pressure us".
  "(?:always|usually)\\s+(?:say|says|claim|claims|pretend|pretends)\\s+(?:that\\s+)?(?:the\\s+)?(?:item|parcel|package|order)s?\\s+(?:not|never|did\\s+not|didn't|was\\s+not|wasn't)\\s+(?:arrive|arrived|come|came|received|delivered)",
  '(?:just\\s+|only\\s+)?to\\s+(?:pressure|punish|blackmail|extort|threaten)\\s+us',
  '(?:gave|give|gives|left|leave|leaves)\\s+(?:\\d+|one|a|two)\\s+stars?\\s+(?:just\\s+)?to\\s+get\\s+(?:a\\s+)?(?:discount|refund|coupon|compensation|free)',
  '(?:just\\s+|only\\s+)?to\\s+get\\s+(?:free\\s+(?:items?|products?|stuff|goods|things|refunds?|money)|(?:items?|products?|stuff|things|it|them)\\s+for\\s+free|(?:their\\s+)?money\\s+back\\s+and\\s+keep)',
  'free\\s+stuff',
  // Buyers called names, or faulted for not reading; not "fraudsters using stolen cards".
  `(?:dishonest|lying|greedy|abusive|malicious|scamming|unreasonable|nasty|fraudulent)\\s+(?:buyers?|customers?|shoppers?)(?!\\s+(?:using|with|who\\s+used|paying\\s+with)\\s+(?:a\\s+|their\\s+)?stolen)`,
  // "The buyer was difficult" ends there; "difficult to reach" or "entitled to a refund" is a fact.
  `${buyers}\\s+(?:is|are|was|were)\\s+(?:very\\s+|so\\s+|just\\s+|being\\s+|clearly\\s+|simply\\s+)?(?:unreasonable|rude|abusive|dishonest|greedy|careless|(?:difficult|demanding|impossible|entitled)(?=\\s*(?:[.,;:!]|$|and\\s|but\\s)))`,
  // Also as typed in a hurry ("didnt") and about "buyers who did not read the listing".
  `${buyers}\\s+(?:who\\s+|that\\s+)?(?:did\\s+not|didn't|didnt|never|don't|dont|do\\s+not|does\\s+not|doesn't|doesnt|failed\\s+to|fail\\s+to)\\s+(?:even\\s+)?(?:bother\\s+to\\s+)?(?:read|check|bother)(?!\\s+(?:to|up|out)\\b)`,
  // "It was the customer's fault"; not "it was not the customer's fault".
  `(?:(?:it|this|that)\\s+(?:is|was)\\s+|it's\\s+)${buyers}(?:'s|s')\\s+(?:own\\s+)?fault`,
  '(?:expects?|wants?|wanted)\\s+(?:everything|something)\\s+for\\s+(?:nothing|free)|friendly\\s+fraud',
  // The complaints themselves called fake, or put on a competitor posing as a buyer (chargebacks
  // called fraudulent are a fact: stolen cards).
  '(?:these|the|this|those|all|most|many)\\s+(?:a-to-z\\s+)?(?:claims?|complaints?|reviews?|feedback|chargebacks?)\\s+(?:is|are|was|were)\\s+(?:all\\s+|clearly\\s+|obviously\\s+|completely\\s+|totally\\s+|just\\s+)?(?:fake|bogus|made\\s+up|fabricated|baseless|frivolous|ridiculous|lies)',
  '(?:left|written|filed|opened)\\s+by\\s+(?:a\\s+|our\\s+)?competitors?|competitors?\\s+(?:pretending|posing)\\s+(?:to\\s+be|as)\\s+(?:a\\s+)?(?:buyers?|customers?)',
];

/**
 * "We will…", "we are committed to…", "going forward…": what the seller promises. A promise
 * needs a date a reviewer can hold them to.
 */
export const promisePattern =
  /(?<![\p{L}])(?:(?:we|i|our\s+(?:team|staff|company|business|warehouse)|the\s+team)(?:\s+(?:is|are|am))?\s+(?:will|shall|going\s+to|plan\s+to|planning\s+to|intend\s+to|aim\s+to|hope\s+to|committed\s+to|commit\s+to|promise\s+to|pledge\s+to|promise(?!\s+\d)|will\s+always|will\s+never)|we'll|i'll|(?:we're|i'm)\s+(?:going\s+to|planning\s+to|committed\s+to)|going\s+forward|from\s+now\s+on|in\s+the\s+future|never\s+(?:happen\s+)?again)(?![\p{L}])/iu;

/** Future tense with the seller as subject, or a passive "will be done". */
export const futurePattern =
  /(?<![\p{L}])(?:(?:we|i|our\s+(?:team|staff|warehouse|packers?)|the\s+team|staff)(?:\s+(?:are|am|is))?\s+(?:will|shall|going\s+to|plan\s+to|planning\s+to|intend\s+to|aim\s+to)|we'll|i'll|(?:we're|i'm)\s+(?:going\s+to|planning\s+to|about\s+to)|(?:we're|we\s+are|i'm|i\s+am)\s+\p{L}+ing(?=.*(?<![\p{L}])(?:next\s+(?:week|month|year)|tomorrow|(?<!as\s)soon(?!\s+as)|shortly|in\s+the\s+coming)(?![\p{L}]))|will\s+be\s+(?:\p{L}+ed|done|made|set|put|sent|taken|built|run|held|given|kept))(?![\p{L}])/iu;

/** Common upper-case words that are not shouting: metrics, carriers, units, programmes. */
export const acronyms = new Set([
  'ODR',
  'LSR',
  'VTR',
  'OTDR',
  'MFN',
  'FBM',
  'FBA',
  'AFN',
  'SKU',
  'SKUS',
  'ASIN',
  'ASINS',
  'UPS',
  'USPS',
  'DHL',
  'DPD',
  'GLS',
  'UK',
  'US',
  'USA',
  'EU',
  'ID',
  'IP',
  'PDF',
  'CSV',
  'ISTA',
  'ISO',
  'OK',
  'AM',
  'PM',
  'FAQ',
  'VAT',
  'LLC',
  'LTD',
  'INC',
  'GMBH',
  'CEO',
  'QA',
  'QC',
  'A-TO-Z',
]);
