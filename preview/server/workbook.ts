/**
 * The spreadsheet as Sheets would show it, read from the local host through the Apps Script API of
 * its Spreadsheet, Sheet and Range models: values with their number formats, the add-on's formulas
 * computed (a custom function's 2D result spills below and right of its cell, or stops with #REF!
 * where it would overwrite data), and the conditional-format rules evaluated cell by cell.
 * Computed results are kept until `invalidate()` (after anything ran add-on code).
 */
import type { LoadedAddon, RangeFake, SheetFake, SpreadsheetFake } from '../../host';
import { displayValue } from '../../host';
import { type ChartView, chartView } from './chart-view';
import {
  type CellArea,
  CellError,
  evaluateFormula,
  type FormulaScope,
  Hyperlink,
} from './formula-eval';
import { FormulaSyntaxError, parseFormula } from './formula-parse';
import { type RuleView, ruleViews } from './rules';

/** One cell as the page draws it. */
export interface CellView {
  text: string;
  /** The formula, on the cell that holds it; on a spilled cell, its formula's (greyed in Sheets). */
  formula?: string;
  spilled?: boolean;
  numeric?: boolean;
  bold?: boolean;
  color?: string;
  background?: string;
  align?: string;
  wrap?: boolean;
  note?: string;
  link?: string;
  error?: { code: string; message: string };
}

export interface SheetView {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: number[];
  tabColor: string | null;
  charts: ChartView[];
  /** What the preview could not show as Sheets would (a rule it cannot evaluate ...). */
  warnings: string[];
}

interface Computed {
  value: unknown;
  error?: CellError;
  /** On a cell a result spilled into: the formula it came from. */
  spilledFrom?: string;
}

const key = (row: number, column: number) => `${row}:${column}`;

