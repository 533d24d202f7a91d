/**
 * The preview page: Sheets' frame around the local host's spreadsheet. Menu bar with the add-on's
 * menu under Extensions, the formula bar, the grid, sheet tabs, and whatever the add-on shows. The
 * server is asked again after every menu item, tab change and google.script.run call.
 */
import { api, post, type State } from './api';
import { closePage, openPage, showAlert, showToast } from './frames';
import { columnName, Grid, type Selection } from './grid';

const addonName = 'Seller Health';
const menuNames = [
  'File',
  'Edit',
  'View',
  'Insert',
  'Format',
  'Data',
  'Tools',
  'Extensions',
  'Help',
];

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const nameBox = byId('name-box');
const formula = byId('formula');
const tabs = byId('tabs');
const menubar = byId('menubar');
const errorBanner = byId('error-banner');
const popup = byId('cell-popup');

let lastSeq = 0;
let revision = -1;
let state: State | undefined;
let refreshing: Promise<void> = Promise.resolve();

const grid = new Grid(byId('grid'), showSelection);

function showSelection({ row, column, cell }: Selection): void {
  nameBox.textContent = `${columnName(column)}${row}`;
  formula.textContent = cell?.formula ?? cell?.text ?? '';
  formula.classList.toggle('spilled', cell?.spilled === true);
  popup.hidden = true;
  if (cell?.error) {
    const target = document.querySelector(`.cell[data-row="${row}"][data-column="${column}"]`);
    const box = target?.getBoundingClientRect();
    const heading = document.createElement('strong');
    heading.textContent = 'Error';
    const message = document.createElement('div');
    message.textContent = cell.error.message;
    popup.replaceChildren(heading, message);
    if (box) {
      popup.style.left = `${box.left}px`;
      popup.style.top = `${box.bottom + 2}px`;
    }
    popup.hidden = false;
  }
}

function drawTabs(): void {
  if (!state) return;
  const current = state;
  tabs.replaceChildren(
    ...current.sheets.map((name) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(name === current.active));
      tab.textContent = name;
      tab.addEventListener('click', () => {
        void post('/api/activate', { sheet: name }).then(() => refresh());
      });
      return tab;
    }),
  );
}

function closeMenus(): void {
  for (const open of document.querySelectorAll('.menu.open')) open.classList.remove('open');
}

function drawMenubar(): void {
  menubar.replaceChildren(
    ...menuNames.map((name) => {
      const menu = document.createElement('div');
      menu.className = 'menu';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'menu-button';
      button.textContent = name;
      menu.append(button);
      if (name !== 'Extensions') {
        button.disabled = true;
        button.title = 'Not part of the preview';
        return menu;
      }
      const list = document.createElement('div');
      list.className = 'menu-list';
      list.setAttribute('role', 'menu');
      const addon = document.createElement('div');
      addon.className = 'menu-item submenu';
      addon.textContent = addonName;
      const items = document.createElement('div');
      items.className = 'menu-list sub';
      items.setAttribute('role', 'menu');
      for (const item of state?.menu ?? []) {
        if (item.functionName === '') {
          items.append(
            Object.assign(document.createElement('hr'), { className: 'menu-separator' }),
          );
          continue;
        }
        const entry = document.createElement('button');
        entry.type = 'button';
        entry.className = 'menu-item';
        entry.setAttribute('role', 'menuitem');
        entry.textContent = item.caption;
        entry.addEventListener('click', () => {
          closeMenus();
          void post('/api/menu', { functionName: item.functionName }).then(() => refresh());
        });
        items.append(entry);
      }
      addon.append(items);
      list.append(addon);
      menu.append(list);
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        menu.classList.toggle('open');
      });
      return menu;
    }),
  );
}

function handleEvents(current: State): void {
  for (const event of current.events) {
    lastSeq = Math.max(lastSeq, event.seq);
    if (event.kind === 'page') openPage(event);
    else if (event.kind === 'alert') showAlert(event.title, event.prompt);
    else if (event.kind === 'toast') showToast(event.title, event.message);
    else {
      errorBanner.textContent = `Error: ${event.message}`;
      errorBanner.hidden = false;
    }
  }
}

async function refreshNow(): Promise<void> {
  const previous = state;
  state = await api.state(lastSeq);
  byId('doc-title').textContent = state.spreadsheet;
  if (!previous || previous.menu.length !== state.menu.length) drawMenubar();
  drawTabs();
  handleEvents(state);
  const sheetChanged = grid.sheetName !== state.active;
  if (sheetChanged || state.revision !== revision) {
    revision = state.revision;
    await grid.show(await api.sheet(state.active), !sheetChanged);
  }
  document.body.dataset.revision = String(revision);
}

/** Asks the server again, one request at a time. */
function refresh(): Promise<void> {
  refreshing = refreshing.then(refreshNow, refreshNow);
  return refreshing;
}

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin) return;
  const data = event.data as { preview?: string; page?: number };
  if (data.preview === 'changed') void refresh();
  if (data.preview === 'close' && typeof data.page === 'number') {
    closePage(data.page);
    void refresh();
  }
});

document.addEventListener('click', closeMenus);
errorBanner.addEventListener('click', () => {
  errorBanner.hidden = true;
});
byId('reset').addEventListener('click', () => {
  closePage(-1);
  void post('/api/reset', {}).then(() => {
    lastSeq = 0;
    location.reload();
  });
});

void refresh();
