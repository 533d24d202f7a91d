/**
 * Evaluates a parsed formula the way Sheets would for the formulas the add-on writes: the add-on's
 * custom functions are called with the referenced ranges' values (a 2D array for a range, the value
 * for one cell, nothing for an empty argument); HYPERLINK, AND, OR, NOT, IF, ISNUMBER, ISBLANK,
 * ISTEXT and TODAY are built in; comparisons follow Sheets (text case-insensitive, dates as serial
 * numbers). A thrown CellError is what the cell shows (#ERROR!, #NAME?, #REF!, #VALUE!).
 */
import { zoneOffsetMs } from '../../src/core/calendar';
import type { FormulaNode, RefEnd } from './formula-parse';

export type ErrorCode = '#ERROR!' | '#NAME?' | '#REF!' | '#VALUE!' | '#DIV/0!' | '#N/A';

export class CellError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** What =HYPERLINK(url, label) leaves in its cell. */
export class Hyperlink {
  constructor(
    readonly url: string,
    readonly label: string,
  ) {}
}

export interface CellArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** What a formula can see of the spreadsheet. */
export interface FormulaScope {
  timeZone: string;
  /** The sheet the formula is on. */
  sheet: string;
  /** How far a relative reference moves (a conditional-format rule applied below its first row). */
  rowShift: number;
  columnShift: number;
  /** The size of a sheet, or undefined when there is no such sheet. */
  sheetSize(sheet: string): { rows: number; columns: number } | undefined;
  /** Values of an area, formulas computed; a cell showing an error holds its CellError. */
  values(sheet: string, area: CellArea): unknown[][];
  /** A custom function of the add-on, or undefined. */
  customFunction(name: string): ((...args: unknown[]) => unknown) | undefined;
  /** Now, as an instant (the preview's clock). */
  now(): number;
}

const dayMs = 86_400_000;
/** Sheets' day 0 is 1899-12-30. */
const serialEpochDays = 25_569;

export function serialOf(date: Date, timeZone: string): number {
  const t = date.getTime();
  return (t + zoneOffsetMs(t, timeZone)) / dayMs + serialEpochDays;
}

function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function area(node: Extract<FormulaNode, { kind: 'reference' }>, scope: FormulaScope): CellArea {
  const sheet = node.sheet ?? scope.sheet;
  const size = scope.sheetSize(sheet);
  if (!size) throw new CellError('#REF!', `Unresolved sheet name '${sheet}'.`);
  const at = (end: RefEnd, fallbackRow: number, fallbackColumn: number) => ({
    row: end.row === undefined ? fallbackRow : end.row + (end.rowAbsolute ? 0 : scope.rowShift),
    column:
      end.column === undefined
        ? fallbackColumn
        : end.column + (end.columnAbsolute ? 0 : scope.columnShift),
  });
  const start = at(node.start, 1, 1);
  const end = node.end ? at(node.end, size.rows, size.columns) : start;
  const row = Math.min(start.row, end.row);
  const column = Math.min(start.column, end.column);
  if (row < 1 || column < 1) throw new CellError('#REF!', 'Reference does not exist.');
  return {
    row,
    column,
    numRows: Math.max(start.row, end.row) - row + 1,
    numColumns: Math.max(start.column, end.column) - column + 1,
  };
}

function isSingleCell(node: Extract<FormulaNode, { kind: 'reference' }>): boolean {
  const { start, end } = node;
  if (!end) return true;
  return start.row === end.row && start.column === end.column && end.row !== undefined;
}

/** A value of the grammar: a scalar, or a 2D array from a range or a custom function. */
function evaluateNode(node: FormulaNode, scope: FormulaScope): unknown {
  switch (node.kind) {
    case 'number':
    case 'text':
    case 'boolean':
      return node.value;
    case 'reference': {
      const values = scope.values(node.sheet ?? scope.sheet, area(node, scope));
      if (!isSingleCell(node)) {
        // A range passes an error cell on as its code, as Sheets hands it to a custom function.
        return values.map((cells) => cells.map((v) => (v instanceof CellError ? v.code : v)));
      }
      const value = values[0]?.[0] ?? '';
      if (value instanceof CellError) throw value;
      return value;
    }
    case 'negate':
      return -toNumber(scalar(evaluateNode(node.operand, scope)), scope);
    case 'operator':
      return operate(
        node.operator,
        scalar(evaluateNode(node.left, scope)),
        scalar(evaluateNode(node.right, scope)),
        scope,
      );
    case 'call':
      return call(node.name, node.args, scope);
  }
}

function scalar(v: unknown): unknown {
  if (Array.isArray(v)) return scalar(v[0]?.[0] ?? '');
  if (v instanceof Hyperlink) return v.label;
  return v;
}

