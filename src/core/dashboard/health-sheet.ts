/**
 * The Health sheet and its trends sheet as data: which cells hold which text, formula and number
 * format, the conditional-format rules and the charts. `src/gas/dashboard/health-sheet.ts` writes
 * it. Everything that depends on the reports is a formula over the report sheets, so the numbers
 * recalculate when the seller pastes rows, and building costs the same for 1,000 or 100,000 rows.
 */

import { recoveryAssumption } from '../analysis/recovery';
import { trendSeries } from '../analysis/trends';
import { argumentNames } from '../health-input';
import { defaultMarketplaceCode, type Marketplace, marketplaceByCode } from '../marketplaces';
import { columnLetter, quotedSheetName } from './a1';
import type { HealthArgument } from './report-arguments';
import type { Settings } from './settings';
import { type TrendColumn, trendColumns } from './tables';

/**
 * Marks the add-on's own Health sheet (in A1; its trends sheet starts with =HEALTH_TRENDS) and its
 * conditional-format rules (in their formula), so a refresh replaces only what the add-on made.
 */
export const healthTitle = 'Account health (Seller Health add-on)';
export const trendsFormulaStart = '=HEALTH_TRENDS(';
export const ruleMarker = '"Seller Health"<>""';

export const defaultHealthSheetName = 'Health';
export const defaultTrendsSheetName = 'Health trends';

/** Where the settings the formulas read live on the Health sheet. */
export const settingCells = { marketplace: 'B3', nearMargin: 'D3', asOf: 'F3' } as const;

export type RuleStatus = 'breach' | 'near' | 'fine';

/** A conditional-format rule of the add-on: a custom formula over one range. */
export interface AddonRule {
  a1: string;
  /** The whole formula, marker included. */
  formula: string;
  status: RuleStatus;
}

export interface ChartPlan {
  title: string;
  /** The day column, then the chart's series and target columns (A1 on the trends sheet). */
  ranges: string[];
  /** 0-based indexes of the target lines among the chart's series (drawn dashed). */
  targetSeries: number[];
  anchorRow: number;
  anchorColumn: number;
}

export interface SheetPlan {
  /**
   * What the add-on owns on the sheet: the cells below and the areas their formulas spill into. A
   * refresh clears only these; the seller's cells elsewhere stay.
   */
  areas: string[];
  /** Text cells: written so Sheets shows them as text, never runs them. */
  texts: { a1: string; text: string }[];
  numbers: { a1: string; value: number }[];
  formulas: { a1: string; formula: string }[];
  numberFormats: { a1: string; format: string }[];
  bold: string[];
  rules: AddonRule[];
  charts: ChartPlan[];
  frozenRows: number;
}

/** A report sheet as the formulas pass it. */
export interface ReportReference {
  sheetName: string;
  label: string;
  /** E.g. `'All Orders'!A1:AG`. */
  formulaA1: string;
}

export interface DashboardInput {
  healthSheetName: string;
  /** The sheet passed as each argument of the health functions. */
  reports: Partial<Record<HealthArgument, ReportReference>>;
  /** Report sheets found but not passed: a second sheet of a kind already passed. */
  unused: ReportReference[];
  settings: Settings;
  /**
   * The marketplaces the order sheets' `sales-channel` columns name. With several, the sheet shows
   * one at a time, as Amazon's Account Health page does: the one in B3, which a seller can change.
   */
  marketplaces?: readonly Marketplace[];
  /** What B3 held before this refresh: the marketplace the seller chose to see, if any. */
  shownBefore?: string;
}

/**
 * The marketplace B3 shows: the one in Settings; else, when the reports mix marketplaces, the one
 * the seller typed there before, if the reports still have it, or the first found (blank would
 * make every formula refuse); else blank (read from the reports).
 */
