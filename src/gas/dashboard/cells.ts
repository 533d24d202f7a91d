/**
 * Text the add-on writes into cells, from a report or its own: with a leading apostrophe Sheets
 * stores the text as it is, so `=IMPORTXML(...)`, `+1 555 0100`, `00123` or `TRUE` stay text and
 * nothing in a report ever runs as a formula. The apostrophe is not part of the value.
 */
export function inert(text: string): string {
  return text === '' ? '' : `'${text}`;
}
