/** SpreadsheetApp, Spreadsheet, Sheet and Range over an in-memory grid. */
import {
  type CellValue,
  coerceInput,
  DEFAULT_NUMBER_FORMAT,
  displayValue,
  type GridRange,
  parseA1,
  splitSheetName,
  toA1,
  UNEVALUATED_FORMULA,
} from './cells';
import { EmbeddedChartBuilderFake, EmbeddedChartFake } from './charts';
import {
  BooleanCriteria,
  ConditionalFormatRuleBuilderFake,
  ConditionalFormatRuleFake,
  type RuleSnapshot,
} from './conditional-format';
import { type CellFormat, type FormatKey, internFormat, SheetStore, withFormat } from './grid';
import { Fake, type FakeRegistry, isEnumValue, makeEnum, signatureError } from './registry';
import type { UiFake, UiState } from './ui';

export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);

/** One cell: content and the formats the fake keeps. */
export interface Cell {
  value: CellValue;
  formula: string;
  numberFormat: string;
  note: string;
  fontWeight: string;
  fontColor: string;
  background: string;
  horizontalAlignment: string;
  wrap: boolean;
}

const DEFAULT_FORMAT = {
  numberFormat: DEFAULT_NUMBER_FORMAT,
  note: '',
  fontWeight: 'normal',
  fontColor: '#000000',
  background: '#ffffff',
  horizontalAlignment: 'general',
  wrap: false,
} as const;

/** The formats of a cell nobody formatted (shared by every such cell). */
const BLANK_FORMAT: CellFormat = internFormat(DEFAULT_FORMAT);

/** A cell's formats back to the defaults; its note stays (as Sheets' clear formats does). */
function clearedFormat(f: CellFormat): CellFormat {
  return withFormat(BLANK_FORMAT, 'note', f.note);
}

/**
 * Computes a formula for getValues(); return undefined to get "#FORMULA". The fake does not
 * evaluate formulas itself.
 */
export type FormulaEvaluator = (
  formula: string,
  at: { sheet: string; row: number; column: number; a1: string },
) => unknown;

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

