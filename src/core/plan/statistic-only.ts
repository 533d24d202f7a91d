/**
 * A root cause that is only a statistic ("12 of 20 defects were CL-DUTCH-6QT") says where the
 * defects are, not why they happened. It belongs among the supporting facts; the root cause is the
 * reason behind it (the storage, the pickup time, the packaging).
 */
import type { Finding } from '../analysis/findings-types';

/** Words of a finding's sentence and of figures: what a statistic is made of. */
const statisticWords = new Set(
  (
    'a an the of and or to in on at by for from with were was is are be been had has have our all ' +
    'these those them they it its which that this total only out orders order shipments shipment ' +
    'packages package defects defect late rate percent per cent window days day last past went ' +
    'shipped included placed confirmed used ship service sku skus asin asins carrier carriers ' +
    'weekday business after seller-fulfilled fulfilled mfn afn fba seller cancellations ' +
    'cancellation cancelled canceled claims claim chargebacks chargeback negative feedback ' +
    'valid tracking without deliveries delivery delivered lsr odr vtr otdr share most about ' +
    'nearly around almost over under more than less units unit received reason themes theme'
  ).split(' '),
);

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
}

/** Whether a root cause states figures and nothing else: no reason, no actor, no process. */
export function isOnlyStatistic(text: string, findings: readonly Finding[]): boolean {
  if (!/\d|%/.test(text)) return false;
  const known = new Set(statisticWords);
  for (const f of findings) {
    for (const word of wordsOf(`${f.key} ${f.summary}`)) known.add(word);
  }
  const rest = wordsOf(text).filter((w) => !known.has(w) && !known.has(w.replace(/s$/, '')));
  return rest.length < 3;
}

export const statisticOnlyMessage =
  'This root cause only states figures from your data. Say why it happened (for example "CL-DUTCH-6QT is stored in the overflow unit, which is picked once a day"); the figures are already in the supporting facts.';
