/**
 * Conditional-format rules as the preview applies them: read from the sheet's rules through the
 * Apps Script API (ranges, boolean condition, formats), evaluated per cell. As in Sheets, the first
 * rule in the list that holds for a cell formats it; a custom formula's relative references move
 * with the cell, counted from the top-left cell of the rule's range.
 */
import type { SheetFake } from '../../host';
import { formulaHolds } from './formula-eval';
import { type FormulaNode, parseFormula } from './formula-parse';
import type { Workbook } from './workbook';

export interface RuleView {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  applies(row: number, column: number, workbook: Workbook): boolean;
}

interface Area {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
}

type Test = (value: unknown, formulaAt: (node: FormulaNode) => boolean) => boolean;

const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v)).toLowerCase();

/** The tests of the criteria types the preview evaluates, from the criteria values. */
function criteriaTest(type: string, values: unknown[]): Test | undefined {
  const [a, b] = values;
  const n = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
  switch (type) {
    case 'CUSTOM_FORMULA': {
      const node = parseFormula(String(a));
      return (_, formulaAt) => formulaAt(node);
    }
    case 'CELL_EMPTY':
      return (v) => v === '';
    case 'CELL_NOT_EMPTY':
      return (v) => v !== '';
    case 'NUMBER_GREATER_THAN':
      return (v) => n(v) > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return (v) => n(v) >= Number(a);
    case 'NUMBER_LESS_THAN':
      return (v) => n(v) < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return (v) => n(v) <= Number(a);
    case 'NUMBER_EQUAL_TO':
      return (v) => n(v) === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return (v) => typeof v === 'number' && v !== Number(a);
    case 'NUMBER_BETWEEN':
      return (v) =>
        n(v) >= Math.min(Number(a), Number(b)) && n(v) <= Math.max(Number(a), Number(b));
    case 'NUMBER_NOT_BETWEEN':
      return (v) => n(v) < Math.min(Number(a), Number(b)) || n(v) > Math.max(Number(a), Number(b));
    case 'TEXT_CONTAINS':
      return (v) => asText(v).includes(asText(a));
    case 'TEXT_DOES_NOT_CONTAIN':
      return (v) => !asText(v).includes(asText(a));
    case 'TEXT_EQUAL_TO':
      return (v) => asText(v) === asText(a);
    case 'TEXT_NOT_EQUAL_TO':
      return (v) => asText(v) !== asText(a);
    case 'TEXT_STARTS_WITH':
      return (v) => asText(v).startsWith(asText(a));
    case 'TEXT_ENDS_WITH':
      return (v) => asText(v).endsWith(asText(a));
    default:
      return undefined;
  }
}

export function ruleViews(sheet: SheetFake, warnings: string[]): RuleView[] {
  const name = sheet.getName();
  const views: RuleView[] = [];
  for (const rule of sheet.getConditionalFormatRules()) {
    const condition = rule.getBooleanCondition();
    if (!condition) continue;
    const type = String(condition.getCriteriaType());
    let test: Test | undefined;
    try {
      test = criteriaTest(type, condition.getCriteriaValues());
    } catch (error) {
      warnings.push(`A conditional-format rule's formula could not be read: ${String(error)}`);
    }
    if (!test) {
      warnings.push(`Conditional formatting "${type}" is not shown in the preview.`);
      continue;
    }
    const areas: Area[] = rule.getRanges().map((range) => ({
      row: range.getRow(),
      column: range.getColumn(),
      lastRow: range.getLastRow(),
      lastColumn: range.getLastColumn(),
    }));
    const holds = test;
    views.push({
      background: condition.getBackground(),
      fontColor: condition.getFontColor(),
      bold: condition.getBold(),
      applies(row, column, workbook) {
        // Relative references count from the top-left cell of the rule's first range.
        const first = areas[0];
        const inside = areas.some(
          (a) => row >= a.row && row <= a.lastRow && column >= a.column && column <= a.lastColumn,
        );
        if (!first || !inside) return false;
        const scope = workbook.scope(name, row - first.row, column - first.column);
        const value = scope.values(name, { row, column, numRows: 1, numColumns: 1 })[0]?.[0];
        return holds(value ?? '', (node) => formulaHolds(node, scope));
      },
    });
  }
  return views;
}