function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A value from the add-on's realm as a plain Node value. */
function fromAddon(v: unknown): unknown {
  if (v === null || v === undefined) return '';
  if (isDateValue(v)) return new Date(v.getTime());
  if (Array.isArray(v)) return v.map(fromAddon);
  return v;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

class ComputedSheet {
  /** Formula results by cell, spilled cells included. */
  readonly computed = new Map<string, Computed>();
  readonly warnings: string[] = [];
  private ruleList: RuleView[] | undefined;

  constructor(
    readonly sheet: SheetFake,
    private readonly workbook: Workbook,
  ) {}

  compute(): void {
    const lastRow = this.sheet.getLastRow();
    const lastColumn = this.sheet.getLastColumn();
    if (lastRow === 0 || lastColumn === 0) return;
    const all = this.sheet.getRange(1, 1, lastRow, lastColumn);
    const formulas = all.getFormulas();
    const values = all.getValues();
    const occupied = (r: number, c: number) =>
      this.computed.has(key(r, c)) ||
      (r <= lastRow && c <= lastColumn && (values[r - 1]?.[c - 1] ?? '') !== '') ||
      (formulas[r - 1]?.[c - 1] ?? '') !== '';
    formulas.forEach((row, i) => {
      row.forEach((formula, j) => {
        if (!formula) return;
        const r = i + 1;
        const c = j + 1;
        const result = this.evaluate(formula, r, c);
        if (result.error || !Array.isArray(result.value)) {
          this.computed.set(key(r, c), result);
          return;
        }
        const table = result.value as unknown[][];
        const blocked = table.flatMap((cells, di) =>
          cells.flatMap((_, dj) =>
            (di > 0 || dj > 0) && occupied(r + di, c + dj) ? [[r + di, c + dj]] : [],
          ),
        )[0];
        const missing = r + table.length - 1 - this.sheet.getMaxRows();
        if (missing > 0) {
          this.computed.set(key(r, c), {
            value: '',
            error: new CellError(
              '#REF!',
              `Result was not automatically expanded, please insert more rows (${missing}).`,
            ),
          });
          return;
        }
        if (blocked) {
          const [br, bc] = blocked as [number, number];
          this.computed.set(key(r, c), {
            value: '',
            error: new CellError(
              '#REF!',
              `Array result was not expanded because it would overwrite data in ${this.workbook.a1(br, bc)}.`,
            ),
          });
          return;
        }
        table.forEach((cells, di) => {
          cells.forEach((v, dj) => {
            const spilled: Computed = { value: v };
            if (di > 0 || dj > 0) spilled.spilledFrom = formula;
            this.computed.set(key(r + di, c + dj), spilled);
          });
        });
      });
    });
  }

  private evaluate(formula: string, row: number, column: number): Computed {
    try {
      const value = evaluateFormula(
        parseFormula(formula),
        this.workbook.scope(this.sheet.getName()),
      );
      return {
        value:
          Array.isArray(value) && value.length === 1 && value[0]?.length === 1
            ? value[0][0]
            : value,
      };
    } catch (error) {
      if (error instanceof CellError) return { value: '', error };
      if (error instanceof FormulaSyntaxError) {
        return {
          value: '',
          error: new CellError('#ERROR!', `Formula parse error. ${error.message}`),
        };
      }
      throw new Error(
        `${this.sheet.getName()}!${this.workbook.a1(row, column)}: ${messageOf(error)}`,
      );
    }
  }

  /** Values of an area with the formulas' results in place. */
  values(area: CellArea): unknown[][] {
    const range = this.sheet.getRange(area.row, area.column, area.numRows, area.numColumns);
    const raw = range.getValues();
    const formulas = this.computed.size > 0 ? range.getFormulas() : undefined;
    if (!formulas) return raw;
    return raw.map((cells, i) =>
      cells.map((v, j) => {
        const c = this.computed.get(key(area.row + i, area.column + j));
        if (c) return c.error ? c.error : c.value;
        return formulas[i]?.[j] ? '' : v;
      }),
    );
  }

  rules(): RuleView[] {
    this.ruleList ??= ruleViews(this.sheet, this.warnings);
    return this.ruleList;
  }
}

export class Workbook {
  private sheets = new Map<string, ComputedSheet>();
  private computing = new Set<string>();

  constructor(
    private readonly spreadsheet: SpreadsheetFake,
    private readonly addon: LoadedAddon,
    private readonly customFunctionNames: ReadonlySet<string>,
    private readonly now: () => number = Date.now,
  ) {}

  get timeZone(): string {
    return this.spreadsheet.getSpreadsheetTimeZone();
  }

  /** Forget every computed result: the next read recomputes. */
  invalidate(): void {
    this.sheets.clear();
  }

  a1(row: number, column: number): string {
    return this.spreadsheet.getSheets()[0]?.getRange(row, column).getA1Notation() ?? '';
  }

  private computedSheet(name: string): ComputedSheet | undefined {
    const cached = this.sheets.get(name);
    if (cached) return cached;
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) return undefined;
    const computed = new ComputedSheet(sheet, this);
    if (this.computing.has(name)) return computed; // a circular reference reads no results
    this.computing.add(name);
    try {
      computed.compute();
    } finally {
      this.computing.delete(name);
    }
    this.sheets.set(name, computed);
    return computed;
  }

  scope(sheet: string, rowShift = 0, columnShift = 0): FormulaScope {
    return {
      timeZone: this.timeZone,
      sheet,
      rowShift,
      columnShift,
      sheetSize: (name) => {
        const s = this.spreadsheet.getSheetByName(name);
        return s ? { rows: s.getMaxRows(), columns: s.getMaxColumns() } : undefined;
      },
      values: (name, area) => this.computedSheet(name)?.values(area) ?? [],
      customFunction: (name) => {
        const fn = this.addon.globals[name];
        if (!fn || !this.customFunctionNames.has(name)) return undefined;
        return (...args) => fromAddon(fn(...args.map((a) => this.addon.toRealm(a))));
      },
      now: this.now,
    };
  }

  sheetNames(): string[] {
    return this.spreadsheet.getSheets().map((s) => s.getName());
  }

  activeSheetName(): string {
    return this.spreadsheet.getActiveSheet().getName();
  }

  view(name: string): SheetView | undefined {
    const computed = this.computedSheet(name);
    if (!computed) return undefined;
    const sheet = computed.sheet;
    const columns = sheet.getMaxColumns();
    const warnings = computed.warnings;
    computed.rules();
    const charts = sheet.getCharts().map((chart) => chartView(chart, this, warnings));
    return {
      name,
      rows: sheet.getMaxRows(),
      columns,
      frozenRows: sheet.getFrozenRows(),
      frozenColumns: sheet.getFrozenColumns(),
      columnWidths: Array.from({ length: columns }, (_, i) => sheet.getColumnWidth(i + 1)),
      tabColor: sheet.getTabColor(),
      charts,
      warnings: [...new Set(warnings)],
    };
  }

  /** Values of a range with the formulas' results in place (for charts). */
  rangeValues(range: RangeFake): unknown[][] {
    const name = range.getSheet().getName();
    return (
      this.computedSheet(name)?.values({
        row: range.getRow(),
        column: range.getColumn(),
        numRows: range.getNumRows(),
        numColumns: range.getNumColumns(),
      }) ?? []
    );
  }

  /** How a value shows in a cell with this number format. */
  display(value: unknown, numberFormat: string): string {
    if (value instanceof Hyperlink) return value.label;
    if (value instanceof CellError) return value.code;
    if (typeof value === 'number' && numberFormat === '0.###############') {
      // Sheets' automatic format shows up to 10 significant digits in a default-width cell.
      return String(Number(value.toPrecision(10)));
    }
    return displayValue(value as never, numberFormat, this.timeZone);
  }

  /** Rows `from`..`to` (1-based, inclusive) of a sheet, every column. */
  rows(name: string, from: number, to: number): CellView[][] {
    const computed = this.computedSheet(name);
    if (!computed) return [];
    const sheet = computed.sheet;
    const last = Math.min(to, sheet.getMaxRows());
    const columns = sheet.getMaxColumns();
    const out: CellView[][] = [];
    if (last >= from) {
      const range = sheet.getRange(from, 1, last - from + 1, columns);
      const grid = { row: from, column: 1, numRows: last - from + 1, numColumns: columns };
      const values = computed.values(grid);
      const formulas = range.getFormulas();
      const formats = range.getNumberFormats();
      const weights = range.getFontWeights();
      const colours = range.getFontColors();
      const backgrounds = range.getBackgrounds();
      const aligns = range.getHorizontalAlignments();
      const wraps = range.getWraps();
      const notes = range.getNotes();
      values.forEach((cells, i) => {
        const r = from + i;
        out.push(
          cells.map((value, j) => {
            const c = j + 1;
            const cell: CellView = { text: this.display(value, formats[i]?.[j] ?? '') };
            const formula = formulas[i]?.[j];
            const spilledFrom = computed.computed.get(key(r, c))?.spilledFrom;
            if (formula) cell.formula = formula;
            else if (spilledFrom) {
              cell.formula = spilledFrom;
              cell.spilled = true;
            }
            if (typeof value === 'number' || isDateValue(value)) cell.numeric = true;
            if (value instanceof Hyperlink) cell.link = value.url;
            if (value instanceof CellError)
              cell.error = { code: value.code, message: value.message };
            if (weights[i]?.[j] === 'bold') cell.bold = true;
            const colour = colours[i]?.[j];
            if (colour && colour !== '#000000') cell.color = colour;
            const background = backgrounds[i]?.[j];
            if (background && background !== '#ffffff') cell.background = background;
            const align = aligns[i]?.[j];
            if (align && align !== 'general' && align !== 'normal') cell.align = align;
            if (wraps[i]?.[j]) cell.wrap = true;
            const note = notes[i]?.[j];
            if (note) cell.note = note;
            const rule = computed.rules().find((rv) => rv.applies(r, c, this));
            if (rule) {
              if (rule.background) cell.background = rule.background;
              if (rule.fontColor) cell.color = rule.fontColor;
              if (rule.bold) cell.bold = true;
            }
            return cell;
          }),
        );
      });
    }
    return out;
  }
}
