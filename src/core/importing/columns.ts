/**
 * What each column of an imported report holds, so the import writes dates as dates, amounts as
 * numbers and everything else as text Sheets will not interpret. The readers' recognition table
 * names the columns the metrics read; the rest of a report's columns (taxes, other dates) are typed
 * by their header name. IDs, postal codes, phone numbers and tracking numbers stay text: written as
 * numbers they would lose leading zeros or digits.
 */
import { headerKey } from '../reports/cells';
import { dateFields } from '../reports/date-checks';
import { kindTable } from '../reports/kinds';
import type { ReportKind } from '../reports/types';

export type ColumnType = 'date' | 'number' | 'text';

/** Fields of the readers' table that hold numbers (the dates are the readers' own list). */
const numberFields = new Set(['quantity', 'itemPrice', 'rating']);

/** Other columns of Amazon's reports (reference 3.1 to 3.4), by header key. */
const otherNumber =
  /(price|tax|discount|amount|^quantity|^numberof|^pointsgranted$|^dayspastpromise$)/;
const otherDate = /date$/;

/** The field of the readers' table a header names in this kind of report, if any. */
export function fieldsByColumn(
  kind: ReportKind,
  header: readonly unknown[],
): (string | undefined)[] {
  const columns = kindTable()[kind].columns as Readonly<Record<string, readonly string[]>>;
  const fieldOfKey = new Map<string, string>();
  for (const [field, spellings] of Object.entries(columns)) {
    for (const spelling of spellings) {
      const key = headerKey(spelling);
      if (!fieldOfKey.has(key)) fieldOfKey.set(key, field);
    }
  }
  // The first column with a spelling wins, as in the readers.
  const taken = new Set<string>();
  return header.map((cell) => {
    const field = fieldOfKey.get(headerKey(cell));
    if (field === undefined || taken.has(field)) return undefined;
    taken.add(field);
    return field;
  });
}

export function columnTypes(kind: ReportKind, header: readonly unknown[]): ColumnType[] {
  const fields = fieldsByColumn(kind, header);
  return header.map((cell, i) => {
    const field = fields[i];
    if (field !== undefined) {
      if (dateFields.has(field)) return 'date';
      return numberFields.has(field) ? 'number' : 'text';
    }
    const key = headerKey(cell);
    if (otherDate.test(key)) return 'date';
    return otherNumber.test(key) ? 'number' : 'text';
  });
}
