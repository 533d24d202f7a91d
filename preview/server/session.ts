/**
 * One preview session: the built dist/ loaded into a fresh local Apps Script host, the reports
 * imported through the add-on's own import (as the Import report dialog sends them), the Health
 * sheet built by the menu function, and everything the add-on shows afterwards (dialogs, the
 * sidebar, alerts, toasts, errors) kept as numbered events the page asks for. State lives in memory;
 * `reset()` starts again from the same files.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createLocalHost, type LoadedAddon, type LocalHost } from '../../host';
import { createRpcBridge, type PageRpcResult, pageRpcHandler } from '../../host/serve-rpc';
import { addonGlobals } from '../../src/gas/globals';
import { importFile } from './import-file';
import { Workbook } from './workbook';

export type PreviewEvent =
  | {
      seq: number;
      kind: 'page';
      page: number;
      pageKind: string;
      title: string;
      width?: number;
      height?: number;
    }
  | { seq: number; kind: 'alert'; title: string | null; prompt: string }
  | { seq: number; kind: 'toast'; title: string | null; message: string }
  | { seq: number; kind: 'error'; message: string };

type EventBody = PreviewEvent extends infer E
  ? E extends PreviewEvent
    ? Omit<E, 'seq'>
    : never
  : never;

export interface PreviewOptions {
  distDir: string;
  /** The report files to import at the start and on reset. */
  files: string[];
  timeZone?: string;
}

const customFunctionNames = new Set(
  addonGlobals.filter((g) => g.kind === 'customFunction').map((g) => g.name),
);

export class PreviewSession {
  host!: LocalHost;
  addon!: LoadedAddon;
  workbook!: Workbook;
  /** The HTML of each page the add-on showed, by number. */
  readonly pages: string[] = [];
  readonly events: PreviewEvent[] = [];
  /** What the start-up import said, file by file. */
  importLines: string[] = [];
  private rpcHandler!: (name: string, argsJson: string) => Promise<PageRpcResult>;
  private seen = { dialogs: 0, sidebars: 0, alerts: 0, toasts: 0 };
  private seq = 0;
  /** Goes up whenever the add-on may have changed the spreadsheet. */
  revision = 0;
  private callsSeen = 0;

  constructor(private readonly options: PreviewOptions) {}

  /** Loads the add-on and imports the files; call again to reset. */
  async start(): Promise<void> {
    this.host = createLocalHost({
      spreadsheetName: 'Seller Health preview',
      timeZone: this.options.timeZone ?? 'America/Los_Angeles',
    });
    this.addon = this.host.load(this.options.distDir);
    this.workbook = new Workbook(this.host.spreadsheet, this.addon, customFunctionNames);
    const bridge = createRpcBridge(this.addon);
    this.rpcHandler = pageRpcHandler(bridge);
    this.pages.length = 0;
    this.events.length = 0;
    this.seen = { dialogs: 0, sidebars: 0, alerts: 0, toasts: 0 };
    this.importLines = [];
    this.callsSeen = 0;
    this.revision++;
    this.addon.globals.onOpen?.({ authMode: 'FULL' });
    for (const file of this.options.files) {
      const outcome = await importFile(bridge, basename(file), readFileSync(file, 'utf8'));
      this.importLines.push(`${basename(file)}: ${outcome.lines.join(' ')}`);
    }
    this.runMenu('buildHealthSheet');
    // The start-up is not something the seller did: no events for it.
    this.events.length = 0;
  }

  private push(event: EventBody): void {
    this.events.push({ ...event, seq: ++this.seq } as PreviewEvent);
  }

  /** Turns what the add-on showed since the last look into events; forgets computed cells. */
  private collect(): void {
    const ui = this.host.ui;
    for (const shown of [
      ...ui.dialogs.slice(this.seen.dialogs),
      ...ui.sidebars.slice(this.seen.sidebars),
    ]) {
      this.pages.push(shown.content);
      const event: EventBody = {
        kind: 'page',
        page: this.pages.length - 1,
        pageKind: shown.kind,
        title: shown.title,
      };
      if (shown.width !== undefined) event.width = shown.width;
      if (shown.height !== undefined) event.height = shown.height;
      this.push(event);
    }
    for (const alert of ui.alerts.slice(this.seen.alerts)) {
      this.push({ kind: 'alert', title: alert.title, prompt: alert.prompt });
    }
    for (const toast of ui.toasts.slice(this.seen.toasts)) {
      this.push({ kind: 'toast', title: toast.title, message: toast.message });
    }
    this.seen = {
      dialogs: ui.dialogs.length,
      sidebars: ui.sidebars.length,
      alerts: ui.alerts.length,
      toasts: ui.toasts.length,
    };
    if (this.spreadsheetChanged()) {
      this.workbook.invalidate();
      this.revision++;
    }
  }

  /**
   * Whether the add-on called anything but a getter on the spreadsheet since the last look: only
   * then are the formulas computed again (a sidebar that saves its draft changes no cell).
   */
  private spreadsheetChanged(): boolean {
    const calls = this.host.calls.slice(this.callsSeen);
    this.callsSeen = this.host.calls.length;
    const spreadsheetClasses =
      /^(SpreadsheetApp|Spreadsheet|Sheet|Range|EmbeddedChart|ConditionalFormatRule)/;
    return calls.some(
      (c) =>
        spreadsheetClasses.test(c.service) &&
        !/^(get|is|new|modify|copy|build|flush)/.test(c.method),
    );
  }

  /** The menu items the add-on added, as the page lists them under Extensions. */
  menu(): { caption: string; functionName: string }[] {
    const items: { caption: string; functionName: string }[] = [];
    for (const menu of this.host.ui.menus) {
      for (const entry of menu.entries) {
        if (entry.kind === 'item')
          items.push({ caption: entry.caption, functionName: entry.functionName });
        if (entry.kind === 'separator') items.push({ caption: '', functionName: '' });
      }
    }
    return items;
  }

  /** Runs a menu item's function, as Sheets does when the seller picks it. */
  runMenu(functionName: string): void {
    const allowed = this.menu().some((item) => item.functionName === functionName);
    const fn = this.addon.globals[functionName];
    try {
      if (!allowed || !fn) throw new Error(`Script function not found: ${functionName}`);
      fn();
    } catch (error) {
      this.push({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
    this.collect();
  }

  /** A google.script.run call from a dialog or the sidebar. */
  async rpc(name: string, argsJson: string): Promise<PageRpcResult> {
    const result = await this.rpcHandler(name, argsJson);
    this.collect();
    return result;
  }

  /** The seller clicked a sheet tab. */
  activate(sheetName: string): void {
    const sheet = this.host.spreadsheet.getSheetByName(sheetName);
    if (sheet) this.host.spreadsheet.setActiveSheet(sheet);
  }

  eventsAfter(seq: number): PreviewEvent[] {
    return this.events.filter((e) => e.seq > seq);
  }
}
