/**
 * The first version of the report sheets' fingerprint (src/core/plan/sheet-content.ts), which made
 * a text of each cell before hashing it: the one in src/ must give the same fingerprint, so it
 * tells apart exactly the cells this one did.
 */
import { dateCellInstant } from '../../../src/core/dates';

/** Read once: a global looked up per cell is slow where the global object is a sandbox. */
const { imul } = Math;

/**
 * Two FNV-1a hashes with different seeds over every cell's type and text, with the cell count:
 * an edit that left all three as they were would have to collide in 64 bits.
 */
export function sheetContentFingerprintReference(
  tables: readonly (readonly (readonly unknown[])[])[],
): string {
  let first = 0x811c9dc5;
  let second = 0x9747b28c;
  let cells = 0;
  for (const table of tables) {
    for (const row of table) {
      for (const cell of row) {
        cells++;
        // The type first, so the number 5 and the text "5" differ, and a separator after.
        // A Date by its tag, not `instanceof`: Sheets' Dates may come from another realm, and
        // String(date) would keep only whole seconds.
        let text: string;
        if (typeof cell === 'string') text = `s${cell}`;
        else if (typeof cell === 'number') text = `n${cell}`;
        else if (typeof cell === 'boolean') text = cell ? 'T' : 'F';
        else if (cell === null || cell === undefined) text = '';
        else {
          const instant = dateCellInstant(cell);
          text = instant === undefined ? `o${cell}` : `d${instant}`;
        }
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          first = imul(first ^ code, 0x01000193) >>> 0;
          second = imul(second ^ code, 0x01000193) >>> 0;
        }
        first = imul(first ^ 0x1f, 0x01000193) >>> 0;
        second = imul(second ^ 0x1f, 0x01000193) >>> 0;
      }
      first = imul(first ^ 0x1e, 0x01000193) >>> 0;
      second = imul(second ^ 0x1e, 0x01000193) >>> 0;
    }
    first = imul(first ^ 0x1d, 0x01000193) >>> 0;
    second = imul(second ^ 0x1d, 0x01000193) >>> 0;
  }
  const hex = (hash: number) => hash.toString(16).padStart(8, '0');
  return `${hex(first)}${hex(second)}:${cells}`;
}
