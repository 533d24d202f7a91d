/**
 * The buyer names, e-mails, phones and addresses in the report sheets, so the review can flag them
 * in a draft and the composer can refuse to write them into a Doc. The report readers skip these
 * columns on purpose; this reads only them, keeps them in memory for one call, and never returns
 * them to the sidebar or logs them.
 */
import { cellText, headerKey, isBlankRow } from './cells';

/** Header keys (lower case, no spaces, hyphens or underscores) of columns that hold buyer data. */
const buyerColumnKeys = [
  'buyername',
  'buyeremail',
  'buyerphonenumber',
  'recipientname',
  'shipphonenumber',
  'shipaddress1',
  'shipaddress2',
  'shipaddress3',
  'billaddress1',
  'billaddress2',
  'billaddress3',
  'rateremail',
];

/** Distinct buyer-data cells of a report range (header row first, as pasted). */
export function buyerIdentifiersOf(values: readonly (readonly unknown[])[]): string[] {
  const headerIndex = values.findIndex((row) => !isBlankRow(row));
  const header = values[headerIndex];
  if (!header) return [];
  const columns = header
    .map((cell, index) => (buyerColumnKeys.includes(headerKey(cell)) ? index : -1))
    .filter((index) => index !== -1);
  if (columns.length === 0) return [];
  const found = new Set<string>();
  for (const row of values.slice(headerIndex + 1)) {
    for (const column of columns) {
      const text = cellText(row[column]).trim();
      if (text !== '') found.add(text);
    }
  }
  return [...found];
}