function toNumber(v: unknown, scope: FormulaScope): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '' || v === null || v === undefined) return 0;
  if (isDateValue(v)) return serialOf(v, scope.timeZone);
  const n = Number(v);
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(n)) return n;
  throw new CellError('#VALUE!', `Function expects number values. But '${String(v)}' is a text.`);
}

function toText(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v === null || v === undefined) return '';
  return String(v);
}

function toBoolean(v: unknown, scope: FormulaScope): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    if (v === '') return false;
    if (/^true$/i.test(v)) return true;
    if (/^false$/i.test(v)) return false;
    throw new CellError('#VALUE!', `Function expects boolean values. But '${v}' is a text.`);
  }
  return toNumber(v, scope) !== 0;
}

/** Sheets orders numbers (and dates) before text before booleans; text ignores case. */
function compare(a: unknown, b: unknown, scope: FormulaScope): number {
  const rank = (v: unknown) =>
    typeof v === 'boolean' ? 2 : typeof v === 'string' && v !== '' ? 1 : 0;
  const blank = (v: unknown) => v === '' || v === null || v === undefined;
  // A blank cell equals "" and 0 alike.
  if (blank(a) && typeof b === 'string') return b === '' ? 0 : -1;
  if (blank(b) && typeof a === 'string') return a === '' ? 0 : 1;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 1) {
    const x = toText(a).toLowerCase();
    const y = toText(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ra === 2) return Number(a) - Number(b);
  return toNumber(a, scope) - toNumber(b, scope);
}

function operate(operator: string, a: unknown, b: unknown, scope: FormulaScope): unknown {
  switch (operator) {
    case '&':
      return toText(a) + toText(b);
    case '+':
      return toNumber(a, scope) + toNumber(b, scope);
    case '-':
      return toNumber(a, scope) - toNumber(b, scope);
    case '*':
      return toNumber(a, scope) * toNumber(b, scope);
    case '/': {
      const divisor = toNumber(b, scope);
      if (divisor === 0)
        throw new CellError('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.');
      return toNumber(a, scope) / divisor;
    }
  }
  const c = compare(a, b, scope);
  switch (operator) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

function flatten(v: unknown): unknown[] {
  return Array.isArray(v) ? (v as unknown[][]).flat() : [v];
}

function call(name: string, args: (FormulaNode | null)[], scope: FormulaScope): unknown {
  const value = (i: number) => {
    const arg = args[i];
    return arg ? evaluateNode(arg, scope) : undefined;
  };
  const one = (i: number) => scalar(value(i));
  switch (name) {
    case 'AND':
    case 'OR': {
      const all = args.flatMap((_, i) => flatten(value(i))).filter((v) => v !== '');
      const truths = all.map((v) => toBoolean(v, scope));
      return name === 'AND' ? truths.every(Boolean) : truths.some(Boolean);
    }
    case 'NOT':
      return !toBoolean(one(0), scope);
    case 'IF':
      return toBoolean(one(0), scope) ? (value(1) ?? true) : (value(2) ?? false);
    case 'ISNUMBER': {
      const v = one(0);
      return typeof v === 'number' || isDateValue(v);
    }
    case 'ISTEXT':
      return typeof one(0) === 'string' && one(0) !== '';
    case 'ISBLANK':
      return one(0) === '' || one(0) === undefined;
    case 'TODAY':
      return Math.floor(serialOf(new Date(scope.now()), scope.timeZone));
    case 'HYPERLINK': {
      const url = toText(one(0));
      return new Hyperlink(url, args.length > 1 ? toText(one(1)) : url);
    }
  }
  const custom = scope.customFunction(name);
  if (!custom) throw new CellError('#NAME?', `Unknown function: '${name}'.`);
  const values = args.map((_, i) => value(i));
  // An empty argument is left out, as Apps Script passes it.
  while (values.length > 0 && values[values.length - 1] === undefined) values.pop();
  try {
    return custom(...values);
  } catch (error) {
    const message =
      error !== null && typeof error === 'object' && 'message' in error
        ? String(error.message)
        : String(error);
    throw new CellError('#ERROR!', message);
  }
}

/** The formula's result: a scalar or a 2D array (a custom function's spilled table). */
export function evaluateFormula(node: FormulaNode, scope: FormulaScope): unknown {
  return evaluateNode(node, scope);
}

/** Whether a conditional-format custom formula holds (its result as a boolean; an error is false). */
export function formulaHolds(node: FormulaNode, scope: FormulaScope): boolean {
  try {
    return toBoolean(scalar(evaluateNode(node, scope)), scope);
  } catch {
    return false;
  }
}
