/**
 * The storage of a fake sheet, built for sheets of a few million cells: an array of rows, each with
 * parallel arrays of values, formulas (only in rows that have one) and formats (only in rows that
 * have a formatted cell). A format is an interned, frozen object shared by every cell that has it,
 * so a cell costs one or two array slots plus its value.
 *
 * Rows and columns are 1-based, as in Sheets. Reading or writing a cell is an array access;
 * inserting rows or columns after the last stored one does nothing, elsewhere it moves row
 * references (rows) or the slots of each stored row (columns), never cells one by one.
 */
import type { CellValue } from './cells';

/** The formats the fake keeps for a cell. */
export interface CellFormat {
  readonly numberFormat: string;
  readonly note: string;
  readonly fontWeight: string;
  readonly fontColor: string;
  readonly background: string;
  readonly horizontalAlignment: string;
  readonly wrap: boolean;
}

export type FormatKey = keyof CellFormat;

const interned = new Map<string, CellFormat>();
const transitions = new WeakMap<CellFormat, Map<FormatKey, Map<unknown, CellFormat>>>();

/** The one shared object with these formats. */
export function internFormat(f: CellFormat): CellFormat {
  const key = JSON.stringify([
    f.numberFormat,
    f.note,
    f.fontWeight,
    f.fontColor,
    f.background,
    f.horizontalAlignment,
    f.wrap,
  ]);
  let found = interned.get(key);
  if (found === undefined) {
    found = Object.freeze({
      numberFormat: f.numberFormat,
      note: f.note,
      fontWeight: f.fontWeight,
      fontColor: f.fontColor,
      background: f.background,
      horizontalAlignment: f.horizontalAlignment,
      wrap: f.wrap,
    });
    interned.set(key, found);
  }
  return found;
}

/** `f` with one format changed (interned; cached, so setting a format on many cells is cheap). */
export function withFormat<K extends FormatKey>(f: CellFormat, k: K, v: CellFormat[K]): CellFormat {
  if (f[k] === v) return f;
  let byKey = transitions.get(f);
  if (byKey === undefined) {
    byKey = new Map();
    transitions.set(f, byKey);
  }
  let byValue = byKey.get(k);
  if (byValue === undefined) {
    byValue = new Map();
    byKey.set(k, byValue);
  }
  let next = byValue.get(v);
  if (next === undefined) {
    next = internFormat({ ...f, [k]: v });
    byValue.set(v, next);
  }
  return next;
}

/** One stored row; slots past an array's end, and holes, are blank ('' / no formula / default). */
interface Row {
  values: Array<CellValue | undefined>;
  formulas: Array<string | undefined> | undefined;
  formats: Array<CellFormat | undefined> | undefined;
}

/** Inserts `count` holes at `index` of `list` (no spread: safe for any count). */
function insertHoles<T>(list: Array<T | undefined>, index: number, count: number): void {
  if (index >= list.length) return;
  const tail = list.slice(index);
  list.length = index;
  for (let i = 0; i < count; i++) list.push(undefined);
  for (const item of tail) list.push(item);
}

/** Sets list[index], growing the list without holes. */
function put<T>(list: Array<T | undefined>, index: number, value: T): void {
  while (list.length < index) list.push(undefined);
  list[index] = value;
}

export class SheetStore {
  private rows: Array<Row | undefined> = [];

  constructor(readonly blankFormat: CellFormat) {}

  private rowForWrite(row: number): Row {
    const rows = this.rows;
    let r = rows[row - 1];
    if (r === undefined) {
      while (rows.length < row - 1) rows.push(undefined);
      r = { values: [], formulas: undefined, formats: undefined };
      rows[row - 1] = r;
    }
    return r;
  }

  value(row: number, column: number): CellValue {
    return this.rows[row - 1]?.values[column - 1] ?? '';
  }
  formula(row: number, column: number): string {
    return this.rows[row - 1]?.formulas?.[column - 1] ?? '';
  }
  format(row: number, column: number): CellFormat {
    return this.rows[row - 1]?.formats?.[column - 1] ?? this.blankFormat;
  }
  /** Holds a value or a formula. */
  hasContent(row: number, column: number): boolean {
    const r = this.rows[row - 1];
    if (r === undefined) return false;
    const v = r.values[column - 1];
    return (v !== undefined && v !== '') || !!r.formulas?.[column - 1];
  }
  /** Holds a value, a formula or any format but the default ones. */
  isUsed(row: number, column: number): boolean {
    if (this.hasContent(row, column)) return true;
    const f = this.rows[row - 1]?.formats?.[column - 1];
    return f !== undefined && f !== this.blankFormat;
  }

  setContent(row: number, column: number, value: CellValue, formula: string): void {
    const r = this.rowForWrite(row);
    put(r.values, column - 1, value);
    if (formula !== '') {
      r.formulas ??= [];
      put(r.formulas, column - 1, formula);
    } else if (r.formulas !== undefined && column <= r.formulas.length) {
      r.formulas[column - 1] = undefined;
    }
  }
  setFormat(row: number, column: number, format: CellFormat): void {
    const existing = this.rows[row - 1];
    if (format === this.blankFormat && existing?.formats === undefined) return;
    const r = existing ?? this.rowForWrite(row);
    r.formats ??= [];
    put(r.formats, column - 1, format);
  }
  /** Empties the cell's value and formula; its formats stay. */
  clearContent(row: number, column: number): void {
    const r = this.rows[row - 1];
    if (r === undefined) return;
    if (column <= r.values.length) r.values[column - 1] = undefined;
    if (r.formulas !== undefined && column <= r.formulas.length) {
      r.formulas[column - 1] = undefined;
    }
  }

  /** How many rows may hold anything: every stored cell is in rows 1..rowSpan(). */
  rowSpan(): number {
    return this.rows.length;
  }
  /** Every stored cell of the row is in columns 1..columnSpan(row). */
  columnSpan(row: number): number {
    const r = this.rows[row - 1];
    if (r === undefined) return 0;
    return Math.max(r.values.length, r.formulas?.length ?? 0, r.formats?.length ?? 0);
  }

  /** Empties every value and formula; formats stay. */
  clearContents(): void {
    for (const r of this.rows) {
      if (r === undefined) continue;
      r.values = [];
      r.formulas = undefined;
    }
  }
  /** Replaces each stored format with `f(format)`. */
  mapFormats(f: (format: CellFormat) => CellFormat): void {
    for (const r of this.rows) {
      const formats = r?.formats;
      if (formats === undefined) continue;
      for (let c = 0; c < formats.length; c++) {
        const format = formats[c];
        if (format !== undefined) formats[c] = f(format);
      }
    }
  }

  /** Rows after `after` move down by `count`. */
  insertRows(after: number, count: number): void {
    insertHoles(this.rows, after, count);
  }
  /** Removes rows first..first+count-1; the rows below move up. */
  deleteRows(first: number, count: number): void {
    this.rows.splice(first - 1, count);
  }
  /** Columns after `after` move right by `count`. */
  insertColumns(after: number, count: number): void {
    for (const r of this.rows) {
      if (r === undefined) continue;
      insertHoles(r.values, after, count);
      if (r.formulas !== undefined) insertHoles(r.formulas, after, count);
      if (r.formats !== undefined) insertHoles(r.formats, after, count);
    }
  }
  clear(): void {
    this.rows = [];
  }
}
