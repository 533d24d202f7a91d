/** Sheet over an in-memory grid: cells, rows and columns, frozen panes, rules and charts. */

import { BLANK_FORMAT, type Cell, clearedFormat } from './cell-format';
import {
  type CellValue,
  coerceInput,
  parseA1,
  splitSheetName,
  toA1,
  UNEVALUATED_FORMULA,
} from './cells';
import { type ChartSnapshot, EmbeddedChartBuilderFake, EmbeddedChartFake } from './charts';
import { ConditionalFormatRuleFake, type RuleSnapshot } from './conditional-format';
import { type CellFormat, type FormatKey, SheetStore, withFormat } from './grid';
import { isWhole, OUTSIDE, RangeFake } from './range';
import { Fake, type FakeRegistry, signatureError } from './registry';
import type { SpreadsheetFake } from './spreadsheet';

/** Plain arrays of a sheet's used area (row 1 .. last used row, column 1 .. last used column). */
export interface SheetSnapshot {
  name: string;
  /** What getValues returns (formulas evaluated or "#FORMULA"); Dates are Node Dates. */
  values: unknown[][];
  formulas: string[][];
  numberFormats: string[][];
  notes: string[][];
  backgrounds: string[][];
  fontWeights: string[][];
  fontColors: string[][];
}

export class SheetFake extends Fake {
  readonly apiName = 'Sheet';
  static readonly testOnly = ['snapshot', 'cell', 'conditionalRulesSnapshot', 'chartsSnapshot'];
  /** Values, formulas and formats of the cells anything was stored in; the rest are blank. */
  readonly cells = new SheetStore(BLANK_FORMAT);
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly autoResized = new Set<number>();
  rules: ConditionalFormatRuleFake[] = [];
  charts: EmbeddedChartFake[] = [];
  /**
   * Last row/column with content, kept up to date by writes, row and column insertions; null when a
   * change may have shrunk it and it must be recomputed.
   */
  private contentExtent: { rows: number; columns: number } | null = { rows: 0, columns: 0 };

