/**
 * Google Sheets holds at most 10 million cells in a spreadsheet, counting every sheet's rows times
 * columns, empty cells included. An import that would go past it is refused before anything is
 * written, with the numbers, rather than failing halfway through a batch.
 */

export const spreadsheetCellLimit = 10_000_000;

/** Rows and columns Sheets gives a new sheet. */
export const newSheetSize = { rows: 1000, columns: 26 } as const;

export interface GridSize {
  rows: number;
  columns: number;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * The spreadsheet's cells once the report sheet holds `lastRow` rows and `width` columns: the
 * sheet grows to that size (a new sheet starts at Sheets' default size).
 */
export function cellsAfterImport(
  spreadsheetCells: number,
  sheet: GridSize | null,
  needed: GridSize,
): number {
  const before = sheet ?? { rows: 0, columns: 0 };
  const start = sheet ?? newSheetSize;
  const rows = Math.max(start.rows, needed.rows);
  const columns = Math.max(start.columns, needed.columns);
  return spreadsheetCells - before.rows * before.columns + rows * columns;
}

/** Why an import was refused, or null when the spreadsheet has room for it. */
export function cellLimitProblem(
  source: string,
  spreadsheetCells: number,
  cellsAfter: number,
): string | null {
  if (cellsAfter <= spreadsheetCellLimit) return null;
  return `${source} was not imported: the spreadsheet has ${count(spreadsheetCells)} cells and would have ${count(cellsAfter)} with these rows, over the ${count(spreadsheetCellLimit)} Google Sheets holds (all sheets, empty cells included). Nothing was written. Make room by deleting sheets, empty rows or empty columns you do not need, import a shorter date range, or tick "Leave out the buyer columns".`;
}
