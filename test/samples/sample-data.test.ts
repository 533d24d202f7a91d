import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defaultSampleOptions,
  generateSampleReports,
  type SampleOptions,
  type SampleReports,
  sampleFiles,
  toTsv,
} from '../../scripts/sample-data';

// Header rows as written in shared/reference/amazon-metrics.md (3.1, 3.2, 3.4, 3.5) and the
// brief for the extra columns; typed out here rather than imported, so a change shows up.
const documentedHeaders: Record<keyof SampleReports, string> = {
  allOrders:
    'amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\torder-channel\turl\tship-service-level\tproduct-name\tsku\tasin\titem-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\titem-promotion-discount\tship-promotion-discount\tship-city\tship-state\tship-postal-code\tship-country\tpromotion-ids\tis-business-order\tpurchase-order-number\tprice-designation\tis-buyer-requested-cancelation',
  sellerFulfilledOrders:
    'order-id\torder-item-id\tpurchase-date\tpayments-date\tbuyer-email\tbuyer-name\tbuyer-phone-number\tsku\tproduct-name\tquantity-purchased\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tship-service-level\tship-service-name\trecipient-name\tship-address-1\tship-address-2\tship-address-3\tship-city\tship-state\tship-postal-code\tship-country\tship-phone-number\tdelivery-start-date\tdelivery-end-date\tdelivery-time-zone\tdelivery-Instructions\torder-channel\torder-channel-instance\texternal-order-id\tearliest-ship-date\tlatest-ship-date\tearliest-delivery-date\tlatest-delivery-date\tis-business-order\tpurchase-order-number\tprice-designation\tfulfilled-by\tshipment-status\tis-buyer-requested-cancelation',
  shippingConfirmations:
    'order-id\torder-item-id\tquantity\tship-date\tcarrier-code\tcarrier-name\ttracking-number\tship-method\tship-confirmation-date\ttracking-valid\tdelivered-date',
  fbaShipments:
    'amazon-order-id\tmerchant-order-id\tshipment-id\tshipment-item-id\tamazon-order-item-id\tmerchant-order-item-id\tpurchase-date\tpayments-date\tshipment-date\treporting-date\tbuyer-email\tbuyer-name\tbuyer-phone-number\tsku\tproduct-name\tquantity-shipped\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\tship-service-level\trecipient-name\tship-address-1\tship-address-2\tship-address-3\tship-city\tship-state\tship-postal-code\tship-country\tship-phone-number\tbill-address-1\tbill-address-2\tbill-address-3\tbill-city\tbill-state\tbill-postal-code\tbill-country\titem-promotion-discount\tship-promotion-discount\tcarrier\ttracking-number\testimated-arrival-date\tfulfillment-center-id\tfulfillment-channel\tsales-channel',
  feedback: 'Date\tRating\tComments\tYour Response\tOrder ID\tRater Email',
  claims: 'order-id\tclaim-date\tclaim-status\tclaim-reason\tclaim-amount',
  chargebacks: 'order-id\tchargeback-date\tchargeback-status\tchargeback-reason\tchargeback-amount',
};

const kinds = Object.keys(documentedHeaders) as (keyof SampleReports)[];

const small: SampleOptions = { seed: 42, orders: 900, days: 45, endDay: '2026-06-30' };
const sample = generateSampleReports(defaultSampleOptions);

