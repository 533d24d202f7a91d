/**
 * Dialogs and the sidebar: the add-on's own pages in frames of Apps Script's sizes (a modal dialog
 * as wide and high as the add-on set, the sidebar 300 px wide), with Sheets' title bar and close
 * button. Alerts and toasts as Sheets shows them; their text goes in with textContent.
 */
import type { PreviewEvent } from './api';

type PageEvent = Extract<PreviewEvent, { kind: 'page' }>;

const overlay = document.getElementById('overlay') as HTMLElement;
const sidebar = document.getElementById('sidebar') as HTMLElement;
const sidebarTitle = document.getElementById('sidebar-title') as HTMLElement;
const toasts = document.getElementById('toasts') as HTMLElement;

function frame(page: number, title: string): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.src = `/frame/${page}`;
  f.title = title;
  f.dataset.page = String(page);
  return f;
}

export function closePage(page: number): void {
  const f = document.querySelector(`iframe[data-page="${page}"]`);
  if (!f) return;
  if (sidebar.contains(f)) {
    f.remove();
    sidebar.hidden = true;
  } else closeDialog();
}

function closeDialog(): void {
  overlay.replaceChildren();
  overlay.hidden = true;
}

function dialogBox(title: string, width: number): { box: HTMLElement; body: HTMLElement } {
  const box = document.createElement('div');
  box.className = 'dialog';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', title);
  box.style.width = `${width}px`;
  const bar = document.createElement('div');
  bar.className = 'dialog-title';
  const name = document.createElement('span');
  name.textContent = title;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'dialog-close';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '×';
  close.addEventListener('click', closeDialog);
  bar.append(name, close);
  const body = document.createElement('div');
  body.className = 'dialog-body';
  box.append(bar, body);
  overlay.replaceChildren(box);
  overlay.hidden = false;
  return { box, body };
}

export function openPage(event: PageEvent): void {
  if (event.pageKind === 'sidebar') {
    for (const old of sidebar.querySelectorAll('iframe')) old.remove();
    sidebarTitle.textContent = event.title;
    sidebar.append(frame(event.page, event.title));
    sidebar.hidden = false;
    return;
  }
  // Apps Script's default dialog size is 600 x 400.
  const width = event.width ?? 600;
  const { body } = dialogBox(event.title, width);
  const f = frame(event.page, event.title);
  f.style.width = `${width}px`;
  f.style.height = `${event.height ?? 400}px`;
  body.append(f);
}

export function showAlert(title: string | null, prompt: string): void {
  const { body } = dialogBox(title ?? '', 420);
  const text = document.createElement('p');
  text.className = 'alert-text';
  text.textContent = prompt;
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.className = 'primary';
  ok.textContent = 'OK';
  ok.addEventListener('click', closeDialog);
  const actions = document.createElement('div');
  actions.className = 'alert-actions';
  actions.append(ok);
  body.append(text, actions);
}

export function showToast(title: string | null, message: string): void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  if (title) {
    const t = document.createElement('strong');
    t.textContent = title;
    toast.append(t);
  }
  const m = document.createElement('div');
  m.textContent = message;
  toast.append(m);
  toasts.append(toast);
  setTimeout(() => toast.remove(), 6000);
}

document.getElementById('sidebar-close')?.addEventListener('click', () => {
  for (const old of sidebar.querySelectorAll('iframe')) old.remove();
  sidebar.hidden = true;
});
