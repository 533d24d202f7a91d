/**
 * The Health sheet built over imported reports: live formulas of the add-on's custom functions over
 * the report sheets, evaluated here the way Sheets would (each function called on the ranges its
 * formula references). The values must be what the metrics give on the downloaded text itself:
 * importing changes how cells are stored, never what they mean.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../src/core/as-of-argument';
import { readHealthInput } from '../../src/core/health-input';
import { healthTable } from '../../src/core/health-table';
import { parseDelimited } from '../../src/core/importing/delimited';
import { accountHealth } from '../../src/core/metrics';
import {
  type Dashboard,
  evaluate,
  formulasOf,
  importText,
  sampleText,
  startDashboard,
} from './helpers';

const files = [
  'all-orders.tsv',
  'seller-fulfilled-orders.tsv',
  'shipping-confirmations.tsv',
  'fba-shipments.tsv',
  'feedback.tsv',
  'claims.tsv',
  'chargebacks.tsv',
];

/** ACCOUNT_HEALTH's table computed by the core on the downloaded text, as the metrics tests do. */
function expectedHealthTable(): unknown[][] {
  const rows = (file: string) => parseDelimited(sampleText(file)).rows;
  const { input, marketplace } = readHealthInput({
    orders: rows('all-orders.tsv'),
    mfnOrders: rows('seller-fulfilled-orders.tsv'),
    shipments: rows('shipping-confirmations.tsv'),
    feedback: rows('feedback.tsv'),
    claims: rows('claims.tsv'),
    chargebacks: rows('chargebacks.tsv'),
  });
  const options = { marketplace, asOf: resolveAsOf('', input, marketplace), nearMargin: 0.2 };
  return healthTable(accountHealth(input, options));
}

let dashboard: Dashboard;

beforeAll(async () => {
  dashboard = startDashboard();
  for (const file of files) await importText(dashboard, file, sampleText(file));
  dashboard.menu('buildHealthSheet');
});

describe('the Health sheet', () => {
  it('holds live formulas of the add-on functions over the report sheets, found by header', () => {
    const formulas = formulasOf(dashboard, 'Health');
    expect(formulas.get('A7')).toBe(
      "=ACCOUNT_HEALTH('All Orders'!A1:AG,'Seller-fulfilled Orders'!A1:AQ,'Shipping Confirmations'!A1:K,'Seller Feedback'!A1:F,'A-to-z Claims'!A1:E,'Chargebacks'!A1:E,$F$3,$B$3,$D$3)",
    );
    expect([...formulas.keys()].sort()).toEqual(['A29', 'A39', 'A5', 'A7', 'K8']);
    expect(formulas.get('A29')).toBe(
      "=SALES_AT_STAKE('All Orders'!A1:AG,'FBA Shipments'!A1:AV,$F$3,$B$3)",
    );
    expect(formulasOf(dashboard, 'Health trends').get('A1')).toMatch(
      /^=HEALTH_TRENDS\('All Orders'!A1:AG,.*'Health'!\$F\$3,'Health'!\$B\$3\)$/,
    );
  });

  it('computes the same account health as the metrics on the downloaded reports', () => {
    const formula = formulasOf(dashboard, 'Health').get('A7') ?? '';
    expect(evaluate(dashboard, formula, 'Health')).toEqual(expectedHealthTable());
  });

  it('finds the report sheets whatever they are called', async () => {
    const renamed = startDashboard();
    renamed.host.spreadsheet.addSheetWithValues(
      'week 46',
      parseDelimited(sampleText('all-orders.tsv')).rows,
    );
    renamed.host.spreadsheet.addSheetWithValues(
      'ship',
      parseDelimited(sampleText('seller-fulfilled-orders.tsv')).rows,
    );
    renamed.menu('buildHealthSheet');
    const formula = formulasOf(renamed, 'Health').get('A7') ?? '';
    expect(formula).toBe("=ACCOUNT_HEALTH('week 46'!A1:AG,'ship'!A1:AQ,,,,,$F$3,$B$3,$D$3)");
    const table = evaluate(renamed, formula, 'Health') as unknown[][];
    expect(table[0]?.[0]).toBe('Metric');
  });

  it('shows the settings it uses, formats rates as percentages and colours the status', () => {
    const health = dashboard.host.spreadsheet.sheet('Health');
    expect(health.getRange('B3').getValue()).toBe('');
    expect(health.getRange('D3').getDisplayValue()).toBe('20%');
    expect(health.getRange('C8').getNumberFormat()).toBe('0.00%');
    const rules = health.conditionalRulesSnapshot();
    const metricRules = rules.filter((r) => r.ranges[0] === 'A8:I26');
    expect(metricRules.map((r) => [r.values[0], r.background])).toEqual([
      ['=AND($E8="Breach","Seller Health"<>"")', '#f4c7c3'],
      ['=AND($E8="Near target","Seller Health"<>"")', '#fce8b2'],
      ['=AND($E8="Fine","Seller Health"<>"")', '#ceead6'],
    ]);
  });

  it('follows the Settings: marketplace and near-target margin', async () => {
    await dashboard.rpc('saveDashboardSettings', [{ marketplace: 'US', nearMargin: 0.3 }]);
    const health = dashboard.host.spreadsheet.sheet('Health');
    expect([health.getRange('B3').getValue(), health.getRange('D3').getValue()]).toEqual([
      'US',
      0.3,
    ]);
    expect(await dashboard.rpc('readSettings', [])).toEqual({ marketplace: 'US', nearMargin: 0.3 });
    await expect(
      dashboard.rpc('saveDashboardSettings', [{ marketplace: 'XX', nearMargin: 0.2 }]),
    ).rejects.toThrow(/Marketplace: choose one of US, CA/);
    await dashboard.rpc('saveDashboardSettings', [{ marketplace: null, nearMargin: 0.2 }]);
  });
});

