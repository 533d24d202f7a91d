/**
 * The local Apps Script host: in-memory fakes of the services the add-on uses, shared by the bundle
 * tests, the dashboard tests, the sidebar browser tests and the local preview.
 *
 *   const host = createLocalHost();
 *   host.spreadsheet.addSheetWithValues('Orders', rows);
 *   const addon = loadAddon({ distDir, services: host.services });   // or host.load(distDir)
 *   addon.globals.onOpen({ authMode: 'NONE' });
 *   host.ui.menus, host.spreadsheet.sheet('Health').snapshot(), host.documents, host.calls
 *
 * Rules the fakes follow (see ./services/registry.ts):
 * - Every method call the add-on makes on a fake is recorded in `calls`.
 * - Anything not implemented THROWS "Local Apps Script host: Range.setBorder is not implemented";
 *   a wrong argument type throws Apps Script's "The parameters (...) don't match the method
 *   signature for ..." error.
 * - Values returned to a loaded add-on (arrays, Dates, plain objects, errors) are created in the
 *   add-on's realm, so `instanceof Date` holds as in Apps Script. Tests calling the models directly
 *   get Node-realm values: compare with toEqual, and pass fixtures to globals through
 *   `addon.toRealm(...)`. The add-on must not use instanceof on values that may come from another
 *   realm (a fixture passed without toRealm is a Node-realm object).
 * - The context is an Apps Script look-alike, not a security sandbox.
 * - Enum members (SpreadsheetApp.BooleanCriteria.NUMBER_GREATER_THAN, ...) are objects whose
 *   String() is their name; compare them with ===.
 * - Cell writes follow Sheets' input parsing: see `coerceInput` in ./services/cells.ts.
 */
import { HOST_BINDING, type HostBinding, type LoadedAddon, loadAddon } from './load-addon';
import {
  ConsoleFake,
  LoggerFake,
  type LogRecord,
  ScriptAppFake,
  SessionFake,
  UtilitiesFake,
} from './services/base';
import { type CacheFake, CacheServiceFake } from './services/cache';
import { ChartsFake } from './services/charts';
import { DocumentAppFake, type DocumentFake, type DocumentSnapshot } from './services/document';
import { Executions } from './services/executions';
import { HtmlOutputFake, HtmlServiceFake } from './services/html';
import { LockServiceFake, type LockTable } from './services/lock';
import { type PropertiesFake, PropertiesServiceFake } from './services/properties';
import { type CallRecord, FakeRegistry } from './services/registry';
import { type FormulaEvaluator, SpreadsheetFake } from './services/spreadsheet';
import { SpreadsheetAppFake } from './services/spreadsheet-app';
import { UiFake, UiState } from './services/ui';

export type { AddonFunction, LoadAddonOptions, LoadedAddon } from './load-addon';
export { loadAddon } from './load-addon';
export type { LogRecord } from './services/base';
export type { Cell } from './services/cell-format';
export {
  type CellValue,
  coerceInput,
  columnLetters,
  DEFAULT_NUMBER_FORMAT,
  displayValue,
  PLAIN_TEXT_FORMAT,
  UNEVALUATED_FORMULA,
} from './services/cells';
export type { ChartSnapshot } from './services/charts';
export type { RuleSnapshot } from './services/conditional-format';
export type { DocElement, DocumentSnapshot, TextSpan } from './services/document';
export type { LockTable } from './services/lock';
export type { RangeFake } from './services/range';
export type { CallRecord } from './services/registry';
export type { SheetFake, SheetSnapshot } from './services/sheet';
export type { FormulaEvaluator, SpreadsheetFake } from './services/spreadsheet';
export type { AlertRecord, MenuModel, ShownPage, ToastRecord, UiState } from './services/ui';

export interface LocalHostOptions {
  /** Default "Seller Health test". */
  spreadsheetName?: string;
  /** Spreadsheet and script time zone. Default "America/Los_Angeles" (a US seller's sheet). */
  timeZone?: string;
  /** The active user's e-mail. Default "seller@example.com". */
  user?: string;
  /** Where HtmlService finds `<name>.html`. Default: the distDir given to loadAddon / load. */
  htmlDir?: string;
  /** Computes formulas for getValues(); without it a formula cell reads "#FORMULA". */
  evaluateFormula?: FormulaEvaluator;
  /** Print the add-on's console output (it is recorded in `logs` either way). */
  echoLogs?: boolean;
  /** The clock CacheService expires entries by (epoch ms). Default Date.now. */
  clock?: () => number;
}

