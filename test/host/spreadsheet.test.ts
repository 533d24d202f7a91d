import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  coerceInput,
  createLocalHost,
  DEFAULT_NUMBER_FORMAT,
  type LoadedAddon,
  type LocalHost,
  UNEVALUATED_FORMULA,
} from '../../host/index';
import { addonDist, removeDists } from './fixture';

afterAll(removeDists);

let host: LocalHost;
let addon: LoadedAddon;
const dist = addonDist();

beforeEach(() => {
  host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  addon = host.load(dist);
});

/** Runs add-on-side code with `sheet` = the active sheet. */
function onSheet<T>(code: string): T {
  return addon.run<T>(
    `(function () { var ss = SpreadsheetApp.getActiveSpreadsheet(); var sheet = ss.getActiveSheet(); ${code} })()`,
  );
}

describe('cell input semantics (coerceInput)', () => {
  const tz = 'America/Los_Angeles';
  const write = (v: unknown, format = DEFAULT_NUMBER_FORMAT) => coerceInput(v, format, tz);

  it('makes "=..." a formula and "\'..." literal text', () => {
    expect(write('=SUM(A1:A3)')).toEqual({ value: '', formula: '=SUM(A1:A3)' });
    expect(write("'=SUM(A1:A3)")).toEqual({ value: '=SUM(A1:A3)', formula: '' });
    expect(write("'00123")).toEqual({ value: '00123', formula: '' });
  });

  it('parses numbers, percentages, booleans and dates like Sheets', () => {
    expect(write('12.5').value).toBe(12.5);
    expect(write('1,234').value).toBe(1234);
    expect(write('00123').value).toBe(123);
    expect(write('12.5%')).toEqual({ value: 0.125, formula: '', numberFormat: '0.00%' });
    expect(write('TRUE').value).toBe(true);
    const d = write('2024-01-05').value as Date;
    expect(d).toBeInstanceOf(Date);
    expect(d.toISOString()).toBe('2024-01-05T08:00:00.000Z');
    expect((write('Jan 5, 2024').value as Date).toISOString()).toBe('2024-01-05T08:00:00.000Z');
    expect((write('1/5/2024 13:30').value as Date).toISOString()).toBe('2024-01-05T21:30:00.000Z');
  });

  it('keeps ISO timestamps with an offset as text', () => {
    expect(write('2024-01-05T10:11:12+00:00')).toEqual({
      value: '2024-01-05T10:11:12+00:00',
      formula: '',
    });
  });

  it('treats "+..." and "-..." text as a formula, as Sheets does', () => {
    expect(write('+1 555 0100')).toEqual({ value: '', formula: '=+1 555 0100' });
    expect(write('-3').value).toBe(-3);
  });

  it('stores anything verbatim in a plain-text ("@") cell', () => {
    for (const text of ['=1+1', '00123', '2024-01-05', '+1 555 0100', 'TRUE']) {
      expect(write(text, '@')).toEqual({ value: text, formula: '' });
    }
  });

  it('keeps numbers, booleans and Dates; null is empty', () => {
    const date = new Date('2024-02-01T00:00:00Z');
    expect(write(3).value).toBe(3);
    expect(write(false).value).toBe(false);
    expect(write(date).value).toEqual(date);
    expect(write(null).value).toBe('');
  });
});