  constructor(
    reg: FakeRegistry,
    readonly spreadsheet: SpreadsheetFake,
    public name: string,
    readonly sheetId: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {
    super(reg);
  }

  // ---- internals ----
  /** One cell, value, formula and formats, as a new object. */
  _cell(row: number, column: number): Cell {
    return {
      value: this.cells.value(row, column),
      formula: this.cells.formula(row, column),
      ...this.cells.format(row, column),
    };
  }
  /** One field of a cell: its formula or one of its formats. */
  _field<K extends FormatKey | 'formula'>(row: number, column: number, k: K): Cell[K] {
    if (k === 'formula') return this.cells.formula(row, column) as Cell[K];
    return this.cells.format(row, column)[k as FormatKey] as Cell[K];
  }
  _setFormatAt<K extends FormatKey>(row: number, column: number, k: K, v: CellFormat[K]): void {
    this.cells.setFormat(row, column, withFormat(this.cells.format(row, column), k, v));
  }
  _clearFormatAt(row: number, column: number): void {
    this.cells.setFormat(row, column, clearedFormat(this.cells.format(row, column)));
  }
  _valueAt(row: number, column: number): CellValue {
    const formula = this.cells.formula(row, column);
    if (!formula) return this.cells.value(row, column);
    const evaluator = this.spreadsheet.settings.evaluator;
    const a1 = toA1({ row, column, numRows: 1, numColumns: 1 });
    const v = evaluator?.(formula, { sheet: this.name, row, column, a1 });
    return v === undefined ? UNEVALUATED_FORMULA : (v as CellValue);
  }
  _write(row: number, column: number, input: unknown): void {
    const cells = this.cells;
    const had = cells.hasContent(row, column);
    const format = cells.format(row, column);
    const coerced = coerceInput(input, format.numberFormat, this.spreadsheet.settings.timeZone);
    cells.setContent(row, column, coerced.value, coerced.formula);
    if (coerced.numberFormat !== undefined) {
      cells.setFormat(row, column, withFormat(format, 'numberFormat', coerced.numberFormat));
    }
    const e = this.contentExtent;
    if (e === null) return;
    if (coerced.value !== '' || coerced.formula !== '') {
      if (row > e.rows) e.rows = row;
      if (column > e.columns) e.columns = column;
    } else if (had && (row === e.rows || column === e.columns)) {
      // The cell that emptied may have been the last one in its row or column.
      this.contentExtent = null;
    }
  }
  /** Call after any change that may empty cells or move them. */
  _contentChanged(): void {
    this.contentExtent = null;
  }
  _range(row: unknown, column: unknown, numRows: unknown = 1, numColumns: unknown = 1): RangeFake {
    if (!isWhole(row) || !isWhole(column) || !isWhole(numRows) || !isWhole(numColumns)) {
      signatureError(this.reg, 'SpreadsheetApp.Sheet.getRange', [row, column, numRows, numColumns]);
    }
    if (row < 1) this._fail('The starting row of the range is too small.');
    if (column < 1) this._fail('The starting column of the range is too small.');
    if (numRows < 1) this._fail('The number of rows in the range must be at least 1.');
    if (numColumns < 1) this._fail('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      this._fail(OUTSIDE);
    }
    return new RangeFake(this.reg, this, { row, column, numRows, numColumns });
  }
  _rangeA1(a1: string): RangeFake {
    const { sheet, cells } = splitSheetName(a1);
    if (sheet !== undefined && sheet !== this.name) {
      return this.spreadsheet._sheetOrFail(sheet)._rangeA1(cells);
    }
    const grid = parseA1(cells, this.maxRows, this.maxColumns);
    if (!grid) this._fail(`Range not found`);
    return this._range(grid.row, grid.column, grid.numRows, grid.numColumns);
  }
  /** Rows after `after` move down by `by`. */
  _insertRows(after: number, by: number): void {
    this.cells.insertRows(after, by);
    const e = this.contentExtent;
    if (e && e.rows > after) e.rows += by;
  }
  /** Columns after `after` move right by `by`. */
  _insertColumns(after: number, by: number): void {
    this.cells.insertColumns(after, by);
    const e = this.contentExtent;
    if (e && e.columns > after) e.columns += by;
  }
  /**
   * Last row / column holding a value or formula (what getLastRow/getLastColumn report), or with
   * `anyFormat` holding anything but a blank default-formatted cell. The content extent is kept up
   * to date by writes and recomputed only after a change that may have shrunk it.
   */
  _extent(anyFormat = false): { rows: number; columns: number } {
    if (!anyFormat && this.contentExtent) {
      return { rows: this.contentExtent.rows, columns: this.contentExtent.columns };
    }
    let rows = 0;
    let columns = 0;
    const cells = this.cells;
    for (let r = cells.rowSpan(); r >= 1; r--) {
      for (let c = cells.columnSpan(r); c > columns; c--) {
        if (anyFormat ? cells.isUsed(r, c) : cells.hasContent(r, c)) {
          if (rows === 0) rows = r;
          columns = c;
          break;
        }
      }
    }
    if (!anyFormat) this.contentExtent = { rows, columns };
    return { rows, columns };
  }

  // ---- test helpers (not visible to the add-on) ----
  /** Values, formulas and formats of the used area, as plain Node arrays. */
  snapshot(): SheetSnapshot {
    const { rows, columns } = this._extent(true);
    const grid = <T>(f: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, i) =>
        Array.from({ length: columns }, (_, j) => f(i + 1, j + 1)),
      );
    const fmt =
      <K extends FormatKey | 'formula'>(k: K) =>
      (r: number, c: number) =>
        this._field(r, c, k);
    return {
      name: this.name,
      values: grid((r, c) => this._valueAt(r, c)),
      formulas: grid(fmt('formula')),
      numberFormats: grid(fmt('numberFormat')),
      notes: grid(fmt('note')),
      backgrounds: grid(fmt('background')),
      fontWeights: grid(fmt('fontWeight')),
      fontColors: grid(fmt('fontColor')),
    };
  }
  /** A copy of one cell ("B2"). */
  cell(a1: string): Cell {
    const g = parseA1(a1, this.maxRows, this.maxColumns);
    if (!g) throw new Error(`Local Apps Script host: bad A1 notation "${a1}"`);
    return this._cell(g.row, g.column);
  }
  conditionalRulesSnapshot(): RuleSnapshot[] {
    return this.rules.map((r) => r._snapshot());
  }
  chartsSnapshot(): ChartSnapshot[] {
    return this.charts.map((c) => c._snapshot());
  }