export interface ChartSnapshot {
  id: string | null;
  type: string | null;
  ranges: string[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
}

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

function isWhole(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/** Shared by the sheets of one spreadsheet. */
export interface SpreadsheetSettings {
  timeZone: string;
  locale: string;
  evaluator: FormulaEvaluator | undefined;
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

export class SpreadsheetFake extends Fake {
  readonly apiName = 'Spreadsheet';
  static readonly testOnly = ['addSheetWithValues', 'sheet', 'setFormulaEvaluator'];
  readonly sheets: SheetFake[] = [];
  active: SheetFake;
  private nextSheetId = 1;
  private nextChartId = 1;

  constructor(
    reg: FakeRegistry,
    readonly id: string,
    public name: string,
    readonly settings: SpreadsheetSettings,
    private readonly ui: UiState,
  ) {
    super(reg);
    this.active = new SheetFake(reg, this, 'Sheet1', 0);
    this.sheets.push(this.active);
  }

  _sheetOrFail(name: string): SheetFake {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) this._fail(`Range not found`);
    return s;
  }
  _assignChartId(chart: EmbeddedChartFake): void {
    if (chart.data.id !== null) return;
    const n = this.nextChartId++;
    chart.data.id = `u${n}`;
    chart.data.chartId = n;
  }

  // ---- test helpers ----
  /** A new sheet at the end holding `values` from A1 (sized at least 1000 x 26, like a new sheet). */
  addSheetWithValues(name: string, values: unknown[][]): SheetFake {
    const columns = Math.max(0, ...values.map((r) => r.length));
    const active = this.active;
    const sheet = this.insertSheet(name);
    this.active = active;
    sheet.maxRows = Math.max(sheet.maxRows, values.length);
    sheet.maxColumns = Math.max(sheet.maxColumns, columns);
    for (const [i, row] of values.entries()) {
      for (const [j, v] of row.entries()) sheet._write(i + 1, j + 1, v);
    }
    return sheet;
  }
  /** The sheet called `name`; throws if there is none. */
  sheet(name: string): SheetFake {
    const s = this.sheets.find((x) => x.name === name);
    if (!s)
      throw new Error(
        `Local Apps Script host: no sheet named "${name}" (have: ${this.sheets.map((x) => x.name).join(', ')})`,
      );
    return s;
  }
  setFormulaEvaluator(evaluator: FormulaEvaluator | undefined): void {
    this.settings.evaluator = evaluator;
  }

  // ---- Apps Script API ----
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(name: unknown): void {
    if (typeof name !== 'string')
      signatureError(this.reg, 'SpreadsheetApp.Spreadsheet.rename', [name]);
    this.name = name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.settings.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.settings.locale;
  }
  getSheets(): SheetFake[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: unknown): SheetFake | null {
    if (typeof name !== 'string')
      signatureError(this.reg, 'SpreadsheetApp.Spreadsheet.getSheetByName', [name]);
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index). Activates it. */
  insertSheet(a?: unknown, b?: unknown): SheetFake {
    let name: string | undefined;
    let index = this.sheets.length;
    if (typeof a === 'number' && b === undefined) index = a;
    else if (typeof a === 'string' && (b === undefined || typeof b === 'number')) {
      name = a;
      if (b !== undefined) index = b;
    } else if (a !== undefined)
      signatureError(this.reg, 'SpreadsheetApp.Spreadsheet.insertSheet', [a, b]);
    if (!Number.isInteger(index) || index < 0 || index > this.sheets.length) {
      this._fail(`Sheet index ${index} is out of range.`);
    }
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (name.trim() === '') this._fail('Sheet names cannot be empty.');
    if (this.sheets.some((s) => s.name === name)) {
      this._fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new SheetFake(this.reg, this, name, this.nextSheetId++ * 1000003);
    this.sheets.splice(index, 0, sheet);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: unknown): void {
    if (!(sheet instanceof SheetFake) || !this.sheets.includes(sheet)) {
      signatureError(this.reg, 'SpreadsheetApp.Spreadsheet.deleteSheet', [sheet]);
    }
    if (this.sheets.length === 1) this._fail("You can't remove all the sheets in a document.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet) this.active = this.sheets[0] as SheetFake;
  }
  getActiveSheet(): SheetFake {
    return this.active;
  }
  setActiveSheet(sheet: unknown): SheetFake {
    if (!(sheet instanceof SheetFake) || !this.sheets.includes(sheet)) {
      signatureError(this.reg, 'SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]);
    }
    this.active = sheet;
    return sheet;
  }
  /** getRange("Sheet1!A1:B2"); without a sheet name, on the active sheet. */
  getRange(a1: unknown): RangeFake {
    if (typeof a1 !== 'string')
      signatureError(this.reg, 'SpreadsheetApp.Spreadsheet.getRange', [a1]);
    return this.active._rangeA1(a1);
  }
  toast(message: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    this.ui.toasts.push({
      message: String(message),
      title: title === undefined ? null : String(title),
      timeoutSeconds: typeof timeoutSeconds === 'number' ? timeoutSeconds : null,
    });
  }
}

export class SpreadsheetAppFake extends Fake {
  readonly apiName = 'SpreadsheetApp';
  constructor(
    reg: FakeRegistry,
    private readonly spreadsheet: SpreadsheetFake,
    private readonly ui: UiFake,
  ) {
    super(reg);
  }
  get BooleanCriteria() {
    return BooleanCriteria;
  }
  get WrapStrategy() {
    return WrapStrategy;
  }
  getActiveSpreadsheet(): SpreadsheetFake {
    return this.spreadsheet;
  }
  getActive(): SpreadsheetFake {
    return this.spreadsheet;
  }
  getActiveSheet(): SheetFake {
    return this.spreadsheet.active;
  }
  getUi(): UiFake {
    return this.ui;
  }
  /** Writes are applied at once in the fake; flush only counts. */
  flush(): void {}
  newConditionalFormatRule(): ConditionalFormatRuleBuilderFake {
    return new ConditionalFormatRuleBuilderFake(this.reg);
  }
}
