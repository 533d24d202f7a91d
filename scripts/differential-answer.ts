/**
 * A custom function's result as `npm run differential` compares it (scripts/differential.ts).
 * Plain JSON would make NaN, ±Infinity and an invalid Date `null`, and -0 `0`: a number that
 * turned into a blank cell, or an error value into a number's neighbour, would compare equal.
 * So those are spelled out, and a Date (of any realm) is its instant.
 */
const objectTag = Object.prototype.toString;

function spelled(this: unknown, key: string, value: unknown): unknown {
  // `value` has been through Date's toJSON already; the holder still has the Date itself.
  const raw = (this as Record<string, unknown>)[key];
  if (objectTag.call(raw) === '[object Date]') return `Date(${(raw as Date).getTime()})`;
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) {
    return `number(${Object.is(value, -0) ? '-0' : String(value)})`;
  }
  return value;
}

/** The result as text in which every value a seller could tell apart stays apart. */
export function answerText(result: unknown): string {
  return JSON.stringify(result, spelled) ?? String(result);
}
