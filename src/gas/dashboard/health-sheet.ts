/**
 * Build or refresh Health sheet: writes the Health sheet and its trends sheet from the plan in
 * src/core/dashboard/health-sheet.ts. The report sheets are found by their header rows and passed
 * to the formulas by reference, never read or written here, so the build makes the same service
 * calls for 1,000 or 100,000 rows. A refresh rewrites only the add-on's own areas of its own
 * sheets (`SheetPlan.areas`), replaces only the add-on's own conditional-format rules and charts,
 * and keeps the seller's cells, rules and charts.
 */

import {
  type DashboardInput,
  defaultHealthSheetName,
  defaultTrendsSheetName,
  healthSheetPlan,
  healthTitle,
  type RuleStatus,
  ruleMarker,
  type SheetPlan,
  settingCells,
  trendChartTitles,
  trendsFormulaStart,
  trendsSheetPlan,
} from '../../core/dashboard/health-sheet';
import type { Settings } from '../../core/dashboard/settings';
import { type Marketplace, marketplacesOfSalesChannels } from '../../core/marketplaces';
import { busyMessage, withDocumentLock } from '../document-lock';
import { orderSheetColumns } from '../order-sheet-columns';
import { findReportSheets } from '../report-sheets';
import { readSettings } from '../settings';
import { inert } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Red, amber and green, each with a text colour readable on it. */
const statusColours: Record<RuleStatus, { background: string; font: string }> = {
  breach: { background: '#f4c7c3', font: '#a50e0e' },
  near: { background: '#fce8b2', font: '#7a4f01' },
  fine: { background: '#ceead6', font: '#0d652d' },
};

function isHealthSheet(sheet: Sheet): boolean {
  return sheet.getRange('A1').getValue() === healthTitle;
}

function isTrendsSheet(sheet: Sheet): boolean {
  return sheet.getRange('A1').getFormula().startsWith(trendsFormulaStart);
}

/**
 * The add-on's sheet called `name`; when the seller has a sheet of their own by that name, the
 * add-on's goes beside it as "name (Seller Health)".
 */
function ownSheet(
  spreadsheet: Spreadsheet,
  name: string,
  isOwn: (sheet: Sheet) => boolean,
): { sheet: Sheet; existed: boolean } {
  for (const candidate of [name, ownName(name)]) {
    const sheet = spreadsheet.getSheetByName(candidate);
    if (sheet === null) return { sheet: spreadsheet.insertSheet(candidate), existed: false };
    if (isOwn(sheet)) return { sheet, existed: true };
  }
  return { sheet: spreadsheet.insertSheet(), existed: false };
}

function ownName(name: string): string {
  return `${name} (Seller Health)`;
}

function isAddonRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
  return values.some((value) => typeof value === 'string' && value.includes(ruleMarker));
}

function replaceRules(sheet: Sheet, plan: SheetPlan): void {
  const sellers = sheet.getConditionalFormatRules().filter((rule) => !isAddonRule(rule));
  const own = plan.rules.map((rule) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(statusColours[rule.status].background)
      .setFontColor(statusColours[rule.status].font)
      .setRanges([sheet.getRange(rule.a1)])
      .build(),
  );
  // The seller's rules first: where both apply, theirs win.
  sheet.setConditionalFormatRules([...sellers, ...own]);
}

/**
 * The add-on's charts, told apart by their titles: each is updated in place (so it keeps its id),
 * added when missing, and removed when the plan no longer has it. Other charts are the seller's.
 */
function replaceCharts(sheet: Sheet, plan: SheetPlan): void {
  const existing = new Map<string, GoogleAppsScript.Spreadsheet.EmbeddedChart>();
  for (const chart of sheet.getCharts()) {
    const title = String(chart.getOptions().get('title'));
    if (!trendChartTitles.includes(title)) continue;
    if (existing.has(title) || !plan.charts.some((c) => c.title === title))
      sheet.removeChart(chart);
    else existing.set(title, chart);
  }
  for (const chart of plan.charts) {
    const current = existing.get(chart.title);
    let builder = current
      ? current.modify().clearRanges().setChartType(Charts.ChartType.LINE)
      : sheet.newChart().setChartType(Charts.ChartType.LINE);
    for (const a1 of chart.ranges) builder = builder.addRange(sheet.getRange(a1));
    // The targets are drawn as dashed red lines.
    const series: Record<number, object> = {};
    for (const index of chart.targetSeries) {
      series[index] = { color: '#d93025', lineDashStyle: [6, 4], lineWidth: 1 };
    }
    const built = builder
      .setNumHeaders(1)
      .setPosition(chart.anchorRow, chart.anchorColumn, 0, 0)
      .setOption('title', chart.title)
      .setOption('legend', { position: 'bottom' })
      .setOption('vAxis', { format: '0.0%' })
      .setOption('series', series)
      .build();
    if (current) sheet.updateChart(built);
    else sheet.insertChart(built);
  }
}

