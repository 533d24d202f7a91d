/**
 * The sheet grid: column and row headers, frozen rows, cells drawn from the server's cell views
 * (only the rows in sight, fetched in blocks), text overflowing into empty neighbours as in Sheets,
 * a selected cell, and the charts laid over the cells. Every text from a cell goes in with
 * textContent: report text is data.
 */
import { api, type CellView, type SheetView } from './api';
import { drawChart } from './charts';

export const rowHeight = 21;
const headerHeight = 24;
const rowHeaderWidth = 46;
const blockSize = 100;

export function columnName(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A Doc link becomes the preview's reading page; other links stay as they are. */
export function previewLink(url: string): string {
  const doc = /^https:\/\/docs\.google\.com\/document\/d\/([^/]+)/.exec(url);
  return doc ? `/doc/${encodeURIComponent(doc[1] ?? '')}` : url;
}

export interface Selection {
  row: number;
  column: number;
  cell: CellView | undefined;
}

export class Grid {
  private view: SheetView | undefined;
  private blocks = new Map<number, Promise<CellView[][]>>();
  private loaded = new Map<number, CellView[][]>();
  private rowsLayer!: HTMLElement;
  private frozenLayer!: HTMLElement;
  private lefts: number[] = [];
  private selected: { row: number; column: number } = { row: 1, column: 1 };
  private drawScheduled = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly onSelect: (selection: Selection) => void,
  ) {
    // Focusable, so the arrow keys move the selection.
    root.tabIndex = 0;
    root.setAttribute('aria-label', 'Sheet');
    root.addEventListener('scroll', () => this.schedule());
    window.addEventListener('resize', () => this.schedule());
    root.addEventListener('keydown', (event) => this.key(event));
  }

  get sheetName(): string {
    return this.view?.name ?? '';
  }

  /** Shows a sheet (again): its layout, then the rows in sight. */
  async show(view: SheetView, keepScroll: boolean): Promise<void> {
    const sameSheet = this.view?.name === view.name;
    this.view = view;
    this.blocks.clear();
    this.loaded.clear();
    if (!sameSheet || !keepScroll) this.selected = { row: 1, column: 1 };
    this.layout(sameSheet && keepScroll);
    await this.draw();
    this.root.dataset.sheet = view.name;
    this.select(this.selected.row, this.selected.column);
  }

  private layout(keepScroll: boolean): void {
    const view = this.view as SheetView;
    const top = keepScroll ? this.root.scrollTop : 0;
    const left = keepScroll ? this.root.scrollLeft : 0;
    this.root.replaceChildren();
    this.lefts = [rowHeaderWidth];
    for (const w of view.columnWidths)
      this.lefts.push((this.lefts[this.lefts.length - 1] ?? 0) + w);
    const width = this.lefts[this.lefts.length - 1] ?? 0;
    const sizer = el('div', 'sizer');
    sizer.style.width = `${width}px`;
    const headers = el('div', 'col-headers');
    headers.style.width = `${width}px`;
    headers.append(el('div', 'corner'));
    view.columnWidths.forEach((w, i) => {
      const h = el('div', 'col-header', columnName(i + 1));
      h.style.left = `${this.lefts[i]}px`;
      h.style.width = `${w}px`;
      h.dataset.column = String(i + 1);
      headers.append(h);
    });
    this.frozenLayer = el('div', 'frozen');
    this.frozenLayer.style.height = `${view.frozenRows * rowHeight}px`;
    this.rowsLayer = el('div', 'rows');
    this.rowsLayer.style.height = `${(view.rows - view.frozenRows) * rowHeight}px`;
    sizer.append(headers, this.frozenLayer, this.rowsLayer);
    const charts = el('div', 'charts');
    for (const chart of view.charts) {
      const box = el('div', 'chart');
      box.style.top = `${headerHeight + (chart.anchorRow - 1) * rowHeight + chart.offsetY}px`;
      box.style.left = `${(this.lefts[chart.anchorColumn - 1] ?? 0) + chart.offsetX}px`;
      box.style.width = `${chart.width}px`;
      box.style.height = `${chart.height}px`;
      charts.append(box);
      drawChart(box, chart);
    }
    sizer.append(charts);
    if (view.warnings.length > 0) {
      const notes = el('div', 'preview-warnings');
      for (const w of view.warnings) notes.append(el('div', '', `Preview: ${w}`));
      sizer.append(notes);
    }
    this.root.append(sizer);
    this.root.scrollTop = top;
    this.root.scrollLeft = left;
  }

  private schedule(): void {
    if (this.drawScheduled) return;
    this.drawScheduled = true;
    requestAnimationFrame(() => {
      this.drawScheduled = false;
      void this.draw();
    });
  }

  private block(n: number): Promise<CellView[][]> {
    let pending = this.blocks.get(n);
    if (!pending) {
      const name = this.sheetName;
      pending = api.rows(name, n * blockSize + 1, (n + 1) * blockSize).then((rows) => {
        if (this.sheetName === name) this.loaded.set(n, rows);
        return rows;
      });
      this.blocks.set(n, pending);
    }
    return pending;
  }

  /** The cell view of a row and column, when its block has arrived. */
  cellAt(row: number, column: number): CellView | undefined {
    const n = Math.floor((row - 1) / blockSize);
    return this.loaded.get(n)?.[(row - 1) % blockSize]?.[column - 1];
  }

  private async draw(): Promise<void> {
    const view = this.view;
    if (!view) return;
    const frozen = view.frozenRows;
    const first = Math.max(
      frozen + 1,
      Math.floor(this.root.scrollTop / rowHeight) + frozen + 1 - 5,
    );
    const visible = Math.ceil(this.root.clientHeight / rowHeight) + 10;
    const last = Math.min(view.rows, first + visible);
    const wanted = new Set<number>();
    for (let r = 1; r <= frozen; r++) wanted.add(Math.floor((r - 1) / blockSize));
    for (let r = first; r <= last; r++) wanted.add(Math.floor((r - 1) / blockSize));
    await Promise.all([...wanted].map((n) => this.block(n)));
    if (this.view !== view) return;
    const frozenRows: HTMLElement[] = [];
    for (let r = 1; r <= frozen; r++) frozenRows.push(this.rowElement(r, (r - 1) * rowHeight));
    this.frozenLayer.replaceChildren(...frozenRows);
    const rows: HTMLElement[] = [];
    for (let r = first; r <= last; r++) rows.push(this.rowElement(r, (r - frozen - 1) * rowHeight));
    this.rowsLayer.replaceChildren(...rows);
    this.markSelection();
  }

  private rowElement(row: number, top: number): HTMLElement {
    const view = this.view as SheetView;
    const line = el('div', 'row');
    line.style.top = `${top}px`;
    line.dataset.row = String(row);
    const header = el('div', 'row-header', String(row));
    line.append(header);
    const cells = Array.from({ length: view.columns }, (_, j) => this.cellAt(row, j + 1));
    cells.forEach((cell, j) => {
      const column = j + 1;
      const box = el('div', 'cell');
      box.style.left = `${this.lefts[j]}px`;
      box.style.width = `${view.columnWidths[j]}px`;
      box.dataset.row = String(row);
      box.dataset.column = String(column);
      box.dataset.a1 = `${columnName(column)}${row}`;
      if (cell) this.fillCell(box, cell, cells, j);
      box.addEventListener('mousedown', () => this.select(row, column));
      line.append(box);
    });
    return line;
  }

  private fillCell(
    box: HTMLElement,
    cell: CellView,
    rowCells: (CellView | undefined)[],
    j: number,
  ): void {
    const view = this.view as SheetView;
    if (cell.background) box.style.background = cell.background;
    const text = el(cell.link ? 'a' : 'span', 'text', cell.text);
    if (cell.link && text instanceof HTMLAnchorElement) {
      text.href = previewLink(cell.link);
      text.target = '_blank';
      text.rel = 'noopener noreferrer';
    }
    if (cell.color) text.style.color = cell.color;
    if (cell.bold) text.style.fontWeight = 'bold';
    const align = cell.align ?? (cell.error ? 'center' : cell.numeric ? 'right' : 'left');
    box.classList.add(`align-${align}`);
    if (cell.wrap) box.classList.add('wrap');
    // Left-aligned text runs on over empty cells to its right, as in Sheets.
    if (align === 'left' && !cell.wrap && cell.text !== '') {
      let width = view.columnWidths[j] ?? 100;
      for (let k = j + 1; k < rowCells.length; k++) {
        const next = rowCells[k];
        if (next && (next.text !== '' || next.formula)) break;
        width += view.columnWidths[k] ?? 100;
      }
      text.style.width = `${width - 6}px`;
    }
    if (cell.error) {
      box.classList.add('has-error');
      box.dataset.error = cell.error.message;
    }
    if (cell.note) {
      box.classList.add('has-note');
      box.title = cell.note;
    }
    box.append(text);
  }

  select(row: number, column: number): void {
    const view = this.view;
    if (!view) return;
    this.selected = {
      row: Math.min(Math.max(1, row), view.rows),
      column: Math.min(Math.max(1, column), view.columns),
    };
    this.markSelection();
    this.onSelect({ ...this.selected, cell: this.cellAt(this.selected.row, this.selected.column) });
  }

  private markSelection(): void {
    for (const old of this.root.querySelectorAll('.cell.selected'))
      old.classList.remove('selected');
    const { row, column } = this.selected;
    this.root
      .querySelector(`.cell[data-row="${row}"][data-column="${column}"]`)
      ?.classList.add('selected');
  }

  private key(event: KeyboardEvent): void {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
      Tab: [0, 1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.select(this.selected.row + move[0], this.selected.column + move[1]);
  }
}