/** Rows of a table as objects keyed by header name. */
function records(table: string[][]): Record<string, string>[] {
  const [header, ...rows] = table;
  if (!header) throw new Error('table without a header');
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

function allTsv(reports: SampleReports): string {
  return kinds.map((k) => toTsv(reports[k])).join('\f');
}

const allOrders = records(sample.allOrders);
const sellerOrders = records(sample.sellerFulfilledOrders);
const confirmations = records(sample.shippingConfirmations);
const fba = records(sample.fbaShipments);
const feedback = records(sample.feedback);
const claims = records(sample.claims);
const chargebacks = records(sample.chargebacks);
const orderById = new Map(allOrders.map((r) => [r['amazon-order-id'], r]));

describe('determinism', () => {
  it('gives byte-identical output for the same options', () => {
    expect(allTsv(generateSampleReports(small))).toBe(allTsv(generateSampleReports(small)));
    expect(allTsv(generateSampleReports(defaultSampleOptions))).toBe(allTsv(sample));
  });

  it('gives different output for a different seed', () => {
    const a = generateSampleReports(small);
    const b = generateSampleReports({ ...small, seed: 43 });
    for (const kind of kinds) {
      expect(toTsv(a[kind]), kind).not.toBe(toTsv(b[kind]));
    }
  });

  it('matches the committed samples/*.tsv (regenerate with npm run samples)', () => {
    for (const kind of kinds) {
      const file = new URL(`../../samples/${sampleFiles[kind]}`, import.meta.url);
      expect(readFileSync(file, 'utf8') === toTsv(sample[kind]), sampleFiles[kind]).toBe(true);
    }
  });
});

describe('table shape', () => {
  it('has exactly the documented header rows', () => {
    for (const kind of kinds) {
      expect(sample[kind][0]?.join('\t'), kind).toBe(documentedHeaders[kind]);
    }
    expect(sample.allOrders[0]).toHaveLength(33);
  });

  it('has rows as wide as the header and cells without tabs or line breaks', () => {
    const bad: string[] = [];
    for (const kind of kinds) {
      const width = sample[kind][0]?.length;
      sample[kind].forEach((row, i) => {
        if (row.length !== width) bad.push(`${kind} row ${i + 1}: ${row.length} cells`);
        for (const cell of row)
          if (/[\t\r\n]/.test(cell)) bad.push(`${kind} row ${i + 1}: ${cell}`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('writes TSV with \\n line ends', () => {
    expect(
      toTsv([
        ['a', 'b'],
        ['1', ''],
      ]),
    ).toBe('a\tb\n1\t\n');
  });

  it('writes only the header rows when there are no orders', () => {
    const empty = generateSampleReports({ ...small, orders: 0 });
    for (const kind of kinds) expect(empty[kind], kind).toHaveLength(1);
  });

  it('rejects options it cannot honour', () => {
    expect(() => generateSampleReports({ ...small, endDay: '2026-02-30' })).toThrow();
    expect(() => generateSampleReports({ ...small, days: 0 })).toThrow();
    expect(() => generateSampleReports({ ...small, orders: -1 })).toThrow();
  });
});

describe('default sample contents', () => {
  it('has the expected numbers of orders and rows', () => {
    expect(orderById.size).toBe(3000);
    const between = (n: number, lo: number, hi: number) => n >= lo && n <= hi;
    expect(between(allOrders.length, 3300, 3900), `all orders ${allOrders.length}`).toBe(true);
    expect(between(sellerOrders.length, 1900, 2700), `MFN ${sellerOrders.length}`).toBe(true);
    expect(between(confirmations.length, 1800, 2600), `conf ${confirmations.length}`).toBe(true);
    expect(between(fba.length, 900, 1500), `FBA ${fba.length}`).toBe(true);
    expect(between(feedback.length, 100, 300), `feedback ${feedback.length}`).toBe(true);
    expect(between(claims.length, 5, 40), `claims ${claims.length}`).toBe(true);
    expect(between(chargebacks.length, 2, 25), `chargebacks ${chargebacks.length}`).toBe(true);
  });

  it('has multi-item orders (about 15%)', () => {
    const rowsPerOrder = new Map<string, number>();
    for (const r of allOrders) {
      const id = r['amazon-order-id'] as string;
      rowsPerOrder.set(id, (rowsPerOrder.get(id) ?? 0) + 1);
    }
    const multi = [...rowsPerOrder.values()].filter((n) => n > 1).length;
    expect(multi / rowsPerOrder.size).toBeGreaterThan(0.1);
    expect(multi / rowsPerOrder.size).toBeLessThan(0.2);
    expect(Math.max(...rowsPerOrder.values())).toBe(3);
  });

  it('has both channels, about 35% AFN', () => {
    const channels = new Map<string, string>();
    for (const r of allOrders) {
      channels.set(r['amazon-order-id'] as string, r['fulfillment-channel'] as string);
    }
    const values = [...channels.values()];
    expect(new Set(values)).toEqual(new Set(['Amazon', 'Merchant']));
    const afn = values.filter((v) => v === 'Amazon').length / values.length;
    expect(afn).toBeGreaterThan(0.28);
    expect(afn).toBeLessThan(0.42);
  });

  it('uses Amazon-shaped IDs and values', () => {
    for (const r of allOrders) {
      expect(r['amazon-order-id']).toMatch(/^\d{3}-\d{7}-\d{7}$/);
      expect(r.asin).toMatch(/^B0[A-Z0-9]{8}$/);
      expect(r['purchase-date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
      expect(r['is-buyer-requested-cancelation']).toMatch(/^(TRUE|FALSE)$/);
    }
    const statuses = new Set(allOrders.map((r) => r['order-status']));
    for (const s of ['Shipped', 'Pending', 'Unshipped', 'Cancelled']) expect(statuses).toContain(s);
    expect(new Set(allOrders.map((r) => r.sku)).size).toBe(25);
    for (const r of sellerOrders) expect(r['order-item-id']).toMatch(/^\d{14}$/);
    for (const r of fba) expect(r['amazon-order-item-id']).toMatch(/^\d{14}$/);
    for (const r of confirmations) {
      expect(r['ship-date']).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(r['ship-confirmation-date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      expect(r['tracking-valid']).toMatch(/^(TRUE|FALSE)$/);
    }
  });

  it('keeps the order IDs unique per order and order-item IDs unique', () => {
    const itemIds = [
      ...sellerOrders.map((r) => r['order-item-id']),
      ...fba.map((r) => r['amazon-order-item-id']),
    ];
    expect(new Set(itemIds).size).toBe(itemIds.length);
  });

  it('has cancellations by the seller and buyer-requested ones', () => {
    const cancelled = allOrders.filter((r) => r['order-status'] === 'Cancelled');
    const flags = new Set(cancelled.map((r) => r['is-buyer-requested-cancelation']));
    expect(flags).toEqual(new Set(['TRUE', 'FALSE']));
  });

  it('lists only MFN orders in the seller-fulfilled report and only AFN ones in FBA shipments', () => {
    for (const r of sellerOrders) {
      expect(orderById.get(r['order-id'] as string)?.['fulfillment-channel']).toBe('Merchant');
    }
    for (const r of fba) {
      expect(orderById.get(r['amazon-order-id'] as string)?.['fulfillment-channel']).toBe('Amazon');
    }
  });

  it('confirms only items of seller-fulfilled orders', () => {
    const items = new Set(sellerOrders.map((r) => `${r['order-id']} ${r['order-item-id']}`));
    for (const r of confirmations) {
      expect(items.has(`${r['order-id']} ${r['order-item-id']}`)).toBe(true);
    }
  });

  it('has carriers, typed-in Other carriers, missing tracking and late confirmations', () => {
    const codes = new Set(confirmations.map((r) => r['carrier-code']));
    for (const c of ['USPS', 'UPS', 'FedEx', 'Other']) expect(codes).toContain(c);
    for (const r of confirmations) {
      expect(r['carrier-name'] !== '', r['carrier-code']).toBe(r['carrier-code'] === 'Other');
    }
    expect(confirmations.some((r) => r['tracking-number'] === '')).toBe(true);
    expect(confirmations.some((r) => r['tracking-valid'] === 'FALSE')).toBe(true);
    expect(confirmations.some((r) => r['delivered-date'] === '')).toBe(true);
    const latestShip = new Map(sellerOrders.map((r) => [r['order-id'], r['latest-ship-date']]));
    const late = confirmations.filter(
      (r) =>
        Date.parse(r['ship-confirmation-date'] as string) >
        Date.parse(latestShip.get(r['order-id']) as string),
    );
    expect(late.length).toBeGreaterThan(0);
  });

  it('has feedback of every rating, claims of every status, fraud and service chargebacks', () => {
    expect(new Set(feedback.map((r) => r.Rating))).toEqual(new Set(['1', '2', '3', '4', '5']));
    expect(new Set(claims.map((r) => r['claim-status']))).toEqual(
      new Set(['Granted', 'Pending', 'Denied', 'Withdrawn']),
    );
    const reasons = chargebacks.map((r) => r['chargeback-reason'] as string);
    expect(reasons.some((r) => /fraud/i.test(r))).toBe(true);
    expect(reasons.some((r) => !/fraud/i.test(r))).toBe(true);
  });
});

describe('defects refer to real orders, after the order', () => {
  const purchase = (id: string): number => {
    const order = orderById.get(id);
    expect(order, id).toBeDefined();
    return Date.parse(order?.['purchase-date'] as string);
  };

  it('claims and chargebacks', () => {
    for (const r of [...claims, ...chargebacks]) {
      const id = (r['order-id'] ?? '') as string;
      const date = r['claim-date'] ?? r['chargeback-date'];
      expect(Date.parse(date as string)).toBeGreaterThan(purchase(id));
    }
  });

  it('feedback, in M/d/yy, none for the last days of orders', () => {
    const newest = Math.max(...allOrders.map((r) => Date.parse(r['purchase-date'] as string)));
    for (const r of feedback) {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d\d)$/.exec(r.Date as string);
      expect(m, r.Date).not.toBeNull();
      const day = Date.UTC(2000 + Number(m?.[3]), Number(m?.[1]) - 1, Number(m?.[2]));
      const ordered = purchase(r['Order ID'] as string);
      expect(day).toBeGreaterThan(ordered);
      expect(newest - ordered).toBeGreaterThan(4 * 86_400_000);
    }
  });
});

describe('fake personal data', () => {
  it('uses only .example.invalid e-mails, 555-01xx phones and invented streets', () => {
    const emails = [
      ...sellerOrders.map((r) => r['buyer-email']),
      ...fba.map((r) => r['buyer-email']),
      ...feedback.map((r) => r['Rater Email']),
    ];
    for (const e of emails) expect(e).toMatch(/^[a-z0-9]+@marketplace\.example\.invalid$/);
    const phones = [...sellerOrders, ...fba].flatMap((r) => [
      r['buyer-phone-number'],
      r['ship-phone-number'],
    ]);
    for (const p of phones) expect(p).toMatch(/^\+1 555-01\d\d$/);
    for (const r of [...sellerOrders, ...fba]) {
      expect(r['ship-address-1']).toMatch(
        /^\d{1,3} (Example Street|Sample Road|Placeholder Avenue|Test Lane|Fictional Way|Madeup Court)$/,
      );
    }
    const names = new Set(
      [...sellerOrders, ...fba].flatMap((r) => [r['buyer-name'], r['recipient-name']]),
    );
    expect(names.size).toBeLessThanOrEqual(14);
  });
});

describe('other marketplaces', () => {
  it('writes the UK feedback date as d/M/yyyy with its sales channel and currency', () => {
    const uk = generateSampleReports({ ...small, marketplace: 'UK' });
    const row = records(uk.allOrders)[0];
    expect(row?.['sales-channel']).toBe('Amazon.co.uk');
    expect(row?.currency).toBe('GBP');
    for (const r of records(uk.feedback)) expect(r.Date).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
  });

  it('writes the JP feedback date as yyyy/mm/dd and yen without decimals', () => {
    const jp = generateSampleReports({ ...small, marketplace: 'JP' });
    for (const r of records(jp.feedback)) expect(r.Date).toMatch(/^\d{4}\/\d\d\/\d\d$/);
    for (const r of records(jp.allOrders)) expect(r['item-price']).toMatch(/^\d+$/);
  });
});

describe('benchmark size', () => {
  // The benchmark generates about 100,000 item rows; how long that takes is not a test's business.
  it('generates about 100,000 order item rows from 83,000 orders', () => {
    const big = generateSampleReports({ ...defaultSampleOptions, orders: 83_000 });
    expect(big.allOrders.length).toBeGreaterThan(95_000);
  });
});
