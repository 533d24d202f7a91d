/** "UK, DE and FR", "a feedback report or an ODR download": items as a sentence lists them. */
export function wordList(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