describe('the recovery planner, trends and what is at stake', () => {
  const table = (a1: string, sheet = 'Health') =>
    evaluate(dashboard, formulasOf(dashboard, sheet).get(a1) ?? '', sheet) as unknown[][];

  it('plans the way back for each breached or near metric', () => {
    const plan = table('K8');
    const health = expectedHealthTable();
    const flagged = health.slice(1).filter((r) => r[4] === 'Breach' || r[4] === 'Near target');
    const summaries = plan.slice(1).filter((r) => r[2] !== '');
    // ODR's parts are covered by ODR's own plan.
    const headline = flagged.filter(
      (r) => !/Negative Feedback|Claim Rate|Chargeback Rate/.test(String(r[0])),
    );
    expect(summaries.map((r) => [r[0], r[1]]).sort()).toEqual(
      headline.map((r) => [r[0], r[1]]).sort(),
    );
    const odr = summaries.find((r) => r[0] === 'Order Defect Rate (60 days)' && r[1] === 'MFN');
    expect(odr?.[2]).toBe('Breach');
    expect(typeof odr?.[7]).toBe('number');
    // Each defect row says when it leaves: 60 days after the order date for ODR.
    const defect = plan.find((r) => r[0] === 'Order Defect Rate (60 days)' && r[9] !== '');
    const counted = Date.parse(`${defect?.[11]}T00:00:00Z`);
    expect(Date.parse(`${defect?.[12]}T00:00:00Z`) - counted).toBe(60 * 86_400_000);
  });

  it('spills a daily series whose last day is the Health sheet', () => {
    const trends = table('A1', 'Health trends');
    const health = expectedHealthTable();
    const last = trends[trends.length - 1] ?? [];
    expect(last[0]).toBe('2026-11-15');
    const header = trends[0] ?? [];
    const odrMfn = header.indexOf('Order Defect Rate MFN (60 days)');
    expect(last[odrMfn]).toBeCloseTo(Number(health[1]?.[2]), 12);
    expect(last[header.indexOf('ODR target')]).toBe(0.01);
  });

  it('draws a line chart per metric with its target as a dashed line', () => {
    const charts = dashboard.host.spreadsheet.sheet('Health trends').chartsSnapshot();
    expect(charts.map((c) => [c.options.title, c.type, c.ranges])).toEqual([
      ['Order Defect Rate, daily', 'LINE', ['A1:A1000', 'B1:D1000']],
      ['Late Shipment Rate, daily', 'LINE', ['A1:A1000', 'E1:G1000']],
      ['Pre-fulfillment Cancel Rate, daily', 'LINE', ['A1:A1000', 'H1:J1000']],
      ['Valid Tracking Rate, daily', 'LINE', ['A1:A1000', 'K1:L1000']],
      ['On-Time Delivery Rate, daily', 'LINE', ['A1:A1000', 'M1:P1000']],
    ]);
    expect(Object.keys(charts[0]?.options.series as object)).toEqual(['2']);
    expect(Object.keys(charts[4]?.options.series as object)).toEqual(['2', '3']);
  });

  it('shows sales of the last 30 and 60 days by channel, and the orders to ship first', () => {
    const sales = table('A29');
    expect(sales[0]).toEqual([
      'Channel',
      'Currency',
      'Orders (30 days)',
      'Sales (30 days)',
      'Orders (60 days)',
      'Sales (60 days)',
    ]);
    expect(sales.slice(1).map((r) => r[0])).toEqual([
      'Seller-fulfilled (MFN)',
      'FBA (AFN)',
      'All channels',
    ]);
    const toShip = table('A39');
    expect(toShip[0]).toEqual(['Order ID', 'Ship by', 'Days left', 'Deliver by', 'SKU', 'Units']);
    const days = toShip.slice(1).map((r) => r[2] as number);
    expect(days.length).toBeGreaterThan(0);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });
});
