/** A1 notation for the formulas and ranges the dashboard writes. */

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A sheet name as a formula writes it: always quoted, a quote inside doubled ('Bob''s orders'). */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'All Orders'!A1:AG: from the header down to the end of the sheet, so pasted rows count. */
export function openRangeA1(sheetName: string, headerRow: number, lastColumn: number): string {
  return `${quotedSheetName(sheetName)}!A${headerRow}:${columnLetter(lastColumn)}`;
}
