/**
 * Buyer names written into text where no report column says who the buyer is: "the buyer Jordan",
 * "customer Mrs Smith", "Mr. Okafor", "Dr. Raghunathan", "Käufer Herr Weber". Without the seller-fulfilled Order
 * Report no buyer name is known, so these patterns are what keeps a name in a feedback comment or
 * a claim reason out of the sidebar and the Doc. A name is one to three capitalised words (or
 * initials); words that follow "customer" in ordinary seller text ("Customer Service", "buyer
 * Messaging") are not names.
 */
import type { TextSpan } from './types';

/**
 * Words naming the buyer, in the marketplaces' languages, with their accents folded as the text
 * is before it is searched (./fold.ts): "käufer" is "kaufer".
 */
const buyerWords =
  'buyer buyers customer customers client recipient purchaser shopper consumer addressee kaufer kauferin kunde kundin empfanger acheteur acheteuse cliente destinataire acquirente compratore destinatario comprador compradora';

/** Forms of address before a surname (folded: "Señor" is "Senor"), India's (Shri, Smt.) too. */
const titles =
  'Mr Mrs Ms Miss Mx Dr Prof Sir Dame Herr Frau Mme Mlle Monsieur Madame Senor Senora Sr Sra Sig Signor Signora Shri Sri Smt Shrimati Kumari Kum';

/**
 * Capitalised words that follow a buyer word or start a sentence without being a name: parts of
 * Amazon's and the seller's vocabulary, pronouns and function words (lower case).
 */
const notNameWords =
  'service services support messaging message messages protection experience review reviews feedback return returns central care account request requested communication satisfaction contact claim claims complaint order orders address email phone name information data details question guarantee dispute seller amazon prime rating issue team relations success base cancellation refund delivery shipping package item items product the and but then this that it he she they we you his her their my our not no yes please thanks said says wrote asked called lanka';

let words: { titles: Set<string>; notNames: Set<string> } | undefined;

function wordSets(): { titles: Set<string>; notNames: Set<string> } {
  words ??= {
    titles: new Set(titles.split(' ')),
    notNames: new Set(notNameWords.split(' ')),
  };
  return words;
}

/** Capitalised name word: Jordan, O'Brien, McDonald, Jean-Luc, Żaneta; or an initial (J.). */
const nameWord =
  "(?:\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\.)";

function eitherCase(word: string): string {
  const first = word.charAt(0);
  return `[${first.toUpperCase()}${first}]${word.slice(1)}`;
}

const titlePattern = `(?:${titles.replace(/ /g, '|')})\\.?`;
/** Between the buyer word and the name: "the buyer Jordan", "customer: Jordan", "buyer named Jordan". */
const connector = `(?:\\s*[,:(]\\s*|\\s+(?:named|called|name\\s+is|name:|is)\\s+|\\s+)`;
const name = `${nameWord}(?:\\s+${nameWord}){0,2}`;

let mentionSource: string | undefined;

function mentionPatternSource(): string {
  if (mentionSource === undefined) {
    const buyerWordPattern = `(?:${buyerWords.split(' ').map(eitherCase).join('|')})(?:['’]s)?`;
    mentionSource = [
      // buyer/customer [Mrs] Name
      `(?<![\\p{L}])${buyerWordPattern}${connector}(?<name1>(?:${titlePattern}\\s+)?${name})`,
      // Mrs Smith, Herr Weber
      `(?<![\\p{L}])(?<name2>${titlePattern}\\s+${name})`,
    ].join('|');
  }
  return mentionSource;
}

/**
 * The pattern of a buyer named in text: "the buyer Jordan", "customer Mrs Smith". A fresh global
 * RegExp on each call (a shared one would carry `lastIndex` between callers); the name is the group
 * `name1` (after a buyer word) or `name2` (after a title alone).
 */
export function buyerNameMentionPattern(): RegExp {
  return new RegExp(mentionPatternSource(), 'gu');
}

/** The name's words up to the first that is not a name ("Jordan Said" is "Jordan"). */
function nameLength(text: string): number {
  const { titles, notNames } = wordSets();
  let end = 0;
  for (const [i, word] of [...text.matchAll(/\S+/gu)].entries()) {
    const bare = word[0].replace(/[.]$/, '');
    const isTitle = i === 0 && titles.has(bare);
    if (!isTitle && notNames.has(bare.toLowerCase())) break;
    end = word.index + word[0].length;
  }
  return end;
}

/**
 * The buyer names written in `text`, as spans of the name only (the buyer word stays). A name
 * after a buyer word is a buyer's; after a title alone it may be the seller's staff or a brand
 * ("Mr. Patel, our manager", "Mr. Coffee"): `titledName`, which the redactor makes a buyer's
 * when the sheets hold the name.
 */
export function buyerNameMentions(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const m of text.matchAll(buyerNameMentionPattern())) {
    const found = m.groups?.name1 ?? m.groups?.name2;
    if (found === undefined) continue;
    const start = m.index + m[0].length - found.length;
    const length = nameLength(found);
    // A title alone is no name: "Mrs" before a word that is not one.
    const named = text.slice(start, start + length);
    if (length === 0 || wordSets().titles.has(named.replace(/\.$/, ''))) continue;
    const kind = m.groups?.name1 === undefined ? 'titledName' : 'name';
    spans.push({ kind, start, end: start + length });
  }
  return spans;
}
