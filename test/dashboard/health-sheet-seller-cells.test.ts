/**
 * The Health sheet keeps what the seller types outside the add-on's own areas: a refresh clears
 * and rewrites only the cells the add-on writes and the tables its formulas fill.
 */
import { describe, expect, it } from 'vitest';
import { parseA1 } from '../../host/services/cells';
import {
  defaultHealthSheetName,
  healthSheetPlan,
  trendsSheetPlan,
} from '../../src/core/dashboard/health-sheet';
import { parseDelimited } from '../../src/core/importing/delimited';
import { sampleText, startDashboard } from './helpers';

const input = {
  healthSheetName: defaultHealthSheetName,
  reports: {
    orders: {
      sheetName: 'All Orders',
      label: 'All Orders report',
      formulaA1: "'All Orders'!A1:AG",
    },
  },
  unused: [],
  settings: { marketplace: null, nearMargin: 0.2 },
};

function inside(a1: string, areas: readonly string[]): boolean {
  const cell = parseA1(a1, 100_000, 1_000);
  return areas.some((area) => {
    const range = parseA1(area, 100_000, 1_000);
    return (
      cell !== undefined &&
      range !== undefined &&
      cell.row >= range.row &&
      cell.row + cell.numRows <= range.row + range.numRows &&
      cell.column >= range.column &&
      cell.column + cell.numColumns <= range.column + range.numColumns
    );
  });
}

describe("the seller's cells on the Health sheet", () => {
  it("hold nothing the add-on writes: every cell of the plan is inside the add-on's areas", () => {
    for (const plan of [healthSheetPlan(input), trendsSheetPlan(input)]) {
      const written = [...plan.texts, ...plan.numbers, ...plan.formulas].map((c) => c.a1);
      expect(written.length).toBeGreaterThan(0);
      for (const a1 of written) expect(inside(a1, plan.areas), a1).toBe(true);
    }
  });

  it('survive a refresh, and the sheet says so', () => {
    const dashboard = startDashboard();
    dashboard.host.spreadsheet.addSheetWithValues(
      'All Orders',
      parseDelimited(sampleText('all-orders.tsv')).rows,
    );
    dashboard.menu('buildHealthSheet');
    const health = dashboard.host.spreadsheet.sheet('Health');
    const trends = dashboard.host.spreadsheet.sheet('Health trends');
    // Notes in empty cells: beside the settings, between the tables, far right, far down.
    const notes = { H2: 'appeal sent 11-20', J10: 'ask carrier', Z3: 'todo', G50: 'check VTR' };
    for (const [a1, text] of Object.entries(notes)) health.getRange(a1).setValue(text);
    trends.getRange('Z40').setValue('my trend note');
    dashboard.menu('buildHealthSheet');
    dashboard.menu('buildHealthSheet');
    for (const [a1, text] of Object.entries(notes)) {
      expect(health.getRange(a1).getValue(), a1).toBe(text);
    }
    expect(trends.getRange('Z40').getValue()).toBe('my trend note');
    expect(String(health.getRange('A2').getValue())).toMatch(
      /A refresh rewrites only the add-on's cells .* notes you type elsewhere on this sheet stay\./,
    );
    // The add-on's own cells are still its own.
    expect(health.getRange('A7').getFormula()).toMatch(/^=ACCOUNT_HEALTH\(/);
  });
});