export function shownMarketplace(input: DashboardInput): string {
  const found = input.marketplaces ?? [];
  if (input.settings.marketplace !== null) return input.settings.marketplace;
  if (found.length < 2) return '';
  const before = (input.shownBefore ?? '').trim().toUpperCase();
  return found.some((m) => m.code === before) ? before : (found[0]?.code ?? '');
}

/** G3: how the settings are read, and with several marketplaces, which ones there are. */
function settingsNote(input: DashboardInput): string {
  const found = input.marketplaces ?? [];
  const asOfNote = 'Type a date in F3 to see another day.';
  if (found.length < 2) {
    return `Blank marketplace: from the sales-channel column, else the currency (EUR: choose it in Settings…), else US. Blank as of: the day of the newest order. ${asOfNote}`;
  }
  const list = found.map((m) => `${m.code} (${m.salesChannel})`).join(', ');
  return `Your reports hold ${found.length} marketplaces: ${list}. This sheet shows the one in B3: type another there to see it. ${asOfNote}`;
}

/** The functions' argument lists, in their parameter order (see src/gas/globals.ts). */
const reportArguments = {
  ACCOUNT_HEALTH: ['orders', 'mfnOrders', 'shipments', 'feedback', 'claims', 'chargebacks'],
  RECOVERY_PLAN: ['orders', 'mfnOrders', 'shipments', 'feedback', 'claims', 'chargebacks'],
  HEALTH_TRENDS: ['orders', 'mfnOrders', 'shipments', 'feedback', 'claims', 'chargebacks'],
  SALES_AT_STAKE: ['orders', 'fbaShipments'],
  ORDERS_TO_SHIP: ['orders', 'mfnOrders', 'shipments'],
  REPORT_PROBLEMS: ['orders', 'mfnOrders', 'shipments', 'feedback', 'claims', 'chargebacks'],
} as const satisfies Record<string, readonly HealthArgument[]>;

type DashboardFunction = keyof typeof reportArguments;

/** `=NAME(report ranges…, settings…)`; an argument without a sheet is left empty. */
function call(
  name: DashboardFunction,
  reports: DashboardInput['reports'],
  settings: readonly string[],
): string {
  const ranges = reportArguments[name].map((argument) => reports[argument]?.formulaA1 ?? '');
  return `=${name}(${[...ranges, ...settings].join(',')})`;
}

function rule(a1: string, condition: string, status: RuleStatus): AddonRule {
  return { a1, formula: `=AND(${condition},${ruleMarker})`, status };
}

/** The three colours of a status column, top row `row`, over `a1`. */
function statusRules(a1: string, column: string, row: number): AddonRule[] {
  const cell = `$${column}${row}`;
  return [
    rule(a1, `${cell}="Breach"`, 'breach'),
    rule(a1, `${cell}="Near target"`, 'near'),
    rule(a1, `${cell}="Fine"`, 'fine'),
  ];
}

/** Rows reserved for each spilled table: a spill needs empty cells below its formula. */
const layout = {
  metricsRow: 7,
  metricsEnd: 26,
  salesRow: 29,
  salesEnd: 36,
  toShipRow: 39,
  recoveryRow: 8,
  recoveryColumn: 11,
} as const;

/** "orders: 'All Orders' (All Orders report); shipments: …", or how to add reports. */
function reportsText(input: DashboardInput): string {
  const used = (Object.entries(input.reports) as [HealthArgument, ReportReference][]).map(
    ([argument, report]) => `${argumentNames[argument]}: "${report.sheetName}" (${report.label})`,
  );
  const unused = input.unused.map(
    (report) => `"${report.sheetName}" (${report.label}) is not used: one sheet per report`,
  );
  return [...used, ...unused].join('; ');
}