  // ---- Apps Script API ----
  getName(): string {
    return this.name;
  }
  setName(name: unknown): this {
    if (typeof name !== 'string') signatureError(this.reg, 'SpreadsheetApp.Sheet.setName', [name]);
    const other = this.spreadsheet.sheets.find((s) => s !== this && s.name === name);
    if (other)
      this._fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  getParent(): SpreadsheetFake {
    return this.spreadsheet;
  }
  /** getRange("A1:B2") or getRange(row, column, numRows?, numColumns?). */
  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): RangeFake {
    if (typeof a === 'string' && b === undefined) return this._rangeA1(a);
    return this._range(a, b, c ?? 1, d ?? 1);
  }
  getDataRange(): RangeFake {
    const { rows, columns } = this._extent();
    return this._range(1, 1, Math.max(rows, 1), Math.max(columns, 1));
  }
  getLastRow(): number {
    return this._extent().rows;
  }
  getLastColumn(): number {
    return this._extent().columns;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  insertRowsAfter(afterPosition: unknown, howMany: unknown): this {
    if (!isWhole(afterPosition) || !isWhole(howMany) || howMany < 1 || afterPosition < 0) {
      signatureError(this.reg, 'SpreadsheetApp.Sheet.insertRowsAfter', [afterPosition, howMany]);
    }
    if (afterPosition > this.maxRows) this._fail(OUTSIDE);
    this.spreadsheet._assertCellRoom(howMany * this.maxColumns);
    this._insertRows(afterPosition, howMany);
    this.maxRows += howMany;
    return this;
  }
  insertRowAfter(afterPosition: unknown): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: unknown, howMany: unknown): this {
    if (!isWhole(beforePosition) || beforePosition < 1) {
      signatureError(this.reg, 'SpreadsheetApp.Sheet.insertRowsBefore', [beforePosition, howMany]);
    }
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }
  insertColumnsAfter(afterPosition: unknown, howMany: unknown): this {
    if (!isWhole(afterPosition) || !isWhole(howMany) || howMany < 1 || afterPosition < 0) {
      signatureError(this.reg, 'SpreadsheetApp.Sheet.insertColumnsAfter', [afterPosition, howMany]);
    }
    if (afterPosition > this.maxColumns) this._fail(OUTSIDE);
    this.spreadsheet._assertCellRoom(howMany * this.maxRows);
    this._insertColumns(afterPosition, howMany);
    this.maxColumns += howMany;
    return this;
  }
  deleteRows(rowPosition: unknown, howMany: unknown): void {
    if (!isWhole(rowPosition) || !isWhole(howMany) || rowPosition < 1 || howMany < 1) {
      signatureError(this.reg, 'SpreadsheetApp.Sheet.deleteRows', [rowPosition, howMany]);
    }
    if (rowPosition + howMany - 1 > this.maxRows) this._fail(OUTSIDE);
    if (howMany >= this.maxRows) this._fail("You can't delete all the rows on the sheet.");
    this.cells.deleteRows(rowPosition, howMany);
    this._contentChanged();
    this.maxRows -= howMany;
  }
  /** Writes after the last row with content; grows the sheet (rows and columns) as Sheets does. */
  appendRow(rowContents: unknown): this {
    if (!Array.isArray(rowContents)) {
      signatureError(this.reg, 'SpreadsheetApp.Sheet.appendRow', [rowContents]);
    }
    const row = this._extent().rows + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    for (const [i, v] of rowContents.entries()) this._write(row, i + 1, v);
    return this;
  }
  clear(): this {
    this.cells.clear();
    this.contentExtent = { rows: 0, columns: 0 };
    return this;
  }
  clearContents(): this {
    this.cells.clearContents();
    this.contentExtent = { rows: 0, columns: 0 };
    return this;
  }
  clearFormats(): this {
    this.cells.mapFormats(clearedFormat);
    return this;
  }
  setFrozenRows(rows: unknown): void {
    if (!isWhole(rows) || rows < 0)
      signatureError(this.reg, 'SpreadsheetApp.Sheet.setFrozenRows', [rows]);
    if (rows > this.maxRows) this._fail(OUTSIDE);
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: unknown): void {
    if (!isWhole(columns) || columns < 0) {
      signatureError(this.reg, 'SpreadsheetApp.Sheet.setFrozenColumns', [columns]);
    }
    if (columns > this.maxColumns) this._fail(OUTSIDE);
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  _columns(method: string, start: unknown, count: unknown): number[] {
    if (!isWhole(start) || !isWhole(count) || start < 1 || count < 1) {
      signatureError(this.reg, `SpreadsheetApp.Sheet.${method}`, [start, count]);
    }
    if (start + count - 1 > this.maxColumns) this._fail(OUTSIDE);
    return Array.from({ length: count }, (_, i) => start + i);
  }
  autoResizeColumns(startColumn: unknown, numColumns: unknown): this {
    for (const c of this._columns('autoResizeColumns', startColumn, numColumns))
      this.autoResized.add(c);
    return this;
  }
  autoResizeColumn(column: unknown): this {
    return this.autoResizeColumns(column, 1);
  }
  setColumnWidth(column: unknown, width: unknown): this {
    if (typeof width !== 'number')
      signatureError(this.reg, 'SpreadsheetApp.Sheet.setColumnWidth', [column, width]);
    for (const c of this._columns('setColumnWidth', column, 1)) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: unknown): number {
    const [c] = this._columns('getColumnWidth', column, 1) as [number];
    return this.columnWidths.get(c) ?? 100;
  }
  /** hideColumns(columnIndex, numColumns?) */
  hideColumns(columnIndex: unknown, numColumns: unknown = 1): void {
    for (const c of this._columns('hideColumns', columnIndex, numColumns))
      this.hiddenColumns.add(c);
  }
  showColumns(columnIndex: unknown, numColumns: unknown = 1): void {
    for (const c of this._columns('showColumns', columnIndex, numColumns))
      this.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(column: unknown): boolean {
    const [c] = this._columns('isColumnHiddenByUser', column, 1) as [number];
    return this.hiddenColumns.has(c);
  }
  setTabColor(color: unknown): this {
    if (color !== null && typeof color !== 'string') {
      signatureError(this.reg, 'SpreadsheetApp.Sheet.setTabColor', [color]);
    }
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  activate(): this {
    this.spreadsheet.active = this;
    return this;
  }
  /** Copies, as Apps Script returns: changing them changes nothing until setConditionalFormatRules. */
  getConditionalFormatRules(): ConditionalFormatRuleFake[] {
    return this.rules.map((r) => r._clone());
  }
  /** Replaces every rule of the sheet. Each rule's ranges must be on this sheet. */
  setConditionalFormatRules(rules: unknown): void {
    if (!Array.isArray(rules) || !rules.every((r) => r instanceof ConditionalFormatRuleFake)) {
      signatureError(this.reg, 'SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
    }
    for (const rule of rules as ConditionalFormatRuleFake[]) {
      if (rule.data.ranges.length === 0)
        this._fail('A conditional format rule must have at least one range.');
      if (rule.data.ranges.some((r) => r.sheet !== this)) {
        this._fail('Conditional format rule cannot reference a different sheet.');
      }
    }
    this.rules = (rules as ConditionalFormatRuleFake[]).map((r) => r._clone());
  }
  clearConditionalFormatRules(): void {
    this.rules = [];
  }
  newChart(): EmbeddedChartBuilderFake {
    return new EmbeddedChartBuilderFake(this.reg, this);
  }
  getCharts(): EmbeddedChartFake[] {
    return this.charts.map((c) => c._clone());
  }
  insertChart(chart: unknown): void {
    if (!(chart instanceof EmbeddedChartFake))
      signatureError(this.reg, 'SpreadsheetApp.Sheet.insertChart', [chart]);
    if (chart.data.id !== null && this.charts.some((c) => c.data.id === chart.data.id)) {
      this._fail('The chart is already on the sheet: use updateChart.');
    }
    const stored = chart._clone();
    this.spreadsheet._assignChartId(stored);
    chart.data.id = stored.data.id;
    chart.data.chartId = stored.data.chartId;
    this.charts.push(stored);
  }
  _chartIndex(chart: unknown, method: string): number {
    if (!(chart instanceof EmbeddedChartFake))
      signatureError(this.reg, `SpreadsheetApp.Sheet.${method}`, [chart]);
    const i = this.charts.findIndex((c) => c.data.id !== null && c.data.id === chart.data.id);
    if (i < 0) this._fail('The chart is not on this sheet.');
    return i;
  }
  updateChart(chart: unknown): void {
    const i = this._chartIndex(chart, 'updateChart');
    this.charts[i] = (chart as EmbeddedChartFake)._clone();
  }
  removeChart(chart: unknown): void {
    this.charts.splice(this._chartIndex(chart, 'removeChart'), 1);
  }
}
