/** The preview server's JSON API, as the page calls it. */

import type { PreviewEvent } from '../server/session';
import type { CellView, SheetView } from '../server/workbook';

export type { CellView, PreviewEvent, SheetView };

export interface State {
  revision: number;
  spreadsheet: string;
  sheets: string[];
  active: string;
  menu: { caption: string; functionName: string }[];
  events: PreviewEvent[];
}

async function get<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as T;
}

export async function post(path: string, body: unknown): Promise<void> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(await response.text());
}

export const api = {
  state: (after: number) => get<State>(`/api/state?after=${after}`),
  sheet: (name: string) => get<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}`),
  rows: (name: string, from: number, to: number) =>
    get<CellView[][]>(`/api/rows?name=${encodeURIComponent(name)}&from=${from}&to=${to}`),
};
