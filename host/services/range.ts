/** Range over a sheet's in-memory grid. */

import { type Cell, DEFAULT_FORMAT } from './cell-format';
import { type CellValue, displayValue, type GridRange, toA1 } from './cells';
import type { CellFormat, FormatKey } from './grid';
import { Fake, type FakeRegistry, isEnumValue, makeEnum, signatureError } from './registry';
import type { SheetFake } from './sheet';

export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);

export const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

export function isWhole(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

export class RangeFake extends Fake {
  readonly apiName = 'Range';
  constructor(
    reg: FakeRegistry,
    readonly sheet: SheetFake,
    readonly grid: GridRange,
  ) {
    super(reg);
  }
  _each(f: (row: number, column: number, i: number, j: number) => void): void {
    const { row, column, numRows, numColumns } = this.grid;
    for (let i = 0; i < numRows; i++)
      for (let j = 0; j < numColumns; j++) f(row + i, column + j, i, j);
  }
  _map<T>(f: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.grid;
    const out: T[][] = [];
    for (let i = 0; i < numRows; i++) {
      const cells: T[] = [];
      for (let j = 0; j < numColumns; j++) cells.push(f(row + i, column + j));
      out.push(cells);
    }
    return out;
  }
  _format<K extends FormatKey | 'formula'>(k: K): (row: number, column: number) => Cell[K] {
    return (r, c) => this.sheet._field(r, c, k);
  }
  /** Checks a 2D argument has the range's shape, with Apps Script's messages. */
  _checkGrid(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
      signatureError(this.reg, `SpreadsheetApp.Range.${method}`, [data]);
    }
    const rows = data as unknown[][];
    if (rows.length !== this.grid.numRows) {
      this._fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.grid.numRows}.`,
      );
    }
    for (const r of rows) {
      if (r.length !== this.grid.numColumns) {
        this._fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.grid.numColumns}.`,
        );
      }
    }
    return rows;
  }
  _setFormat<K extends FormatKey>(k: K, value: CellFormat[K]): this {
    this._each((r, c) => {
      this.sheet._setFormatAt(r, c, k, value);
    });
    return this;
  }
  _setFormats<K extends FormatKey>(
    method: string,
    k: K,
    data: unknown,
    check: (v: unknown) => boolean,
  ): this {
    const rows = this._checkGrid(method, data);
    if (!rows.every((row) => row.every(check)))
      signatureError(this.reg, `SpreadsheetApp.Range.${method}`, [data]);
    this._each((r, c, i, j) => {
      this.sheet._setFormatAt(r, c, k, rows[i]?.[j] as CellFormat[K]);
    });
    return this;
  }

  getValues(): CellValue[][] {
    return this._map((r, c) => this.sheet._valueAt(r, c));
  }
  getValue(): CellValue {
    return this.sheet._valueAt(this.grid.row, this.grid.column);
  }
  getDisplayValues(): string[][] {
    const tz = this.sheet.spreadsheet.settings.timeZone;
    return this._map((r, c) =>
      displayValue(this.sheet._valueAt(r, c), this._format('numberFormat')(r, c), tz),
    );
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0]?.[0] ?? '';
  }
  /** Writes with Sheets' input parsing: see coerceInput in ./cells.ts. */
  setValues(values: unknown): this {
    const rows = this._checkGrid('setValues', values);
    this._each((r, c, i, j) => this.sheet._write(r, c, rows[i]?.[j]));
    return this;
  }
  /** Writes the value to every cell of the range. */
  setValue(value: unknown): this {
    if (Array.isArray(value)) signatureError(this.reg, 'SpreadsheetApp.Range.setValue', [value]);
    this._each((r, c) => this.sheet._write(r, c, value));
    return this;
  }
  getFormulas(): string[][] {
    return this._map(this._format('formula'));
  }
  getFormula(): string {
    return this._format('formula')(this.grid.row, this.grid.column);
  }
  setFormula(formula: unknown): this {
    if (typeof formula !== 'string')
      signatureError(this.reg, 'SpreadsheetApp.Range.setFormula', [formula]);
    this._each((r, c) => this.sheet._write(r, c, formula));
    return this;
  }
  setFormulas(formulas: unknown): this {
    const rows = this._checkGrid('setFormulas', formulas);
    if (!rows.every((row) => row.every((f) => typeof f === 'string'))) {
      signatureError(this.reg, 'SpreadsheetApp.Range.setFormulas', [formulas]);
    }
    this._each((r, c, i, j) => this.sheet._write(r, c, rows[i]?.[j]));
    return this;
  }
  getNumberFormats(): string[][] {
    return this._map(this._format('numberFormat'));
  }
  getNumberFormat(): string {
    return this._format('numberFormat')(this.grid.row, this.grid.column);
  }
  setNumberFormat(format: unknown): this {
    if (typeof format !== 'string')
      signatureError(this.reg, 'SpreadsheetApp.Range.setNumberFormat', [format]);
    return this._setFormat('numberFormat', format);
  }
  setNumberFormats(formats: unknown): this {
    return this._setFormats(
      'setNumberFormats',
      'numberFormat',
      formats,
      (v) => typeof v === 'string',
    );
  }
  setFontWeight(weight: unknown): this {
    if (weight !== null && weight !== 'bold' && weight !== 'normal') {
      signatureError(this.reg, 'SpreadsheetApp.Range.setFontWeight', [weight]);
    }
    return this._setFormat('fontWeight', weight ?? 'normal');
  }
  setFontWeights(weights: unknown): this {
    return this._setFormats(
      'setFontWeights',
      'fontWeight',
      weights,
      (v) => v === 'bold' || v === 'normal',
    );
  }
  getFontWeight(): string {
    return this._format('fontWeight')(this.grid.row, this.grid.column);
  }
  getFontWeights(): string[][] {
    return this._map(this._format('fontWeight'));
  }
  setFontColor(color: unknown): this {
    if (color !== null && typeof color !== 'string') {
      signatureError(this.reg, 'SpreadsheetApp.Range.setFontColor', [color]);
    }
    return this._setFormat('fontColor', color ?? DEFAULT_FORMAT.fontColor);
  }
  getFontColor(): string {
    return this._format('fontColor')(this.grid.row, this.grid.column);
  }
  getFontColors(): string[][] {
    return this._map(this._format('fontColor'));
  }
  setBackground(color: unknown): this {
    if (color !== null && typeof color !== 'string') {
      signatureError(this.reg, 'SpreadsheetApp.Range.setBackground', [color]);
    }
    return this._setFormat('background', color ?? DEFAULT_FORMAT.background);
  }
  setBackgrounds(colors: unknown): this {
    return this._setFormats('setBackgrounds', 'background', colors, (v) => typeof v === 'string');
  }
  getBackground(): string {
    return this._format('background')(this.grid.row, this.grid.column);
  }
  getBackgrounds(): string[][] {
    return this._map(this._format('background'));
  }
  setHorizontalAlignment(alignment: unknown): this {
    if (
      alignment !== null &&
      !['left', 'center', 'right', 'normal', 'general'].includes(String(alignment))
    ) {
      signatureError(this.reg, 'SpreadsheetApp.Range.setHorizontalAlignment', [alignment]);
    }
    return this._setFormat('horizontalAlignment', (alignment as string | null) ?? 'general');
  }
  getHorizontalAlignment(): string {
    return this._format('horizontalAlignment')(this.grid.row, this.grid.column);
  }
  getHorizontalAlignments(): string[][] {
    return this._map(this._format('horizontalAlignment'));
  }
  setWrap(wrap: unknown): this {
    if (typeof wrap !== 'boolean') signatureError(this.reg, 'SpreadsheetApp.Range.setWrap', [wrap]);
    return this._setFormat('wrap', wrap);
  }
  setWrapStrategy(strategy: unknown): this {
    if (!isEnumValue(strategy, 'WrapStrategy')) {
      signatureError(this.reg, 'SpreadsheetApp.Range.setWrapStrategy', [strategy]);
    }
    return this._setFormat('wrap', String(strategy) === 'WRAP');
  }
  getWrap(): boolean {
    return this._format('wrap')(this.grid.row, this.grid.column);
  }
  getWraps(): boolean[][] {
    return this._map(this._format('wrap'));
  }
  setNote(note: unknown): this {
    if (note !== null && typeof note !== 'string')
      signatureError(this.reg, 'SpreadsheetApp.Range.setNote', [note]);
    return this._setFormat('note', note ?? '');
  }
  setNotes(notes: unknown): this {
    return this._setFormats('setNotes', 'note', notes, (v) => typeof v === 'string');
  }
  getNote(): string {
    return this._format('note')(this.grid.row, this.grid.column);
  }
  getNotes(): string[][] {
    return this._map(this._format('note'));
  }
  getA1Notation(): string {
    return toA1(this.grid);
  }
  getRow(): number {
    return this.grid.row;
  }
  getColumn(): number {
    return this.grid.column;
  }
  getLastRow(): number {
    return this.grid.row + this.grid.numRows - 1;
  }
  getLastColumn(): number {
    return this.grid.column + this.grid.numColumns - 1;
  }
  getNumRows(): number {
    return this.grid.numRows;
  }
  getNumColumns(): number {
    return this.grid.numColumns;
  }
  getHeight(): number {
    return this.grid.numRows;
  }
  getWidth(): number {
    return this.grid.numColumns;
  }
  getSheet(): SheetFake {
    return this.sheet;
  }
  getCell(row: unknown, column: unknown): RangeFake {
    if (!isWhole(row) || !isWhole(column))
      signatureError(this.reg, 'SpreadsheetApp.Range.getCell', [row, column]);
    if (row < 1 || column < 1 || row > this.grid.numRows || column > this.grid.numColumns)
      this._fail(OUTSIDE);
    return this.sheet._range(this.grid.row + row - 1, this.grid.column + column - 1);
  }
  offset(
    rowOffset: unknown,
    columnOffset: unknown,
    numRows?: unknown,
    numColumns?: unknown,
  ): RangeFake {
    if (!isWhole(rowOffset) || !isWhole(columnOffset)) {
      signatureError(this.reg, 'SpreadsheetApp.Range.offset', [
        rowOffset,
        columnOffset,
        numRows,
        numColumns,
      ]);
    }
    return this.sheet._range(
      this.grid.row + rowOffset,
      this.grid.column + columnOffset,
      numRows ?? this.grid.numRows,
      numColumns ?? this.grid.numColumns,
    );
  }
  clearContent(): this {
    this._each((r, c) => {
      this.sheet.cells.clearContent(r, c);
    });
    this.sheet._contentChanged();
    return this;
  }
  clearFormat(): this {
    this._each((r, c) => {
      this.sheet._clearFormatAt(r, c);
    });
    return this;
  }
  /** clear() or clear({ contentsOnly, formatOnly }): content and formats; notes stay. */
  clear(options?: unknown): this {
    const o = (options ?? {}) as { contentsOnly?: boolean; formatOnly?: boolean };
    if (!o.formatOnly) this.clearContent();
    if (!o.contentsOnly) this.clearFormat();
    return this;
  }
  activate(): this {
    this.sheet.spreadsheet.active = this.sheet;
    return this;
  }
}
