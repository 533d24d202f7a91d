/**
 * The Health sheet over report sheets that mix marketplaces: B3 shows one marketplace at a time
 * (the first found), G3 lists every marketplace found, and every block of the sheet and the trends
 * sheet measure the marketplace in B3 only, with the numbers of its reports alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSampleReports, type SampleReports } from '../../scripts/sample-data';
import { sheetNameFor } from '../../src/core/dashboard/report-sheet-names';
import { type Dashboard, evaluate, formulasOf, startDashboard } from './helpers';

function sample(marketplace: 'UK' | 'DE', seed: number): SampleReports {
  return generateSampleReports({ seed, orders: 300, days: 60, endDay: '2026-11-15', marketplace });
}

function dashboardOf(reports: SampleReports): Dashboard {
  const dashboard = startDashboard('Europe/London');
  for (const key of Object.keys(reports) as (keyof SampleReports)[]) {
    dashboard.host.spreadsheet.addSheetWithValues(sheetNameFor(key), reports[key]);
  }
  dashboard.menu('buildHealthSheet');
  return dashboard;
}

const uk = sample('UK', 91);
const de = sample('DE', 92);
let mixed: Dashboard;
let ukAlone: Dashboard;
let deAlone: Dashboard;

beforeAll(() => {
  const both = {} as SampleReports;
  for (const key of Object.keys(uk) as (keyof SampleReports)[]) {
    both[key] = [...uk[key], ...de[key].slice(1)];
  }
  mixed = dashboardOf(both);
  ukAlone = dashboardOf(uk);
  deAlone = dashboardOf(de);
});

/** Every formula of the Health sheet (and the trends sheet's), evaluated. */
function evaluated(dashboard: Dashboard): unknown[] {
  const health = [...formulasOf(dashboard, 'Health')].sort();
  const trends = formulasOf(dashboard, 'Health trends').get('A1') ?? '';
  return [
    ...health.map(([a1, formula]) => [a1, evaluate(dashboard, formula, 'Health')]),
    evaluate(dashboard, trends, 'Health trends'),
  ];
}

const cell = (dashboard: Dashboard, a1: string) =>
  dashboard.host.spreadsheet.sheet('Health').getRange(a1).getValue();

describe('the Health sheet over reports of two marketplaces', () => {
  it('shows the first marketplace found in B3 and lists both in G3', () => {
    expect(cell(mixed, 'B3')).toBe('UK');
    expect(String(cell(mixed, 'G3'))).toContain(
      'Your reports hold 2 marketplaces: UK (Amazon.co.uk), DE (Amazon.de).',
    );
    // One marketplace: the sheet is as it always was.
    expect(cell(ukAlone, 'B3')).toBe('');
    expect(String(cell(ukAlone, 'G3'))).toMatch(
      /^Blank marketplace: from the sales-channel column/,
    );
  });

  it("gives every block and the trends the numbers of the marketplace's reports alone", () => {
    const ukNumbers = evaluated(ukAlone);
    expect(evaluated(mixed)).toEqual(ukNumbers);
    mixed.host.spreadsheet.sheet('Health').getRange('B3').setValue('DE');
    expect(evaluated(mixed)).toEqual(evaluated(deAlone));
    mixed.host.spreadsheet.sheet('Health').getRange('B3').setValue('UK');
  });

  it('keeps the marketplace the seller typed in B3 across a refresh', () => {
    mixed.host.spreadsheet.sheet('Health').getRange('B3').setValue('DE');
    mixed.menu('buildHealthSheet');
    expect(cell(mixed, 'B3')).toBe('DE');
    mixed.host.spreadsheet.sheet('Health').getRange('B3').setValue('FR');
    mixed.menu('buildHealthSheet');
    expect(cell(mixed, 'B3')).toBe('UK');
  });

  it('refuses in the cells, naming both marketplaces, when B3 is emptied', () => {
    mixed.host.spreadsheet.sheet('Health').getRange('B3').setValue('');
    const formula = formulasOf(mixed, 'Health').get('K8') ?? '';
    expect(() => evaluate(mixed, formula, 'Health')).toThrow(
      /mix marketplaces: UK \(Amazon\.co\.uk, \d+ orders\) and DE \(Amazon\.de, \d+ orders\)/,
    );
    mixed.host.spreadsheet.sheet('Health').getRange('B3').setValue('UK');
  });
});
