import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalHost } from '../../host';
import {
  appealLogHeader,
  appealLogSheetName,
  dueFollowUpFormula,
  logAppeal,
} from '../../src/gas/plan-of-action/appeal-log';
import { openAppealLog } from '../../src/gas/plan-of-action/menu';
import { stubHost } from './helpers';

const doc = {
  id: 'local-doc-0001',
  url: 'https://docs.google.com/document/d/local-doc-0001/edit',
  title: 'Plan of Action – Late Shipment Rate – 2026-11-02',
};

describe('the Appeal log', () => {
  let host: LocalHost;
  beforeEach(() => {
    host = stubHost();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is created on first use with its header, frozen, and a rule that marks due follow-ups', () => {
    openAppealLog();
    const sheet = host.spreadsheet.sheet(appealLogSheetName);
    expect(sheet.snapshot().values[0]).toEqual([...appealLogHeader]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(host.spreadsheet.getActiveSheet().getName()).toBe(appealLogSheetName);
    const rules = sheet.conditionalRulesSnapshot();
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      ranges: ['A2:G1000'],
      criteria: 'CUSTOM_FORMULA',
      values: [dueFollowUpFormula],
      background: '#fce8e6',
    });
    expect(dueFollowUpFormula).toBe('=AND($F2<>"", $F2<=TODAY(), $G2<>"Closed")');
    // Opening it again neither adds a second sheet nor a second rule.
    openAppealLog();
    expect(
      host.spreadsheet.getSheets().filter((s) => s.getName() === appealLogSheetName),
    ).toHaveLength(1);
    expect(sheet.conditionalRulesSnapshot()).toHaveLength(1);
  });

  it('adds one row per plan, with the follow-up date and the Doc as a link', () => {
    expect(
      logAppeal({
        day: '2026-11-03',
        noticeLabel: 'Late Shipment Rate',
        channel: 'form',
        doc,
        followUpDue: '2026-11-10',
      }),
    ).toBe(2);
    expect(
      logAppeal({
        day: '2026-11-04',
        noticeLabel: 'Late Shipment Rate',
        channel: 'email',
        doc,
        followUpDue: '2026-11-11',
      }),
    ).toBe(3);
    const sheet = host.spreadsheet.sheet(appealLogSheetName);
    const row = sheet.getRange(2, 1, 1, 7);
    expect(row.getDisplayValues()[0]).toEqual([
      '2026-11-03',
      'Late Shipment Rate',
      'Appeal form',
      '',
      expect.any(String),
      '2026-11-10',
      'Draft',
    ]);
    expect(row.getFormulas()[0]?.[4]).toBe(`=HYPERLINK("${doc.url}", "${doc.title}")`);
    expect(sheet.getRange(3, 3).getValue()).toBe('E-mail');
    // The dates are real dates for Sheets (TODAY() compares with them), shown as yyyy-mm-dd.
    expect(Object.prototype.toString.call(sheet.getRange(2, 6).getValue())).toBe('[object Date]');
  });
});
