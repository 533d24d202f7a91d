/**
 * A fingerprint of what the report sheets hold, cell by cell. The facts kept at open are reused
 * only while it is the same (./report-facts.ts), so a value corrected in place — a price, a
 * rating, a status, with no row added — is measured again before review checks a draft against it
 * or Generate writes it into an appeal. Hashing the cells costs one pass over values a call has
 * read anyway; measuring them costs many.
 */
import { dateCellInstant } from '../dates';

/** Read once: a global looked up per cell is slow where the global object is a sandbox. */
const StringOf = String;
const { imul } = Math;

/**
 * A number is hashed by its 64 bits, not its text: String(12.99) per cell would cost more than the
 * hashing. Two numbers with the same bits are the same number.
 */
const numberBits = new Float64Array(1);
const numberWords = new Uint32Array(numberBits.buffer);

/** What each kind of cell is hashed with first, so the number 5 and the text "5" differ. */
const textTag = 0x73;
const numberTag = 0x6e;
const dateTag = 0x64;
const otherTag = 0x6f;

/**
 * Two FNV-1a hashes with different seeds over every cell's type and value (a text's characters,
 * a number's or date's 64 bits), with the cell count: an edit that left all three as they were
 * would have to collide in 64 bits. A text cell's characters are hashed where they are, with no
 * string made per cell.
 */
export function sheetContentFingerprint(
  tables: readonly (readonly (readonly unknown[])[])[],
): string {
  let first = 0x811c9dc5;
  let second = 0x9747b28c;
  let cells = 0;
  for (const table of tables) {
    for (const row of table) {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        cells++;
        // A Date by its tag, not `instanceof`: Sheets' Dates may come from another realm, and
        // String(date) would keep only whole seconds. A blank cell hashes only the separator.
        let tag = 0;
        let text = '';
        let instant: number | undefined;
        if (typeof cell === 'string') {
          tag = textTag;
          text = cell;
        } else if (typeof cell === 'number') {
          tag = numberTag;
          instant = cell;
        } else if (typeof cell === 'boolean') {
          tag = cell ? 0x54 : 0x46;
        } else if (cell !== null && cell !== undefined) {
          instant = dateCellInstant(cell);
          tag = instant === undefined ? otherTag : dateTag;
          if (instant === undefined) text = StringOf(cell);
        }
        if (tag !== 0) {
          first = imul(first ^ tag, 0x01000193) >>> 0;
          second = imul(second ^ tag, 0x01000193) >>> 0;
        }
        if (instant !== undefined) {
          numberBits[0] = instant;
          for (let w = 0; w < 2; w++) {
            const word = numberWords[w] as number;
            first = imul(first ^ word, 0x01000193) >>> 0;
            second = imul(second ^ word, 0x01000193) >>> 0;
          }
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
