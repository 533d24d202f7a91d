/** An import into an in-memory sheet, as the Apps Script side runs `planImportBatch`. */
import {
  type ImportCell,
  planImportBatch,
  sheetKeyColumns,
  sheetLayout,
} from '../../../src/core/importing/import-batch';
import type { DayOrder } from '../../../src/core/marketplaces';
import type { ReportKind } from '../../../src/core/reports/types';

/** What Sheets stores for a written cell (dates as instants here). */
function stored(cell: ImportCell): unknown {
  return cell.type === 'date' ? new Date(cell.value) : cell.value;
}

/** A sheet as the import leaves it: header plus rows of stored values. */
export interface Sheet {
  header: string[];
  rows: unknown[][];
}

export interface ImportOptions {
  dayOrder?: DayOrder;
  datesAsText?: boolean;
}

export function importInto(
  sheet: Sheet | null,
  kind: ReportKind,
  fileHeader: string[],
  rows: string[][],
  { dayOrder = 'MDY', datesAsText = false }: ImportOptions = {},
) {
  const layout = sheetLayout(sheet?.header ?? null, fileHeader);
  const keyCells = new Map<number, unknown[]>();
  if (sheet) {
    for (const column of sheetKeyColumns(kind, sheet.header, fileHeader)) {
      keyCells.set(
        column,
        sheet.rows.map((r) => r[column]),
      );
    }
  }
  const plan = planImportBatch({
    kind,
    source: 'orders.txt',
    fileHeader,
    rows,
    firstRow: 2,
    layout,
    sheetHeader: sheet?.header ?? null,
    sheetKeyCells: keyCells,
    timeZone: 'America/Los_Angeles',
    dayOrder,
    sheetTimeZone: 'America/New_York',
    datesAsText,
  });
  const next: Sheet = {
    header: layout.header,
    rows: [
      ...(sheet?.rows ?? []).map((r) => [...r, ...Array(layout.header.length - r.length).fill('')]),
      ...plan.rows.map((r) => r.map(stored)),
    ],
  };
  return { plan, sheet: next, layout };
}
