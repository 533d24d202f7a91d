/**
 * Refreshing the Health sheet: the same state every time, no rule or chart added twice, the
 * seller's own rules, charts and as-of day kept, and the pasted report cells never touched.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDelimited } from '../../src/core/importing/delimited';
import { type Dashboard, sampleText, startDashboard } from './helpers';

const pasted = [
  ['Orders', 'all-orders.tsv'],
  ['Order report', 'seller-fulfilled-orders.tsv'],
  ['Tracking', 'shipping-confirmations.tsv'],
  ['Feedback', 'feedback.tsv'],
] as const;

function state(dashboard: Dashboard) {
  const sheet = (name: string) => dashboard.host.spreadsheet.sheet(name);
  return {
    health: sheet('Health').snapshot(),
    healthRules: sheet('Health').conditionalRulesSnapshot(),
    trends: sheet('Health trends').snapshot(),
    charts: sheet('Health trends').chartsSnapshot(),
    reports: pasted.map(([name]) => sheet(name).snapshot()),
    sheets: dashboard.host.spreadsheet.sheets.map((s) => s.name),
  };
}

let dashboard: Dashboard;
let reportsBefore: unknown[];

beforeAll(() => {
  dashboard = startDashboard();
  for (const [name, file] of pasted) {
    dashboard.host.spreadsheet.addSheetWithValues(name, parseDelimited(sampleText(file)).rows);
  }
  reportsBefore = pasted.map(([name]) => dashboard.host.spreadsheet.sheet(name).snapshot());
  dashboard.menu('buildHealthSheet');
  // The seller adds a rule of their own on the Health sheet, a chart of their own on the trends
  // sheet, and looks at another day.
  dashboard.addon.run(`
    var health = SpreadsheetApp.getActive().getSheetByName('Health');
    var mine = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(100).setBackground('#000000').setRanges([health.getRange('G8:G26')]).build();
    var rules = health.getConditionalFormatRules();
    rules.push(mine);
    health.setConditionalFormatRules(rules);
    var trends = SpreadsheetApp.getActive().getSheetByName('Health trends');
    trends.insertChart(trends.newChart().setChartType(Charts.ChartType.COLUMN)
      .addRange(trends.getRange('A1:B30')).setOption('title', 'My own chart').build());
    health.getRange('F3').setValue('2026-11-01');
  `);
});

describe('refreshing the Health sheet', () => {
  it('gives the same state twice over, with no rule or chart added twice', () => {
    dashboard.menu('buildHealthSheet');
    const first = state(dashboard);
    dashboard.menu('buildHealthSheet');
    expect(state(dashboard)).toEqual(first);
    const ownRules = first.healthRules.filter((r) =>
      String(r.values[0]).includes('"Seller Health"<>""'),
    );
    expect(ownRules).toHaveLength(9);
    expect(first.charts.filter((c) => String(c.options.title).endsWith(', daily'))).toHaveLength(5);
  });

  it("keeps the seller's own rule, chart and as-of day", () => {
    const now = state(dashboard);
    const mine = now.healthRules.filter((r) => r.background === '#000000');
    expect(mine).toEqual([
      {
        ranges: ['G8:G26'],
        criteria: 'NUMBER_GREATER_THAN',
        values: [100],
        background: '#000000',
        fontColor: null,
        bold: null,
        italic: null,
      },
    ]);
    expect(now.charts.filter((c) => c.options.title === 'My own chart')).toHaveLength(1);
    const asOf = dashboard.host.spreadsheet.sheet('Health').getRange('F3').getValue();
    expect(Object.prototype.toString.call(asOf)).toBe('[object Date]');
    expect(dashboard.host.spreadsheet.sheet('Health').getRange('F3').getDisplayValue()).toBe(
      '2026-11-01',
    );
  });

  it('never changes a pasted report cell', () => {
    expect(state(dashboard).reports).toEqual(reportsBefore);
  });

  it('adds no sheet on a refresh', () => {
    expect(state(dashboard).sheets).toEqual([
      'Sheet1',
      'Orders',
      'Order report',
      'Tracking',
      'Feedback',
      'Health',
      'Health trends',
    ]);
  });

  it("leaves a seller's own sheet called Health alone", () => {
    const other = startDashboard();
    other.host.spreadsheet.addSheetWithValues('Health', [['My notes about my health']]);
    other.host.spreadsheet.addSheetWithValues(
      'Orders',
      parseDelimited(sampleText('all-orders.tsv')).rows,
    );
    other.menu('buildHealthSheet');
    expect(other.host.spreadsheet.sheet('Health').snapshot().values).toEqual([
      ['My notes about my health'],
    ]);
    expect(other.host.spreadsheet.sheet('Health (Seller Health)').getRange('A1').getValue()).toBe(
      'Account health (Seller Health add-on)',
    );
  });
});
