/**
 * The Import report / Settings dialog. A picked file or pasted text is read here, in the browser,
 * and sent to the server in batches with the progress shown; the server merges each batch into the
 * sheet of its kind and says what it did. Everything from a report is shown with textContent (via
 * `h`), never as HTML.
 */
import { parseSettings, type Settings } from '../../src/core/dashboard/settings';
import { parseDelimited } from '../../src/core/importing/delimited';
import { fileBatches } from '../../src/core/importing/file-batches';
import { addBatchResult, type ImportSummary, summaryLines } from '../../src/core/importing/summary';
import { marketplaceByCode, marketplaceCodes } from '../../src/core/marketplaces';
import type * as dialogApi from '../../src/gas/dashboard/dialog-api';
import { h, replaceChildren } from '../shared/dom';
import { messageOf, serverRunner } from '../shared/rpc';

const run = serverRunner<typeof dialogApi>();

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The dialog page lacks #${id}.`);
  return found as T;
}

const views = {
  import: { tab: element<HTMLButtonElement>('tab-import'), panel: element('view-import') },
  settings: { tab: element<HTMLButtonElement>('tab-settings'), panel: element('view-settings') },
};
const fileInput = element<HTMLInputElement>('file');
const pasted = element<HTMLTextAreaElement>('pasted');
const withoutBuyerColumns = element<HTMLInputElement>('without-buyer-columns');
const progressBlock = element('progress-block');
const progress = element<HTMLProgressElement>('progress');
const progressText = element('progress-text');
const importResult = element('import-result');
const importButton = element<HTMLButtonElement>('import');
const buildButton = element<HTMLButtonElement>('build');
const marketplaceSelect = element<HTMLSelectElement>('marketplace');
const marginInput = element<HTMLInputElement>('margin');
const settingsResult = element('settings-result');
const saveButton = element<HTMLButtonElement>('save');

type View = keyof typeof views;

function show(view: View): void {
  for (const [name, { tab, panel }] of Object.entries(views)) {
    const selected = name === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    panel.hidden = !selected;
  }
  if (view === 'settings') void loadSettings();
}

function notice(kind: 'error' | 'success' | 'warning', ...lines: string[]): HTMLElement {
  return h('div', { class: `notice ${kind}` }, ...lines.map((line) => h('p', {}, line)));
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function readAs(file: File, encoding: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.readAsText(file, encoding);
  });
}

/**
 * Seller Central files are UTF-8 or, from some European marketplaces, Latin-1 (reference 3): a
 * file that is not valid UTF-8 is read again as Windows-1252 rather than shown with broken letters.
 */
async function readFile(file: File): Promise<string> {
  const text = await readAs(file, 'utf-8');
  return text.includes('\uFFFD') ? readAs(file, 'windows-1252') : text;
}

async function importReport(): Promise<void> {
  const file = fileInput.files?.[0];
  const fileName = file ? file.name : 'The pasted text';
  const text = file ? await readFile(file) : pasted.value;
  const parsed = fileBatches(parseDelimited(text).rows);
  if (!parsed) {
    replaceChildren(
      importResult,
      notice('error', 'Nothing to import: choose a report file or paste a report first.'),
    );
    return;
  }
  importButton.disabled = true;
  buildButton.hidden = true;
  progressBlock.hidden = false;
  replaceChildren(importResult);
  let summary: ImportSummary | null = null;
  let sent = 0;
  try {
    for (const batch of parsed.batches) {
      progress.value = parsed.dataRows === 0 ? 0 : (100 * sent) / parsed.dataRows;
      progressText.textContent = `Importing rows ${count(sent + 1)}–${count(sent + batch.rows.length)} of ${count(parsed.dataRows)}…`;
      const result = await run('importReportRows', {
        fileName,
        header: parsed.header,
        rows: batch.rows,
        firstRow: batch.firstRow,
        withoutBuyerColumns: withoutBuyerColumns.checked,
        currencies: parsed.currencies,
      });
      summary = addBatchResult(summary, result);
      sent += batch.rows.length;
    }
  } catch (error) {
    const done = summary ? summaryLines(summary, parsed.dataRows) : [];
    replaceChildren(importResult, notice('error', messageOf(error), ...done));
    return;
  } finally {
    progressBlock.hidden = true;
    importButton.disabled = false;
  }
  if (!summary) return;
  const lines = summaryLines(summary, parsed.dataRows);
  const kind =
    summary.problemCount > 0 || summary.added === 0 || summary.changedRows.length > 0
      ? 'warning'
      : 'success';
  replaceChildren(
    importResult,
    notice(kind, ...lines),
    summary.problems.length > 0 &&
      h(
        'ul',
        { class: 'problems', 'aria-label': 'Rows not imported' },
        ...summary.problems.map((problem) => h('li', {}, problem.message)),
      ),
  );
  buildButton.hidden = summary.added === 0;
}

async function buildHealth(): Promise<void> {
  buildButton.disabled = true;
  try {
    await run('buildHealthSheet');
    google.script.host.close();
  } catch (error) {
    replaceChildren(importResult, notice('error', messageOf(error)));
    buildButton.disabled = false;
  }
}

function marketplaceOptions(selected: Settings['marketplace']): HTMLOptionElement[] {
  const automatic = h(
    'option',
    { value: '' },
    'Automatic: from the reports’ sales channel, else US',
  );
  automatic.selected = selected === null;
  return [
    automatic,
    ...marketplaceCodes.map((code) => {
      const market = marketplaceByCode(code);
      const option = h(
        'option',
        { value: code },
        `${code}: ${market.salesChannel} (${market.timeZone})`,
      );
      option.selected = code === selected;
      return option;
    }),
  ];
}

async function loadSettings(): Promise<void> {
  try {
    const settings = await run('readSettings');
    replaceChildren(marketplaceSelect, ...marketplaceOptions(settings.marketplace));
    marginInput.value = String(Math.round(settings.nearMargin * 100));
  } catch (error) {
    replaceChildren(settingsResult, notice('error', messageOf(error)));
  }
}

async function saveSettings(): Promise<void> {
  let settings: Settings;
  try {
    settings = parseSettings({
      marketplace: marketplaceSelect.value === '' ? null : marketplaceSelect.value,
      nearMargin: marginInput.value.trim() === '' ? Number.NaN : Number(marginInput.value) / 100,
    });
  } catch (error) {
    replaceChildren(settingsResult, notice('error', messageOf(error)));
    return;
  }
  saveButton.disabled = true;
  try {
    await run('saveDashboardSettings', settings);
    replaceChildren(
      settingsResult,
      notice('success', 'Saved. The Health sheet’s formulas use them from now on.'),
    );
  } catch (error) {
    replaceChildren(settingsResult, notice('error', messageOf(error)));
  } finally {
    saveButton.disabled = false;
  }
}

views.import.tab.addEventListener('click', () => show('import'));
views.settings.tab.addEventListener('click', () => show('settings'));
importButton.addEventListener('click', () => void importReport());
buildButton.addEventListener('click', () => void buildHealth());
saveButton.addEventListener('click', () => void saveSettings());
for (const id of ['close-import', 'close-settings']) {
  element(id).addEventListener('click', () => google.script.host.close());
}
fileInput.addEventListener('change', () => {
  if (fileInput.files?.length) pasted.value = '';
});
// Settings… opens this page with a marker after the page's own markup.
document.addEventListener('DOMContentLoaded', () => {
  const opened = document.getElementById('open-view')?.dataset.view;
  show(opened === 'settings' ? 'settings' : 'import');
});