export interface LocalHost {
  /** The globals to pass to loadAddon: SpreadsheetApp, DocumentApp, PropertiesService, LockService,
   * CacheService, HtmlService, Session, Utilities, Logger, ScriptApp, Charts, console. */
  services: Record<string, unknown>;
  /** The active spreadsheet's model: Apps Script methods plus test helpers, calls not recorded. */
  spreadsheet: SpreadsheetFake;
  /** Every Document created with DocumentApp.create, as plain data (a fresh snapshot per read). */
  readonly documents: DocumentSnapshot[];
  /** The Document models themselves. */
  documentModels: DocumentFake[];
  properties: { document: PropertiesFake; user: PropertiesFake; script: PropertiesFake };
  /** CacheService's caches (`evictAll()` drops everything, as Google's may at any time). */
  caches: { document: CacheFake; user: CacheFake; script: CacheFake };
  /** Menus, sidebars, dialogs, alerts and toasts shown. */
  ui: UiState;
  /** Logger.log and console output of the add-on. */
  logs: LogRecord[];
  /** Every call the add-on made on any fake, in order. */
  calls: CallRecord[];
  /** Empties `calls` (the same array). */
  resetCalls(): void;
  /** The recorded calls to `service` (e.g. "Range"), optionally of one method. */
  callsTo(service: string, method?: string): CallRecord[];
  /** loadAddon({ distDir, services: this.services }). */
  load(distDir: string): LoadedAddon;
  /** Who holds the LockService locks, and each wait that timed out. */
  locks: LockTable;
  /** Runs `fn` as one Apps Script execution: locks it still holds are released when it ends. */
  execution<T>(fn: () => T): T;
  /**
   * Two executions that meet: `first` runs until the service call for which `at` (given the call
   * and its 0-based index among the first execution's calls) is true; there, before that call
   * runs, `second` runs to its end; then `first` goes on. Each outcome is the value returned or the
   * message thrown. `second` is null when `first` made no call that `at` chose. Apps Script gives
   * each execution its own globals: let `second` call another `load()` of the add-on than `first`.
   */
  interleave<A, B>(
    first: () => A,
    second: () => B,
    at: (call: CallRecord, index: number) => boolean,
  ): { first: Outcome<A>; second: Outcome<B> | null };
}

/** What an execution came to: its value, or the message of what it threw. */
export type Outcome<T> = { value: T; error?: undefined } | { error: string };

function outcomeOf<T>(fn: () => T): Outcome<T> {
  try {
    return { value: fn() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function createLocalHost(options: LocalHostOptions = {}): LocalHost {
  const timeZone = options.timeZone ?? 'America/Los_Angeles';
  const user = options.user ?? 'seller@example.com';
  const reg = new FakeRegistry();
  const uiState = new UiState();
  const logs: LogRecord[] = [];

  const spreadsheet = new SpreadsheetFake(
    reg,
    'local-spreadsheet-0001',
    options.spreadsheetName ?? 'Seller Health test',
    { timeZone, locale: 'en_US', evaluator: options.evaluateFormula },
    uiState,
  );
  const ui = new UiFake(reg, uiState, HtmlOutputFake);
  const html = new HtmlServiceFake(reg, options.htmlDir);
  const documentApp = new DocumentAppFake(reg);
  const properties = new PropertiesServiceFake(reg);
  const executions = new Executions();
  const lockService = new LockServiceFake(reg, executions);
  const cacheService = new CacheServiceFake(reg, options.clock ?? Date.now);

  const services: Record<string, unknown> = {
    SpreadsheetApp: reg.wrap(new SpreadsheetAppFake(reg, spreadsheet, ui)),
    DocumentApp: reg.wrap(documentApp),
    PropertiesService: reg.wrap(properties),
    LockService: reg.wrap(lockService),
    CacheService: reg.wrap(cacheService),
    HtmlService: reg.wrap(html),
    Session: reg.wrap(new SessionFake(reg, user, timeZone)),
    Utilities: reg.wrap(new UtilitiesFake(reg)),
    Logger: reg.wrap(new LoggerFake(reg, logs)),
    ScriptApp: reg.wrap(new ScriptAppFake(reg)),
    Charts: reg.wrap(new ChartsFake(reg)),
    console: reg.wrap(new ConsoleFake(reg, logs, options.echoLogs ?? false)),
  };
  Object.defineProperty(services, HOST_BINDING, {
    enumerable: false,
    value: (binding: HostBinding) => {
      reg.bindContext(binding.context);
      if (options.htmlDir === undefined) html.htmlDir = binding.distDir;
    },
  });

  return {
    services,
    spreadsheet,
    get documents() {
      return documentApp.documents.map((d) => d.snapshot());
    },
    documentModels: documentApp.documents,
    properties: { document: properties.document, user: properties.user, script: properties.script },
    caches: {
      document: cacheService.document,
      user: cacheService.user,
      script: cacheService.script,
    },
    ui: uiState,
    logs,
    calls: reg.calls,
    resetCalls() {
      reg.calls.length = 0;
    },
    callsTo(service: string, method?: string) {
      return reg.calls.filter(
        (c) => c.service === service && (method === undefined || c.method === method),
      );
    },
    load(distDir: string) {
      return loadAddon({ distDir, services });
    },
    locks: lockService.table,
    execution: (fn) => executions.run(fn),
    interleave(first, second, at) {
      let index = 0;
      let secondOutcome: Outcome<ReturnType<typeof second>> | null = null;
      reg.beforeCall = (call) => {
        if (secondOutcome !== null || !at(call, index++)) return;
        reg.beforeCall = null;
        secondOutcome = outcomeOf(() => executions.run(second));
      };
      try {
        return { first: outcomeOf(() => executions.run(first)), second: secondOutcome };
      } finally {
        reg.beforeCall = null;
      }
    },
  };
}
