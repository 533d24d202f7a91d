/**
 * All Orders mixing Amazon.com, Amazon.co.uk and Amazon.ca; feedback, claims and
 * chargebacks without sales-channel. Each marketplace's ODR is counted by hand: its own 60 days in
 * its own zone, ending on its own newest order's day.
 */
import { describe, expect, it } from 'vitest';
import {
  addonIn,
  allOrdersHeader,
  chargebacksHeader,
  claimsHeader,
  feedbackHeader,
  order,
} from '../bundle/trust-harness';

const oid = (p: string, n: number) => `${p}-0000000-${String(n).padStart(7, '0')}`;
const day = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const iso = (s: string) => s.replace('Z', '+00:00');

function reports() {
  const orders: unknown[][] = [allOrdersHeader];
  const feedback: unknown[][] = [feedbackHeader];
  const claims: unknown[][] = [claimsHeader];
  const chargebacks: unknown[][] = [chargebacksHeader];
  const fb = (o: string, stars: number) => feedback.push(['2026-11-10', stars, 'x', '', o, '']);
  // UK: window 2026-09-17..2026-11-15 (London).
  orders.push(
    order(oid('202', 1), iso('2026-09-16T22:30:00Z'), 'Merchant', 'Shipped', 'Amazon.co.uk', 'GBP'),
  );
  orders.push(
    order(oid('202', 2), iso('2026-09-16T23:30:00Z'), 'Merchant', 'Shipped', 'Amazon.co.uk', 'GBP'),
  );
  for (let i = 3; i <= 20; i++) {
    orders.push(
      order(
        oid('202', i),
        iso(`${day('2026-10-26', i - 3)}T12:00:00Z`),
        'Merchant',
        'Shipped',
        'Amazon.co.uk',
        'GBP',
      ),
    );
  }
  orders.push(
    order(
      oid('202', 21),
      iso('2026-11-15T23:30:00Z'),
      'Merchant',
      'Shipped',
      'Amazon.co.uk',
      'GBP',
    ),
  );
  fb(oid('202', 1), 1);
  fb(oid('202', 2), 2);
  claims.push([oid('202', 5), '2026-11-01', 'Granted', 'Item not received', '10']);
  chargebacks.push([oid('202', 6), '2026-11-01', 'Lost', 'Fraud not recognised', '10']);
  fb(oid('202', 6), 1);
  // US: window 2026-09-17..2026-11-15 (Pacific).
  orders.push(order(oid('111', 1), iso('2026-09-17T06:30:00Z')));
  orders.push(order(oid('111', 2), iso('2026-09-17T07:30:00Z')));
  for (let i = 3; i <= 30; i++) {
    orders.push(order(oid('111', i), iso(`${day('2026-10-15', i - 3)}T18:00:00Z`)));
  }
  orders.push(order(oid('111', 31), iso('2026-11-16T06:00:00Z')));
  claims.push([oid('111', 1), '2026-10-01', 'Granted', 'Item not received', '10']);
  chargebacks.push([oid('111', 2), '2026-10-01', 'Lost', 'Not as described', '10']);
  fb(oid('111', 10), 1);
  fb(oid('111', 11), 3);
  // CA: newest 2026-10-31 23:30 Toronto; window 2026-09-02..2026-10-31.
  orders.push(
    order(oid('702', 1), iso('2026-09-02T03:30:00Z'), 'Merchant', 'Shipped', 'Amazon.ca', 'CAD'),
  );
  for (let i = 2; i <= 9; i++) {
    const at = i === 2 ? '2026-09-02T04:30:00Z' : `${day('2026-10-22', i - 3)}T15:00:00Z`;
    orders.push(order(oid('702', i), iso(at), 'Merchant', 'Shipped', 'Amazon.ca', 'CAD'));
  }
  orders.push(
    order(oid('702', 10), iso('2026-11-01T03:30:00Z'), 'Merchant', 'Shipped', 'Amazon.ca', 'CAD'),
  );
  fb(oid('702', 1), 1);
  fb(oid('702', 5), 1);
  return { orders, feedback, claims, chargebacks };
}

const expected = { UK: 3 / 20, US: 2 / 30, CA: 1 / 9 };

describe('ODR of reports mixing three marketplaces', () => {
  for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/London']) {
    it(`each marketplace's ODR, named, in a ${zone} spreadsheet`, () => {
      const { call } = addonIn(zone);
      const r = reports();
      for (const [code, want] of Object.entries(expected)) {
        expect(
          call('ODR', r.orders, r.feedback, r.claims, r.chargebacks, 'MFN', '', code),
        ).toBeCloseTo(want, 12);
      }
      expect(
        call('ODR', r.orders, r.feedback, r.claims, r.chargebacks, 'MFN', '2026-11-15', 'UK'),
      ).toBeCloseTo(3 / 20, 12);
    });
    it(`ACCOUNT_HEALTH without a marketplace, in a ${zone} spreadsheet`, () => {
      const { call } = addonIn(zone);
      const r = reports();
      const table = call(
        'ACCOUNT_HEALTH',
        r.orders,
        undefined,
        undefined,
        r.feedback,
        r.claims,
        r.chargebacks,
      ) as unknown[][];
      const rows = JSON.parse(JSON.stringify(table)) as unknown[][];
      const odr = rows.filter(
        (row) => String(row[1]).startsWith('Order Defect') && row[2] === 'MFN',
      );
      const got = Object.fromEntries(odr.map((row) => [row[0], row[3]]));
      expect(got).toEqual({
        UK: expect.closeTo(3 / 20, 12),
        US: expect.closeTo(2 / 30, 12),
        CA: expect.closeTo(1 / 9, 12),
      });
    });
  }
});