describe('Sheet and Range', () => {
  it('round-trips values, formulas and number formats', () => {
    onSheet(`
      sheet.getRange('A1:C2').setValues([['sku', 'units', 'share'], ['A-1', 3, '=B2/10']]);
      sheet.getRange('C2').setNumberFormat('0.0%');
      sheet.getRange(3, 1).setValue("'=HYPERLINK(\\"x\\")");
    `);
    const snap = host.spreadsheet.getActiveSheet().snapshot();
    expect(snap.values).toEqual([
      ['sku', 'units', 'share'],
      ['A-1', 3, UNEVALUATED_FORMULA],
      ['=HYPERLINK("x")', '', ''],
    ]);
    expect(snap.formulas[1]).toEqual(['', '', '=B2/10']);
    expect(snap.formulas[2]).toEqual(['', '', '']);
    expect(snap.numberFormats[1]).toEqual([DEFAULT_NUMBER_FORMAT, DEFAULT_NUMBER_FORMAT, '0.0%']);
    expect(onSheet<string[][]>("return sheet.getRange('A2:C2').getFormulas();")).toEqual([
      ['', '', '=B2/10'],
    ]);
  });

  it('evaluates formulas with a test-provided evaluator', () => {
    host.spreadsheet.setFormulaEvaluator((f, at) =>
      f === '=B2/10' && at.a1 === 'C2' ? 0.3 : undefined,
    );
    onSheet(`sheet.getRange('B2:C2').setValues([[3, '=B2/10']]);`);
    expect(onSheet('return sheet.getRange("C2").getValue();')).toBe(0.3);
  });

  it('stores plain-text cells verbatim after setNumberFormat("@")', () => {
    onSheet(
      `var r = sheet.getRange('A1:A2'); r.setNumberFormat('@'); r.setValues([['=cmd|calc'], ['00123']]);`,
    );
    const snap = host.spreadsheet.getActiveSheet().snapshot();
    expect(snap.values).toEqual([['=cmd|calc'], ['00123']]);
    expect(snap.formulas).toEqual([[''], ['']]);
  });

  it('returns values of the add-on realm (Array, Date) and plain values to tests', () => {
    onSheet(`sheet.getRange('A1:B1').setValues([[new Date(Date.UTC(2024, 0, 5)), '2024-01-06']]);`);
    expect(
      onSheet(`var v = sheet.getRange('A1:B1').getValues();
        return [v instanceof Array, v[0] instanceof Array, v[0][0] instanceof Date, v[0][1] instanceof Date];`),
    ).toEqual([true, true, true, true]);
    const values = host.spreadsheet.getActiveSheet().getRange('A1:B1').getValues();
    expect(values[0]?.[0]).toEqual(new Date(Date.UTC(2024, 0, 5)));
  });

  it('shows display values with simple formats', () => {
    onSheet(`sheet.getRange('A1:D1').setValues([[0.1234, 1234.5, '2024-01-05', true]]);
      sheet.getRange('A1').setNumberFormat('0.0%'); sheet.getRange('B1').setNumberFormat('#,##0.00');`);
    expect(onSheet(`return sheet.getRange('A1:D1').getDisplayValues();`)).toEqual([
      ['12.3%', '1,234.50', '2024-01-05', 'TRUE'],
    ]);
  });

  it('throws outside the sheet, and grows with insertRowsAfter / appendRow', () => {
    expect(() => onSheet('sheet.getRange(1001, 1).setValue(1);')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => onSheet("sheet.getRange('A999:A1002');")).toThrow(/outside the dimensions/);
    expect(() => onSheet('sheet.getRange(1, 1, 2, 2).setValues([[1, 2]]);')).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    onSheet(
      'sheet.getRange(1000, 1).setValue("last"); sheet.insertRowsAfter(1000, 5); sheet.getRange(1005, 1).setValue("new");',
    );
    const sheet = host.spreadsheet.getActiveSheet();
    expect(sheet.getMaxRows()).toBe(1005);
    expect(sheet.getLastRow()).toBe(1005);
    onSheet('sheet.appendRow(["appended", 1]);');
    expect(sheet.getMaxRows()).toBe(1006);
    expect(sheet.getRange('A1006:B1006').getValues()).toEqual([['appended', 1]]);
  });

  it('shifts content down on insertRowsAfter', () => {
    const sheet = host.spreadsheet.addSheetWithValues('Orders', [['order-id'], ['111'], ['222']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.snapshot().values).toEqual([['order-id'], [''], [''], [111], [222]]);
  });

  it('reports the data range, last row/column and A1 notations', () => {
    host.spreadsheet.addSheetWithValues('Orders', [
      ['order-id', 'sku'],
      ['111-1', 'A'],
    ]);
    expect(
      addon.run(`var s = SpreadsheetApp.getActive().getSheetByName('Orders');
        var r = s.getDataRange();
        [r.getA1Notation(), s.getLastRow(), s.getLastColumn(), r.offset(1, 0, 1).getA1Notation(), s.getRange('A2:B').getNumRows()]`),
    ).toEqual(['A1:B2', 2, 2, 'A2:B2', 999]);
  });

  it('manages sheets like Sheets: names, indexes, active sheet, deletion', () => {
    onSheet(`var h = ss.insertSheet('Health', 0); h.setFrozenRows(1); h.setTabColor('#ff0000');`);
    const ss = host.spreadsheet;
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Health', 'Sheet1']);
    expect(ss.getActiveSheet().getName()).toBe('Health');
    expect(ss.sheet('Health').getFrozenRows()).toBe(1);
    expect(() => onSheet(`ss.insertSheet('Health');`)).toThrow(
      'A sheet with the name "Health" already exists. Please enter another name.',
    );
    expect(onSheet(`return ss.getSheetByName('Nope');`)).toBeNull();
    onSheet(`ss.deleteSheet(ss.getSheetByName('Sheet1'));`);
    expect(() => onSheet(`ss.deleteSheet(ss.getSheetByName('Health'));`)).toThrow(
      /remove all the sheets/,
    );
  });

  it('keeps text formats, notes and column settings', () => {
    onSheet(`sheet.getRange('A1:B1').setFontWeight('bold').setBackground('#eeeeee').setFontColor('#990000')
      .setHorizontalAlignment('center').setWrap(true).setNote('from the Orders report');
      sheet.setColumnWidth(2, 240); sheet.hideColumns(3, 2); sheet.autoResizeColumns(1, 2);`);
    const sheet = host.spreadsheet.getActiveSheet();
    expect(sheet.cell('B1')).toMatchObject({
      fontWeight: 'bold',
      background: '#eeeeee',
      fontColor: '#990000',
      horizontalAlignment: 'center',
      wrap: true,
      note: 'from the Orders report',
    });
    expect(sheet.getColumnWidth(2)).toBe(240);
    expect([...sheet.hiddenColumns]).toEqual([3, 4]);
  });

  it('fails loudly on anything not implemented', () => {
    expect(() =>
      onSheet(`sheet.getRange('A1').setBorder(true, true, true, true, null, null);`),
    ).toThrow('Local Apps Script host: Range.setBorder is not implemented');
    expect(() => onSheet('sheet.protect();')).toThrow(
      'Local Apps Script host: Sheet.protect is not implemented',
    );
    expect(() => addon.run('SpreadsheetApp.openById("x")')).toThrow(
      'Local Apps Script host: SpreadsheetApp.openById is not implemented',
    );
    expect(() => addon.run('SpreadsheetApp.BooleanCriteria.NOPE')).toThrow(
      'Local Apps Script host: BooleanCriteria.NOPE is not implemented',
    );
    // Test helpers and internals are invisible to the add-on.
    expect(() => onSheet('sheet.snapshot();')).toThrow(
      'Local Apps Script host: Sheet.snapshot is not implemented',
    );
    expect(() => onSheet('sheet._write(1, 1, 1);')).toThrow(/Sheet\._write is not implemented/);
    expect(() => onSheet('sheet.cells;')).toThrow(/Sheet\.cells is not implemented/);
    expect(
      onSheet('return String(sheet) + " " + ("getRange" in sheet) + " " + ("setBorder" in sheet);'),
    ).toBe('Sheet true false');
  });

  it('throws errors of the add-on realm for platform errors', () => {
    expect(
      onSheet(
        `try { sheet.getRange(0, 1); } catch (e) { return e instanceof Error && e.message; }`,
      ),
    ).toBe('The starting row of the range is too small.');
  });
});

describe('conditional format rules', () => {
  it('builds rules, exposes ranges and criteria, and stores copies', () => {
    const result = onSheet<unknown[]>(`
      var range = sheet.getRange('C2:C10');
      var breached = SpreadsheetApp.newConditionalFormatRule()
        .whenNumberGreaterThan(0.01).setBackground('#f4c7c3').setFontColor('#990000').setBold(true)
        .setRanges([range]).build();
      var near = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$E2="near"').setBackground('#fce8b2').setRanges([range]).build();
      sheet.setConditionalFormatRules([breached, near]);
      var rules = sheet.getConditionalFormatRules();
      var c = rules[0].getBooleanCondition();
      rules.pop();
      return [rules[0].getRanges()[0].getA1Notation(), c.getCriteriaType() === SpreadsheetApp.BooleanCriteria.NUMBER_GREATER_THAN,
        String(c.getCriteriaType()), c.getCriteriaValues(), c.getBackground(), c.getBold(), sheet.getConditionalFormatRules().length];
    `);
    expect(result).toEqual(['C2:C10', true, 'NUMBER_GREATER_THAN', [0.01], '#f4c7c3', true, 2]);
    expect(host.spreadsheet.getActiveSheet().conditionalRulesSnapshot()).toEqual([
      {
        ranges: ['C2:C10'],
        criteria: 'NUMBER_GREATER_THAN',
        values: [0.01],
        background: '#f4c7c3',
        fontColor: '#990000',
        bold: true,
        italic: null,
      },
      {
        ranges: ['C2:C10'],
        criteria: 'CUSTOM_FORMULA',
        values: ['=$E2="near"'],
        background: '#fce8b2',
        fontColor: null,
        bold: null,
        italic: null,
      },
    ]);
  });

  it('supports between / text criteria and copy()', () => {
    const values = onSheet(`
      var r = sheet.getRange('A1:A3');
      var between = SpreadsheetApp.newConditionalFormatRule().whenNumberBetween(0.008, 0.01).setBackground('#fff').setRanges([r]).build();
      var text = between.copy().whenTextEqualTo('Breached').build();
      return [between.getBooleanCondition().getCriteriaValues(), String(text.getBooleanCondition().getCriteriaType()),
        text.getBooleanCondition().getBackground()];
    `);
    expect(values).toEqual([[0.008, 0.01], 'TEXT_EQUAL_TO', '#fff']);
  });

  it('rejects wrong argument types and rules of another sheet', () => {
    expect(() =>
      onSheet(`SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan('1%');`),
    ).toThrow(
      /don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.whenNumberGreaterThan/,
    );
    expect(() =>
      onSheet(`var other = ss.insertSheet('Other');
        var rule = SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setRanges([other.getRange('A1')]).build();
        ss.getSheetByName('Sheet1').setConditionalFormatRules([rule]);`),
    ).toThrow(/different sheet/);
  });
});

describe('embedded charts', () => {
  it('inserts, reads, modifies and removes charts', () => {
    const out = onSheet<unknown[]>(`
      sheet.getRange('A1:B3').setValues([['day', 'odr'], ['2024-01-01', 0.01], ['2024-01-02', 0.02]]);
      var chart = sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(sheet.getRange('A1:B3'))
        .setPosition(2, 4, 0, 0).setOption('title', 'ODR trend').setNumHeaders(1).build();
      sheet.insertChart(chart);
      var inserted = sheet.getCharts()[0];
      sheet.updateChart(inserted.modify().setOption('title', 'Order Defect Rate').build());
      var after = sheet.getCharts()[0];
      var result = [sheet.getCharts().length, after.getId() === inserted.getId(), after.getOptions().get('title'),
        after.getOptions().get('legend'), after.getRanges()[0].getA1Notation(), after.getContainerInfo().getAnchorColumn()];
      sheet.removeChart(after);
      result.push(sheet.getCharts().length);
      return result;
    `);
    expect(out).toEqual([1, true, 'Order Defect Rate', null, 'A1:B3', 4, 0]);
  });
});
