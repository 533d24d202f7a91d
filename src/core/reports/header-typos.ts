/**
 * A misspelt header of a column the reader uses. A header the add-on does not know is an extra
 * column, and is not read; so "tracking-vaild" or "item-staus" would leave out a column the rates
 * count by, and the rate would change without a word. A header one letter off (one added, dropped,
 * changed, or two swapped) from the name of a column the report lacks is such a typo: the reader
 * refuses the report, naming the header, instead.
 */
import { headerKey } from './cells';

/**
 * One letter added, dropped or changed, or two neighbours swapped (`b` the longer or as long). A
 * plural of the name ("tracking-numbers") is a seller's own column as often as a typo: left alone.
 */
function oneEditApart(a: string, b: string): boolean {
  if (a.length > b.length) return oneEditApart(b, a);
  if (a === b || b === `${a}s` || b.length - a.length > 1) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  if (a.length < b.length) return a.slice(i) === b.slice(i + 1);
  // One changed, or two neighbours swapped.
  const rest = a.slice(i + 2) === b.slice(i + 2);
  return (a[i + 1] === b[i + 1] && rest) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest);
}

/** Shorter names are too close to other words ("date", "sku") for one letter to mean a typo. */
const shortestChecked = 6;

export interface MisspeltHeader {
  /** The header as the sheet has it. */
  header: string;
  /** The documented name of the column it reads like. */
  expected: string;
}

/**
 * The first header cell that is one letter off a spelling of a column the report lacks (and the
 * call reads: `unread` are left alone), or null.
 */
export function misspeltHeader(
  spellings: Readonly<Record<string, readonly string[]>>,
  columnOf: Readonly<Record<string, number>>,
  headerRow: readonly unknown[],
  unread: readonly string[] = [],
): MisspeltHeader | null {
  const missing: { names: readonly string[]; keys: string[] }[] = [];
  const known = new Set<string>();
  for (const [field, names] of Object.entries(spellings)) {
    const keys = names.map(headerKey);
    for (const key of keys) known.add(key);
    if ((columnOf[field] ?? -1) < 0 && !unread.includes(field)) missing.push({ names, keys });
  }
  if (missing.length === 0) return null;
  for (const cell of headerRow) {
    const key = headerKey(cell);
    if (key.length < shortestChecked || known.has(key)) continue;
    for (const { names, keys } of missing) {
      const index = keys.findIndex((k) => k.length >= shortestChecked && oneEditApart(key, k));
      if (index >= 0) return { header: String(cell).trim(), expected: names[index] ?? '' };
    }
  }
  return null;
}