export function healthSheetPlan(input: DashboardInput): SheetPlan {
  const { reports } = input;
  const abs = (a1: string) => a1.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const asOf = abs(settingCells.asOf);
  const marketplace = abs(settingCells.marketplace);
  const nearMargin = abs(settingCells.nearMargin);
  const { metricsRow, metricsEnd, salesRow, salesEnd, toShipRow, recoveryRow, recoveryColumn } =
    layout;
  const recoveryLeft = columnLetter(recoveryColumn);
  const recoveryRight = columnLetter(recoveryColumn + 13);
  const recoveryCol = (offset: number) => columnLetter(recoveryColumn + offset);
  const firstMetric = metricsRow + 1;
  const firstToShip = toShipRow + 1;
  const firstRecovery = recoveryRow + 1;

  return {
    areas: [
      'A1:A5',
      'B3:G4',
      `A${metricsRow - 1}:I${metricsEnd}`,
      `A${salesRow - 1}:F${salesEnd}`,
      `A${toShipRow - 1}:F`,
      `${recoveryLeft}${metricsRow - 1}:${recoveryRight}`,
    ],
    texts: [
      { a1: 'A1', text: healthTitle },
      {
        a1: 'A2',
        text: "Live formulas over your report sheets: they recalculate when you paste rows. After adding a report sheet or changing Settings, use Build or refresh Health sheet again. Rows in red breach the target, amber are near it (margin in Settings), green are fine. A refresh rewrites only the add-on's cells (these texts, the settings and the tables the formulas fill); notes you type elsewhere on this sheet stay.",
      },
      { a1: 'A3', text: 'Marketplace' },
      { a1: settingCells.marketplace, text: shownMarketplace(input) },
      { a1: 'C3', text: 'Near-target margin' },
      { a1: 'E3', text: 'As of' },
      { a1: 'G3', text: settingsNote(input) },
      { a1: 'A4', text: 'Reports' },
      {
        a1: 'B4',
        text:
          reportsText(input) ||
          'No report sheets found: use Import report… or paste a report with its header row.',
      },
      { a1: `A${metricsRow - 1}`, text: 'Metrics' },
      { a1: `A${salesRow - 1}`, text: 'What is at stake: sales by channel' },
      { a1: `A${toShipRow - 1}`, text: 'Seller-fulfilled orders waiting to ship' },
      { a1: `${recoveryLeft}${metricsRow - 1}`, text: 'Recovery planner' },
      { a1: `${recoveryLeft}${metricsRow}`, text: recoveryAssumption },
    ],
    numbers: [{ a1: settingCells.nearMargin, value: input.settings.nearMargin }],
    formulas: [
      {
        a1: `A${metricsRow}`,
        formula: call('ACCOUNT_HEALTH', reports, [asOf, marketplace, nearMargin]),
      },
      { a1: `A${salesRow}`, formula: call('SALES_AT_STAKE', reports, [asOf, marketplace]) },
      { a1: `A${toShipRow}`, formula: call('ORDERS_TO_SHIP', reports, [asOf, marketplace]) },
      {
        a1: `${recoveryLeft}${recoveryRow}`,
        formula: call('RECOVERY_PLAN', reports, [asOf, marketplace, nearMargin]),
      },
      // Above the tables: the rows that make them show #ERROR!, in plain sight.
      { a1: 'A5', formula: call('REPORT_PROBLEMS', reports, [marketplace, asOf]) },
    ],
    numberFormats: [
      { a1: settingCells.nearMargin, format: '0%' },
      { a1: `C${firstMetric}:C${metricsEnd}`, format: '0.00%' },
      { a1: `F${firstMetric}:G${metricsEnd}`, format: '#,##0' },
      { a1: `C${salesRow + 1}:C${salesEnd}`, format: '#,##0' },
      { a1: `D${salesRow + 1}:D${salesEnd}`, format: '#,##0.00' },
      { a1: `E${salesRow + 1}:E${salesEnd}`, format: '#,##0' },
      { a1: `F${salesRow + 1}:F${salesEnd}`, format: '#,##0.00' },
      { a1: `${recoveryCol(3)}${firstRecovery}:${recoveryCol(3)}`, format: '0.00%' },
      { a1: `${recoveryCol(7)}${firstRecovery}:${recoveryCol(8)}`, format: '#,##0' },
      { a1: `${recoveryCol(13)}${firstRecovery}:${recoveryCol(13)}`, format: '0.00%' },
    ],
    bold: [
      'A1',
      'A3:A4',
      'C3',
      'E3',
      `A${metricsRow - 1}`,
      `A${metricsRow}:I${metricsRow}`,
      `A${salesRow - 1}:F${salesRow}`,
      `A${toShipRow - 1}:F${toShipRow}`,
      `${recoveryLeft}${metricsRow - 1}`,
      `${recoveryLeft}${recoveryRow}:${recoveryRight}${recoveryRow}`,
    ],
    rules: [
      rule('A5', 'LEN($A$5)>0', 'breach'),
      ...statusRules(`A${firstMetric}:I${metricsEnd}`, 'E', firstMetric),
      ...statusRules(
        `${recoveryLeft}${firstRecovery}:${recoveryRight}`,
        recoveryCol(2),
        firstRecovery,
      ),
      // Overdue: already late for LSR. Due within a day: ship these first.
      rule(`A${firstToShip}:F`, `ISNUMBER($C${firstToShip}),$C${firstToShip}<0`, 'breach'),
      rule(`A${firstToShip}:F`, `ISNUMBER($C${firstToShip}),$C${firstToShip}<=1`, 'near'),
    ],
    charts: [],
    frozenRows: 0,
  };
}

