/**
 * Issue 8.1 on the Health sheet: a row whose date cannot be right makes the tables refuse, and the
 * sheet says in plain sight, above them, which row of which report and column to fix; with every
 * row readable that cell is empty.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, formulasOf, sampleText, startDashboard } from './helpers';

function dashboardWith(orders: string) {
  const dashboard = startDashboard('America/New_York');
  const rows = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
  // Pasted, not imported: the import would have left the row out.
  dashboard.host.spreadsheet.addSheetWithValues('All Orders', rows(orders));
  dashboard.host.spreadsheet.addSheetWithValues('Feedback', rows(sampleText('feedback.tsv')));
  dashboard.menu('buildHealthSheet');
  const formulas = formulasOf(dashboard, 'Health');
  const shown = (a1: string) => {
    try {
      return evaluate(dashboard, formulas.get(a1) ?? '', 'Health');
    } catch (error) {
      return `#ERROR! ${(error as Error).message}`;
    }
  };
  return { formulas, shown };
}

describe('the Health sheet with a stray date in a pasted report', () => {
  it('names the row to fix above the tables, and the tables refuse with the same row', () => {
    const lines = sampleText('all-orders.tsv').split('\n');
    lines[40] = (lines[40] ?? '').replace(/\t2026-(\d\d-\d\dT)/, '\t2062-$1');
    const { formulas, shown } = dashboardWith(lines.join('\n'));
    expect(formulas.get('A5')).toMatch(/^=REPORT_PROBLEMS\(/);
    const problems = String(shown('A5'));
    expect(problems).toMatch(/^Rows to check \(1\)/);
    expect(problems).toContain('orders: row 41 of the All Orders report, column "purchase-date"');
    expect(String(shown('A7'))).toContain('#ERROR! orders: row 41 of the All Orders report');
  });

  it('leaves that cell empty when every row reads', () => {
    const { shown } = dashboardWith(sampleText('all-orders.tsv'));
    expect(shown('A5')).toBe('');
    expect(Array.isArray(shown('A7'))).toBe(true);
  });
});
