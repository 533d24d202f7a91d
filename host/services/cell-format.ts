/** The formats of a cell the Sheet and Range fakes keep, and their defaults. */

import type { CellValue } from './cells';
import { DEFAULT_NUMBER_FORMAT } from './cells';
import { type CellFormat, internFormat, withFormat } from './grid';

/** One cell: content and the formats the fake keeps. */
export interface Cell {
  value: CellValue;
  formula: string;
  numberFormat: string;
  note: string;
  fontWeight: string;
  fontColor: string;
  background: string;
  horizontalAlignment: string;
  wrap: boolean;
}

export const DEFAULT_FORMAT = {
  numberFormat: DEFAULT_NUMBER_FORMAT,
  note: '',
  fontWeight: 'normal',
  fontColor: '#000000',
  background: '#ffffff',
  horizontalAlignment: 'general',
  wrap: false,
} as const;

/** The formats of a cell nobody formatted (shared by every such cell). */
export const BLANK_FORMAT: CellFormat = internFormat(DEFAULT_FORMAT);

/** A cell's formats back to the defaults; its note stays (as Sheets' clear formats does). */
export function clearedFormat(f: CellFormat): CellFormat {
  return withFormat(BLANK_FORMAT, 'note', f.note);
}