const chartTitles: Record<string, string> = {
  odr: 'Order Defect Rate, daily',
  lsr: 'Late Shipment Rate, daily',
  cancellation: 'Pre-fulfillment Cancel Rate, daily',
  vtr: 'Valid Tracking Rate, daily',
  otdr: 'On-Time Delivery Rate, daily',
};

/** The titles of the add-on's charts: a refresh replaces charts with these titles only. */
export const trendChartTitles: readonly string[] = Object.values(chartTitles);

/** Rows each chart takes on the trends sheet. */
const chartRows = 20;

export function trendsSheetPlan(input: DashboardInput): SheetPlan {
  const health = quotedSheetName(input.healthSheetName);
  const setting = (a1: string) => `${health}!${a1.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`;
  // The columns are the same in every marketplace; only the targets differ.
  const series = trendSeries(marketplaceByCode(shownMarketplace(input) || defaultMarketplaceCode));
  const columns = trendColumns(series);
  const last = columnLetter(columns.length);
  const charts: ChartPlan[] = [];
  const chartIds = [...new Set(series.map((s) => s.chart))];
  chartIds.forEach((chart, n) => {
    const inChart = columns
      .map((column, index) => ({ column, index }))
      .filter(({ column }) => column.type !== 'day' && column.chart === chart);
    const first = columnLetter((inChart[0]?.index ?? 0) + 1);
    const end = columnLetter((inChart[inChart.length - 1]?.index ?? 0) + 1);
    charts.push({
      title: chartTitles[chart] ?? chart,
      ranges: ['A1:A', `${first}1:${end}`],
      targetSeries: inChart.flatMap(({ column }, i) =>
        (column as TrendColumn).type === 'target' ? [i] : [],
      ),
      anchorRow: 1 + n * chartRows,
      anchorColumn: columns.length + 2,
    });
  });
  return {
    // The trends table spills right and down from A1; the charts sit beside it.
    areas: [`A1:${last}`],
    texts: [],
    numbers: [],
    formulas: [
      {
        a1: 'A1',
        formula: call('HEALTH_TRENDS', input.reports, [
          setting(settingCells.asOf),
          setting(settingCells.marketplace),
        ]),
      },
    ],
    numberFormats: [{ a1: `B2:${last}`, format: '0.00%' }],
    bold: [`A1:${last}1`],
    rules: [],
    charts,
    frozenRows: 1,
  };
}
