/**
 * The preview's formulas as Sheets shows them, on a small spreadsheet in the local host with the
 * built add-on: a custom function's table spills (or stops with #REF! where it would overwrite
 * data), a thrown error is #ERROR! with its message, conditional-format rules colour by their
 * custom formula with relative rows, the first rule that holds wins, and HYPERLINK and TODAY work.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalHost } from '../../host';
import { Workbook } from '../../preview/server/workbook';

const distDir = join(__dirname, '../../dist');

function workbookWith(setUp: (host: ReturnType<typeof createLocalHost>) => void) {
  const host = createLocalHost({ timeZone: 'Europe/London' });
  const addon = host.load(distDir);
  setUp(host);
  const now = Date.parse('2026-11-20T12:00:00Z');
  return new Workbook(host.spreadsheet, addon, new Set(['ODR']), () => now);
}

const texts = (workbook: Workbook, sheet: string, from: number, to: number) =>
  workbook.rows(sheet, from, to).map((row) => row.slice(0, 4).map((c) => c.text));

describe('formulas in the preview', () => {
  it('shows a custom function error as #ERROR! with the add-on message', () => {
    const workbook = workbookWith((host) => {
      const sheet = host.spreadsheet.getActiveSheet();
      sheet.getRange('A1').setValue('not a report');
      sheet.getRange('C1').setFormula('=ODR(A1:B2)');
    });
    const [cell] = workbook.rows('Sheet1', 1, 1)[0]?.slice(2, 3) ?? [];
    expect(cell?.text).toBe('#ERROR!');
    expect(cell?.error?.message).toMatch(/\S{5,}/);
    expect(cell?.formula).toBe('=ODR(A1:B2)');
  });

  it('an unknown function is #NAME?, a formula that does not parse is #ERROR!', () => {
    const workbook = workbookWith((host) => {
      const sheet = host.spreadsheet.getActiveSheet();
      sheet.getRange('A1').setFormula('=NOT_A_FUNCTION(1)');
      sheet.getRange('A2').setFormula('=AND(1,');
    });
    const [a1, a2] = workbook.rows('Sheet1', 1, 2).map((row) => row[0]);
    expect(a1?.text).toBe('#NAME?');
    expect(a1?.error?.message).toContain('NOT_A_FUNCTION');
    expect(a2?.text).toBe('#ERROR!');
  });

  it('HYPERLINK shows its label and keeps its address; comparisons follow Sheets', () => {
    const workbook = workbookWith((host) => {
      const sheet = host.spreadsheet.getActiveSheet();
      sheet
        .getRange('A1')
        .setFormula('=HYPERLINK("https://docs.google.com/document/d/x/edit", "Plan")');
      sheet.getRange('A2').setValue('2026-11-19');
      sheet.getRange('B2').setFormula('=AND(A2<>"", A2<=TODAY(), "open"<>"Closed")');
      sheet.getRange('C2').setFormula('="breach"="BREACH"');
      sheet.getRange('D2').setFormula('=2*3+1&" days"');
    });
    const [row1, row2] = workbook.rows('Sheet1', 1, 2);
    expect(row1?.[0]?.text).toBe('Plan');
    expect(row1?.[0]?.link).toBe('https://docs.google.com/document/d/x/edit');
    expect(row2?.slice(1, 4).map((c) => c.text)).toEqual(['TRUE', 'TRUE', '7 days']);
  });
});

describe('spilled results', () => {
  it('stops with #REF! where the table would overwrite data', () => {
    const workbook = workbookWith((host) => {
      const sheet = host.spreadsheet.getActiveSheet();
      sheet.getRange('A1:B2').setValues([
        ['a', 'b'],
        ['c', 'd'],
      ]);
      // A 2x2 table from a formula is evaluated by the preview's own grammar: a range reference.
      sheet.getRange('D1').setFormula('=A1:B2');
      sheet.getRange('E2').setValue('mine');
    });
    const [d1] = workbook.rows('Sheet1', 1, 1)[0]?.slice(3, 4) ?? [];
    expect(d1?.text).toBe('#REF!');
    expect(d1?.error?.message).toBe(
      'Array result was not expanded because it would overwrite data in E2.',
    );
    expect(texts(workbook, 'Sheet1', 2, 2)[0]).toEqual(['c', 'd', '', '']);
  });

  it('without anything in the way, a range spills as Sheets shows it', () => {
    const workbook = workbookWith((host) => {
      const sheet = host.spreadsheet.getActiveSheet();
      sheet.getRange('A1:B2').setValues([
        ['a', 1],
        ['c', 0.5],
      ]);
      sheet.getRange('C1:D2').setNumberFormat('0.0%');
      sheet.getRange('C1').setFormula('=A1:B2');
    });
    expect(texts(workbook, 'Sheet1', 1, 2)).toEqual([
      ['a', '1', 'a', '100.0%'],
      ['c', '0.5', 'c', '50.0%'],
    ]);
  });
});

describe('conditional formatting in the preview', () => {
  it('colours each row from its own status cell; the first rule that holds wins', () => {
    const workbook = workbookWith((host) => {
      const app = host.services.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      // Through the Apps Script API the add-on uses.
      const sheet = app.getActiveSheet();
      sheet.getRange('A2:B5').setValues([
        ['ODR', 'Breach'],
        ['LSR', 'Fine'],
        ['VTR', 'Near target'],
        ['<b>x</b>', '=1+1'],
      ]);
      const rule = (formula: string, colour: string) =>
        app
          .newConditionalFormatRule()
          .whenFormulaSatisfied(formula)
          .setBackground(colour)
          .setRanges([sheet.getRange('A2:B')])
          .build();
      sheet.setConditionalFormatRules([
        rule('=$B2="Breach"', '#f4c7c3'),
        rule('=$B2<>""', '#eeeeee'),
        rule('=$B2="Fine"', '#ceead6'),
      ]);
    });
    const backgrounds = workbook.rows('Sheet1', 2, 6).map((row) => row[0]?.background);
    expect(backgrounds).toEqual(['#f4c7c3', '#eeeeee', '#eeeeee', '#eeeeee', undefined]);
    // Report text is data: shown as typed.
    expect(workbook.rows('Sheet1', 5, 5)[0]?.[0]?.text).toBe('<b>x</b>');
  });
});
