import {
  asOfParam as asOf,
  marketplaceParam as marketplace,
  nearMarginParam as nearMargin,
  rangeType as range,
  reportParams,
} from '../global-params';
import type { GlobalFunction } from '../globals-types';

const openEvent = {
  name: 'e',
  type: 'Object',
  description: 'The open event Apps Script passes (authMode, source, user).',
};

/** The dashboard's globals: menu triggers, import, Health sheet, settings, dashboard custom functions. */
export const dashboardGlobals: readonly GlobalFunction[] = [
  {
    name: 'onOpen',
    kind: 'trigger',
    summary: 'Builds the Seller Health menu. Runs in AuthMode.NONE: it touches nothing else.',
    params: [openEvent],
  },
  {
    name: 'onInstall',
    kind: 'trigger',
    summary: 'Builds the Seller Health menu right after the add-on is installed.',
    params: [{ ...openEvent, description: 'The install event Apps Script passes (authMode).' }],
  },
  {
    name: 'showImportDialog',
    kind: 'menu',
    summary:
      'Opens Import report: paste a report or pick a downloaded .txt, .tsv or .csv file; it is merged into the sheet of its kind.',
    params: [],
  },
  {
    name: 'buildHealthSheet',
    kind: 'menu',
    summary:
      'Builds or refreshes the Health sheet: live formulas over the report sheets, targets, status colours, trends and the recovery planner.',
    params: [],
  },
  {
    name: 'showSettings',
    kind: 'menu',
    summary: 'Opens Settings: the marketplace (time zone and targets) and the near-target margin.',
    params: [],
  },
  {
    name: 'importReportRows',
    kind: 'sidebar',
    summary:
      'Import dialog: merges one batch of a report file into the sheet of its kind; only new rows are appended.',
    params: [
      {
        name: 'request',
        type: 'Object',
        description: '{ fileName, header: string[], rows: string[][], firstRow }, as plain JSON.',
      },
    ],
    returns: {
      type: 'Object',
      description: 'Rows added, duplicates skipped, date range, rows not read and why.',
    },
  },
  {
    name: 'readSettings',
    kind: 'sidebar',
    summary:
      "Dialog and sidebar: this spreadsheet's settings, with defaults for what was never saved.",
    params: [],
    returns: { type: 'Object', description: '{ marketplace: string|null, nearMargin: number }.' },
  },
  {
    name: 'saveDashboardSettings',
    kind: 'sidebar',
    summary:
      "Settings dialog: validates and saves the settings, and updates the Health sheet's setting cells.",
    params: [
      {
        name: 'settings',
        type: 'Object',
        description: '{ marketplace: "US"… or null for automatic, nearMargin: 0 to 0.9 }.',
      },
    ],
    returns: { type: 'Object', description: 'The settings as saved.' },
  },
  {
    name: 'RECOVERY_PLAN',
    kind: 'customFunction',
    summary:
      'Recovery planner for each metric breached or near its target: when each defect leaves the window, the day the rate is back under target if no new defect arrives, and how many more defect-free orders would get it there today.',
    params: [...reportParams, asOf, marketplace, nearMargin],
    returns: {
      type: 'Array<Array<*>>',
      description: 'A table: one row per metric, then one row per defect, oldest first.',
    },
  },
  {
    name: 'HEALTH_TRENDS',
    kind: 'customFunction',
    summary:
      "Daily trend of every metric and channel over the 180 days ending on as_of: each day's rate with that day as as-of, beside its target.",
    params: [...reportParams, asOf, marketplace],
    returns: {
      type: 'Array<Array<*>>',
      description: 'A table: a day per row, a column per metric and channel, then the targets.',
    },
  },
  {
    name: 'REPORT_PROBLEMS',
    kind: 'customFunction',
    summary:
      'The rows of your reports that stop a function, in any column one reads (a cell that cannot be read, a date that cannot be right), with report, row and column; empty when every row reads.',
    // as_of last, after marketplace: a REPORT_PROBLEMS typed before it keeps its meaning.
    params: [...reportParams, marketplace, asOf],
    returns: { type: 'string', description: 'One line naming the rows to fix, or empty.' },
  },
  {
    name: 'SALES_AT_STAKE',
    kind: 'customFunction',
    summary:
      'What a restriction would put at stake: orders and sales of the last 30 and 60 days by channel (seller-fulfilled, FBA) and currency.',
    params: [
      { name: 'orders', type: range, description: 'All Orders report, header row included.' },
      {
        name: 'fba_shipments',
        type: range,
        description: 'Amazon Fulfilled Shipments, for FBA orders the orders report lacks.',
        optional: true,
      },
      asOf,
      marketplace,
    ],
    returns: { type: 'Array<Array<*>>', description: 'A table with a header row.' },
  },
  {
    name: 'ORDERS_TO_SHIP',
    kind: 'customFunction',
    summary:
      'Seller-fulfilled orders still waiting to ship, the most urgent first, with their ship-by dates and the days left.',
    params: [
      {
        name: 'orders',
        type: range,
        description: 'All Orders report (order status), header row included.',
      },
      {
        name: 'mfn_orders',
        type: range,
        description: 'Seller-fulfilled Order Report (ship-by dates).',
        optional: true,
      },
      {
        name: 'shipments',
        type: range,
        description: 'Shipping confirmations: confirmed orders are not waiting.',
        optional: true,
      },
      asOf,
      marketplace,
    ],
    returns: { type: 'Array<Array<*>>', description: 'A table with a header row.' },
  },
];
