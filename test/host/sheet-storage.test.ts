/**
 * The fake sheet's storage: last row/column kept through writes, clears, insertions and deletions;
 * rows and columns moving with their values, formulas and formats; a report-sized import through the
 * add-on's side of the API. (No timings here: `npm run bench` measures speed.)
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createLocalHost,
  DEFAULT_NUMBER_FORMAT,
  type LoadedAddon,
  type LocalHost,
  type SheetFake,
} from '../../host/index';
import { createRpcBridge } from '../../host/serve-rpc';
import { addonDist, removeDists } from './fixture';

afterAll(removeDists);

let host: LocalHost;
let addon: LoadedAddon;
let sheet: SheetFake;
const dist = addonDist();

beforeEach(() => {
  host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  addon = host.load(dist);
  sheet = host.spreadsheet.getActiveSheet();
});

function onSheet<T>(code: string): T {
  return addon.run<T>(
    `(function () { var sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(); ${code} })()`,
  );
}

const last = () => [sheet.getLastRow(), sheet.getLastColumn()];

describe('last row and column', () => {
  it('follow writes, and shrink when the last cell of a row or column is emptied', () => {
    expect(last()).toEqual([0, 0]);
    sheet.getRange('A1:C2').setValues([
      ['a', 'b', 'c'],
      ['d', '', ''],
    ]);
    sheet.getRange('B5').setValue(0);
    expect(last()).toEqual([5, 3]);
    sheet.getRange('A1').setValue(''); // inside both bounds: nothing changes
    expect(last()).toEqual([5, 3]);
    sheet.getRange('C1').setValue(null); // the last column's only cell
    expect(last()).toEqual([5, 2]);
    sheet.getRange('B5').setValue(undefined); // the last row's only cell
    expect(last()).toEqual([2, 2]);
    sheet.getRange('B1').setValue('=A2'); // a formula is content
    sheet.getRange('A2:B2').clearContent();
    expect(last()).toEqual([1, 2]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B1');
  });

  it('ignore formats and notes, which only widen the snapshot', () => {
    sheet.getRange('D7').setNote('later').setBackground('#eeeeee');
    sheet.getRange('B2').setValue('x');
    expect(last()).toEqual([2, 2]);
    expect(sheet.snapshot().notes).toHaveLength(7);
    expect(sheet.snapshot().notes[6]).toEqual(['', '', '', 'later']);
  });

  it('move with inserted and deleted rows and columns', () => {
    sheet.getRange('B3').setValue('x');
    sheet.insertRowsAfter(1, 2);
    expect(last()).toEqual([5, 2]);
    sheet.insertRowsAfter(5, 10); // after the last row with content: nothing moves
    expect(last()).toEqual([5, 2]);
    sheet.insertColumnsAfter(1, 3);
    expect(last()).toEqual([5, 5]);
    expect(sheet.getRange('E5').getValue()).toBe('x');
    sheet.deleteRows(5, 1);
    expect(last()).toEqual([0, 0]);
  });

  it('reset with sheet.clear() and clearContents(); appendRow writes after them', () => {
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1').setNote('kept by clearContents');
    sheet.clearContents();
    expect(last()).toEqual([0, 0]);
    expect(sheet.cell('A1').note).toBe('kept by clearContents');
    sheet.appendRow(['x']);
    expect(last()).toEqual([1, 1]);
    sheet.clear();
    expect(last()).toEqual([0, 0]);
    expect(sheet.cell('A1').note).toBe('');
  });
});

describe('moving rows and columns', () => {
  it('moves values, formulas and formats together', () => {
    onSheet(`
      sheet.getRange('A1:B2').setValues([['sku', '=A1'], ['2024-01-05', '12.5%']]);
      sheet.getRange('B1').setNote('n').setFontWeight('bold');
      sheet.insertColumnsAfter(1, 1);
      sheet.insertRowsBefore(2, 1);
    `);
    const snap = sheet.snapshot();
    expect(snap.formulas).toEqual([
      ['', '', '=A1'],
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(snap.values[0]).toEqual(['sku', '', '#FORMULA']);
    expect(snap.values[2]?.[0]).toBeInstanceOf(Date);
    expect(snap.numberFormats[2]).toEqual(['yyyy-mm-dd', DEFAULT_NUMBER_FORMAT, '0.00%']);
    expect(sheet.cell('C1')).toMatchObject({ note: 'n', fontWeight: 'bold' });
    expect(sheet.cell('B1')).toMatchObject({ note: '', fontWeight: 'normal' });
  });

  it('deletes rows with their formats; clearFormats keeps notes', () => {
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.getRange('A2').setBackground('#ff0000');
    sheet.getRange('A3').setBackground('#00ff00').setNote('c');
    sheet.deleteRows(2, 1);
    expect(sheet.snapshot().values).toEqual([['a'], ['c']]);
    expect(sheet.snapshot().backgrounds).toEqual([['#ffffff'], ['#00ff00']]);
    expect(sheet.getMaxRows()).toBe(999);
    sheet.clearFormats();
    expect(sheet.cell('A2')).toMatchObject({ background: '#ffffff', note: 'c', value: 'c' });
  });

  it('keeps formats of different cells apart', () => {
    sheet.getRange('A1:B1').setBackground('#eeeeee');
    sheet.getRange('A1').setFontColor('#990000');
    sheet.getRange('B1').setNumberFormat('@');
    expect(sheet.cell('A1')).toMatchObject({
      background: '#eeeeee',
      fontColor: '#990000',
      numberFormat: DEFAULT_NUMBER_FORMAT,
    });
    expect(sheet.cell('B1')).toMatchObject({
      background: '#eeeeee',
      fontColor: '#000000',
      numberFormat: '@',
    });
    sheet.getRange('A1:B1').clearFormat();
    expect(sheet.cell('B1')).toMatchObject({
      background: '#ffffff',
      numberFormat: '0.###############',
    });
  });
});

describe('a report-sized import', () => {
  it('grows the sheet and appends batches as the import dialog does, every call recorded', () => {
    const rows = 30_000;
    const batch = 10_000;
    for (let first = 0; first < rows; first += batch) {
      onSheet(`
        var last = sheet.getLastRow();
        var rows = [];
        for (var i = ${first}; i < ${first + batch}; i++) rows.push(['o-' + i, i, new Date(Date.UTC(2026, 0, 1 + (i % 28))), i % 7 ? '' : 'note']);
        if (last + rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), last + rows.length - sheet.getMaxRows());
        sheet.getRange(last + 1, 1, rows.length, 4).setValues(rows);
        sheet.getRange(last + 1, 3, rows.length, 1).setNumberFormat('yyyy-mm-dd');
      `);
    }
    expect(last()).toEqual([rows, 4]);
    expect(sheet.getMaxRows()).toBe(rows);
    expect(sheet.getRange(rows, 1, 1, 4).getValues()).toEqual([
      [`o-${rows - 1}`, rows - 1, new Date(Date.UTC(2026, 0, 1 + ((rows - 1) % 28))), ''],
    ]);
    expect(sheet.getRange(7, 4, 2, 1).getValues()).toEqual([[''], ['note']]);
    expect(sheet.getRange('C2').getDisplayValue()).toBe('2026-01-01');
    const methods = host.calls.filter((c) => c.service === 'Sheet' || c.service === 'Range');
    expect(methods.filter((c) => c.method === 'setValues')).toHaveLength(3);
    expect(methods.filter((c) => c.method === 'insertRowsAfter').map((c) => c.args)).toEqual([
      [1000, 9000],
      [10000, 10000],
      [20000, 10000],
    ]);
  });

  it('carries large payloads through google.script.run and names an illegal value deep inside', async () => {
    const call = createRpcBridge(addon);
    const rows = Array.from({ length: 20_000 }, (_, i) => [`o-${i}`, i, i % 2 === 0]);
    expect(await call('writeReport', [rows.slice(0, 1000)])).toBe(1000);
    expect(host.spreadsheet.sheet('Report').getRange('A1000:C1000').getValues()).toEqual([
      ['o-999', 999, false],
    ]);
    expect(await call('echo', [{ rows }])).toEqual({ rows });
    const bad = rows.map((r) => [...r]);
    (bad[12_345] as unknown[])[1] = new Date(0);
    await expect(call('echo', [{ rows: bad }])).rejects.toThrow(
      'Failed due to illegal value in property: 0.rows.12345.1',
    );
  });
});