function writeSheet(sheet: Sheet, plan: SheetPlan): void {
  // Only the add-on's own areas: a note the seller typed elsewhere on the sheet stays.
  for (const a1 of plan.areas) sheet.getRange(a1).clearContent();
  for (const { a1, text } of plan.texts) sheet.getRange(a1).setValue(inert(text));
  for (const { a1, value } of plan.numbers) sheet.getRange(a1).setValue(value);
  for (const { a1, formula } of plan.formulas) sheet.getRange(a1).setFormula(formula);
  for (const { a1, format } of plan.numberFormats) sheet.getRange(a1).setNumberFormat(format);
  for (const a1 of plan.bold) sheet.getRange(a1).setFontWeight('bold');
  replaceRules(sheet, plan);
  replaceCharts(sheet, plan);
  sheet.setFrozenRows(plan.frozenRows);
}

function dashboardInput(spreadsheet: Spreadsheet, settings: Settings): DashboardInput {
  const reports = findReportSheets(spreadsheet);
  const used: DashboardInput['reports'] = {};
  for (const report of reports) if (report.role) used[report.role] = report;
  // The marketplaces the order sheets' sales channels name.
  const channels = orderSheetColumns(spreadsheet, reports, ['sales-channel']).map(([cell]) => cell);
  const marketplaces: Marketplace[] = marketplacesOfSalesChannels(channels);
  return {
    healthSheetName: defaultHealthSheetName,
    reports: used,
    unused: reports.filter((report) => report.role === undefined),
    settings,
    marketplaces,
  };
}

const refreshBusy = busyMessage(
  'the Health sheet was not refreshed',
  'Wait until it ends, then use Build or refresh Health sheet again.',
);

/** Menu: Build or refresh Health sheet. Reads, then rewrites: under the document lock. */
export function buildHealthSheet(): void {
  withDocumentLock(refreshBusy, refreshHealthSheet);
}

function refreshHealthSheet(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const input = dashboardInput(spreadsheet, readSettings());
  if (Object.keys(input.reports).length === 0) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(
      'No report sheets yet',
      'The Health sheet is built from your Amazon reports. Use Import report… to add one, or paste a report with its header row into a sheet, then build the Health sheet again.',
      ui.ButtonSet.OK,
    );
    return;
  }
  const health = ownSheet(spreadsheet, defaultHealthSheetName, isHealthSheet);
  const trends = ownSheet(spreadsheet, defaultTrendsSheetName, isTrendsSheet);
  // The seller's as-of day survives a refresh, and so does the marketplace shown (see
  // `shownMarketplace`).
  const asOf = health.existed ? health.sheet.getRange(settingCells.asOf).getValue() : '';
  if (health.existed) {
    input.shownBefore = String(health.sheet.getRange(settingCells.marketplace).getValue());
  }
  input.healthSheetName = health.sheet.getName();
  writeSheet(health.sheet, healthSheetPlan(input));
  if (asOf !== '') {
    health.sheet
      .getRange(settingCells.asOf)
      .setValue(typeof asOf === 'string' ? inert(asOf) : asOf);
  }
  writeSheet(trends.sheet, trendsSheetPlan(input));
  health.sheet.activate();
}

/** After Settings are saved: the Health sheet's setting cells follow, so its formulas recalculate. */
export function showSettingsOnHealthSheet(settings: Settings): void {
  withDocumentLock(
    busyMessage(
      'the settings were saved but the Health sheet still shows the old ones',
      'Use Build or refresh Health sheet when it ends.',
    ),
    () => writeSettingCells(settings),
  );
}

function writeSettingCells(settings: Settings): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  for (const name of [defaultHealthSheetName, ownName(defaultHealthSheetName)]) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet === null || !isHealthSheet(sheet)) continue;
    sheet.getRange(settingCells.marketplace).setValue(inert(settings.marketplace ?? ''));
    sheet.getRange(settingCells.nearMargin).setValue(settings.nearMargin);
    return;
  }
}
