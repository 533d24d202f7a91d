/** Spreadsheet: its sheets, settings (time zone, locale, formula evaluator) and toasts. */
import type { EmbeddedChartFake } from './charts';
import type { RangeFake } from './range';
import { Fake, type FakeRegistry, signatureError } from './registry';
import { SheetFake } from './sheet';
import type { UiState } from './ui';

/**
 * Computes a formula for getValues(); return undefined to get "#FORMULA". The fake does not
 * evaluate formulas itself.
 */
export type FormulaEvaluator = (
  formula: string,
  at: { sheet: string; row: number; column: number; a1: string },
) => unknown;

/** Shared by the sheets of one spreadsheet. */
export interface SpreadsheetSettings {
  timeZone: string;
  locale: string;
  evaluator: FormulaEvaluator | undefined;
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
  /** Refuses, as Sheets does, a change that would take the spreadsheet past 10 million cells. */
  _assertCellRoom(extraCells: number): void {
    const cells = this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
    if (cells + extraCells > 10_000_000) {
      this._fail(
        'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
      );
    }
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
    this._assertCellRoom(1000 * 26);
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
