/**
 * What the order rows say about the orders behind the findings, for the seller to judge them in
 * the sidebar: SKUs, product names, feedback comments, claim and chargeback reasons. The readers
 * never read buyer columns; a comment can still name a buyer or hold a phone number, so every
 * text passes the redaction step (src/core/privacy) before it leaves the server.
 */
import type { HealthInput } from '../metrics/types';
import type { OrderEvidence, ProductChoice } from './contract';
import type { ReportData } from './report-data';

/** The most ASINs offered when typing the affected ASINs. */
const productChoiceLimit = 500;

function addTo(map: Map<string, string[]>, key: string, value: string): void {
  const text = value.trim();
  if (text === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [text]);
  else if (!list.includes(text)) list.push(text);
}

export function evidenceFor(data: ReportData): Record<string, OrderEvidence> {
  const wanted = new Set(data.marketplaces.flatMap((m) => m.findings.flatMap((f) => f.orderIds)));
  const clean = data.redactor.redact;
  const skus = new Map<string, string[]>();
  const names = new Map<string, string[]>();
  const comments = new Map<string, string[]>();
  for (const { input } of data.marketplaces) addEvidence(input, wanted, { skus, names, comments });
  const evidence: Record<string, OrderEvidence> = {};
  for (const orderId of [...wanted].sort()) {
    evidence[orderId] = {
      orderId,
      skus: skus.get(orderId) ?? [],
      productNames: (names.get(orderId) ?? []).map(clean),
      comments: (comments.get(orderId) ?? []).map(clean),
    };
  }
  return evidence;
}

function addEvidence(
  input: HealthInput,
  wanted: ReadonlySet<string>,
  { skus, names, comments }: Record<'skus' | 'names' | 'comments', Map<string, string[]>>,
): void {
  for (const rows of [input.orders, input.fbaShipments]) {
    for (const row of rows) {
      if (!wanted.has(row.orderId)) continue;
      addTo(skus, row.orderId, row.sku);
      addTo(names, row.orderId, row.productName);
    }
  }
  for (const row of input.feedback) {
    if (wanted.has(row.orderId)) addTo(comments, row.orderId, `${row.rating}★ ${row.comment}`);
  }
  for (const row of input.claims) {
    if (wanted.has(row.orderId)) addTo(comments, row.orderId, `A-to-z claim: ${row.reason}`);
  }
  for (const row of input.chargebacks) {
    if (wanted.has(row.orderId)) addTo(comments, row.orderId, `Chargeback: ${row.reason}`);
  }
}

/** The ASINs of the order rows with their product names, by ASIN. */
export function productChoices(data: ReportData): ProductChoice[] {
  const clean = data.redactor.redact;
  const byAsin = new Map<string, string>();
  for (const { input } of data.marketplaces) {
    for (const row of input.orders) {
      const asin = row.asin.trim().toUpperCase();
      // Most rows repeat an ASIN already taken: only a new one is checked.
      if (!byAsin.has(asin) && /^[A-Z0-9]{10}$/.test(asin))
        byAsin.set(asin, row.productName.trim());
    }
  }
  return [...byAsin.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, productChoiceLimit)
    .map(([asin, productName]) => ({ asin, productName: clean(productName) }));
}
