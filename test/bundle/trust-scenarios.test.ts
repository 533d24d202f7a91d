/**
 * Scenarios a tester found, against the built bundle (dist/, built with `npx tsx scripts/build.ts`).
 * Each test asserts what a seller would check: the right number against
 * Amazon's definitions, or a bad row named rather than silently lost.
 * Every test here failed before its fix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addonIn,
  allOrdersHeader,
  chargebacksHeader,
  claimsHeader,
  feedbackHeader,
  id,
  order,
  orderReportHeader,
  shipHeader,
} from './trust-harness';

let call: (name: string, ...args: unknown[]) => unknown;
beforeAll(() => {
  ({ call } = addonIn('America/Los_Angeles'));
});

/** yyyy-mm-dd of 2026-10-01 + i days. */
const day = (i: number) =>
  new Date(Date.UTC(2026, 9, 1) + i * 86_400_000).toISOString().slice(0, 10);

/** 50 seller-fulfilled amazon.com orders, one a day from 1 October 2026 (20:00 UTC). */
function fiftyOrders(): unknown[][] {
  const rows: unknown[][] = [allOrdersHeader];
  for (let i = 0; i < 50; i++) rows.push(order(id('111', i), `${day(i)}T20:00:00+00:00`));
  return rows;
}

function row(table: unknown[][], metric: RegExp, channel?: string): unknown[] {
  const found = table.find(
    (r) => metric.test(String(r[0])) && (channel === undefined || r[1] === channel),
  );
  if (!found) throw new Error(`no row ${metric} ${channel ?? ''} in ${JSON.stringify(table)}`);
  return found;
}

describe('VTR: the same shipping confirmations pasted twice', () => {
  // Orders 0..49 confirmed the day after they were placed; order 49's row has no tracking number.
  const ships: unknown[][] = [shipHeader];
  for (let i = 0; i < 50; i++) {
    ships.push([
      id('111', i),
      '',
      '',
      day(i + 1),
      'UPS',
      '',
      i === 49 ? '' : `1Z${1000 + i}`,
      'Ground',
    ]);
  }

  it('counts the untracked package once, as the tracked ones are (29 of 30 = 96.7%)', () => {
    const once = call('VALID_TRACKING_RATE', fiftyOrders(), ships, '2026-11-20');
    expect(once).toBeCloseTo(29 / 30, 10);
    // A week's file pasted below the last one (or the same download imported twice by paste):
    // the 29 tracked packages merge, the untracked one becomes two invalid packages (29/31).
    const twice = call(
      'VALID_TRACKING_RATE',
      fiftyOrders(),
      [...ships, ...ships.slice(1)],
      '2026-11-20',
    );
    expect(twice).toBeCloseTo(29 / 30, 10);
  });

  it('counts an untracked two-item order shipped in one package once', () => {
    // Order 49 had two items, confirmed on two rows (order-item-id given), no tracking number.
    const twoItems = [
      ...ships.slice(0, 50),
      [id('111', 49), '10000000000001', 1, day(50), 'UPS', '', '', 'Ground'],
      [id('111', 49), '10000000000002', 1, day(50), 'UPS', '', '', 'Ground'],
    ];
    expect(call('VALID_TRACKING_RATE', fiftyOrders(), twoItems, '2026-11-20')).toBeCloseTo(
      29 / 30,
      10,
    );
  });
});

describe("ODR: a row of Amazon's ODR download without a channel column", () => {
  it('is counted in one channel, not in both the MFN and the AFN Order Defect Rate', () => {
    const orders = fiftyOrders();
    for (let i = 0; i < 10; i++)
      orders.push(order(id('222', i), `${day(i + 30)}T20:00:00+00:00`, 'Amazon'));
    // One defect, for an order the orders report does not list (placed inside the window).
    const download = [
      ['Order Date', 'Order ID', 'Defect Type'],
      ['2026-11-10', id('999', 1), 'Negative feedback'],
    ];
    const table = call(
      'ACCOUNT_HEALTH',
      orders,
      [],
      [],
      download,
      [claimsHeader],
      [chargebacksHeader],
      '2026-11-20',
    ) as unknown[][];
    const mfn = row(table, /^Order Defect Rate/, 'MFN');
    const afn = row(table, /^Order Defect Rate/, 'AFN');
    // The download is made per channel and has no channel column; with both channels in the
    // orders, its row is neither's, and the table says so (before: 1/51 MFN and 1/11 AFN).
    expect(Number(mfn[5]) + Number(afn[5])).toBe(0);
    expect(JSON.stringify(table)).toContain(
      'row 2 of the Account Health ODR download: order in no order report, and the download has no channel',
    );
  });

  it('is the only channel’s when the orders have one channel', () => {
    const download = [
      ['Order Date', 'Order ID', 'Defect Type'],
      ['2026-11-10', id('999', 1), 'Negative feedback'],
    ];
    const table = call(
      'ACCOUNT_HEALTH',
      fiftyOrders(),
      [],
      [],
      download,
      [claimsHeader],
      [chargebacksHeader],
      '2026-11-20',
    ) as unknown[][];
    const mfn = row(table, /^Order Defect Rate/, 'MFN');
    expect([mfn[5], mfn[6]]).toEqual([1, 51]);
    expect(JSON.stringify(table)).not.toContain('not counted');
  });
});

describe('LSR: an order due on the as-of day and not yet confirmed', () => {
  // Seller-fulfilled Order Report: orders placed on 1–9 November 2026 (PST), each to ship by
  // 23:59:59 Pacific the same day. Orders 0–7 confirmed on their ship-by day; order 8 (placed on
  // 9 November, the newest order, so the default as-of day) is not confirmed yet.
  const orderReport: unknown[][] = [orderReportHeader];
  const ships: unknown[][] = [shipHeader];
  for (let i = 0; i < 9; i++) {
    const d = day(31 + i); // 2026-11-01 + i
    const next = day(32 + i);
    orderReport.push([
      id('112', i),
      `1000000000000${i}`,
      `${d}T17:00:00+00:00`,
      'SKU-A',
      1,
      'USD',
      `${next}T07:59:59+00:00`,
      `${day(35 + i)}T07:59:59+00:00`,
    ]);
    if (i < 8) ships.push([id('112', i), '', '', d, 'UPS', '', `1Z${i}`, 'Ground']);
  }

  it('is still to ship (ORDERS_TO_SHIP: 0 days left), so LSR does not count it late', () => {
    const toShip = call('ORDERS_TO_SHIP', [], orderReport, ships) as unknown[][];
    expect(toShip[1]?.[0]).toBe(id('112', 8));
    expect(toShip[1]?.[2]).toBe(0);
    // None of the nine orders shipped late. Actual: 1 of 9 (11.1%), "not confirmed by the ship-by date".
    expect(call('LATE_SHIPMENT_RATE', orderReport, ships, 10)).toBe(0);
  });
});

describe('ODR: defects on orders the orders report does not list, one marketplace', () => {
  it('are named (report, row), as they are when the reports mix marketplaces', () => {
    const claims = [
      claimsHeader,
      [id('111', 777), '2026-11-10', 'Granted', 'Item not received', '10'],
    ];
    const table = call(
      'ACCOUNT_HEALTH',
      fiftyOrders(),
      [],
      [],
      [feedbackHeader],
      claims,
      [chargebacksHeader],
      '2026-11-20',
    );
    const problems = call('REPORT_PROBLEMS', fiftyOrders(), [], [], [feedbackHeader], claims, [
      chargebacksHeader,
    ]);
    // With an amazon.ca order added the same claim is listed under ACCOUNT_HEALTH's table:
    // "claims: row 2 of the A-to-z Guarantee claims list: order in no order report …; not counted."
    // With one marketplace it is dropped without a word: ODR 0 of 50, REPORT_PROBLEMS "".
    expect(`${JSON.stringify(table)} ${JSON.stringify(problems)}`).toMatch(
      /claims: row 2 of the A-to-z Guarantee claims list/,
    );
  });
});

describe('Order IDs copied with an invisible or stray character', () => {
  const cases: [string, string][] = [
    ['a zero-width space after it', `${id('111', 45)}\u200B`],
    ['a full stop after it', `${id('111', 45)}.`],
    ['a letter O typed for a zero', '111-0000000-0000O45'],
    ['"Order ID:" before it', `Order ID: ${id('111', 45)}`],
    ['"Order #" before it', `Order #${id('111', 45)}`],
  ];
  it.each(cases)(
    'feedback whose Order ID has %s joins its order or is named',
    (_label, orderId) => {
      const feedback = [feedbackHeader, ['11/12/26', 1, 'Arrived broken', '', orderId, '']];
      let result: unknown;
      try {
        result = call(
          'ODR',
          fiftyOrders(),
          feedback,
          [claimsHeader],
          [chargebacksHeader],
          'MFN',
          '2026-11-20',
        );
      } catch (error) {
        result = (error as Error).message;
      }
      // Right: 1 of 50 (the 1-star feedback on order 45), or an error naming row 2, column "Order ID".
      // Actual for the zero-width space and the full stop: 0, the defect silently lost.
      if (typeof result === 'string')
        expect(result).toMatch(/row 2 of the Seller Feedback report, column "Order ID"/);
      else expect(result).toBeCloseTo(1 / 50, 10);
    },
  );
});

describe('Window start on a day whose midnight does not exist (America/Sao_Paulo, 2018-11-04)', () => {
  it('leaves out an order placed at 23:30 the day before the window starts', () => {
    // Brazil's clocks went from 00:00 to 01:00 on 4 November 2018, so that day starts at 01:00
    // BRST (03:00 UTC). A 60-day window ending 2019-01-02 starts on 2018-11-04.
    const orders: unknown[][] = [allOrdersHeader];
    for (let i = 0; i < 70; i++) {
      const d = new Date(Date.UTC(2018, 8, 6) + i * 86_400_000).toISOString().slice(0, 10);
      orders.push(
        order(id('701', i), `${d}T15:00:00+00:00`, 'Merchant', 'Shipped', 'Amazon.com.br', 'BRL'),
      );
    }
    // 2018-11-03 23:30 BRT (UTC-3): 2018-11-04T02:30Z, a day before the window.
    orders.push(
      order(
        id('701', 900),
        '2018-11-04T02:30:00+00:00',
        'Merchant',
        'Shipped',
        'Amazon.com.br',
        'BRL',
      ),
    );
    const feedback = [feedbackHeader, ['05/11/2018', 1, 'ruim', '', id('701', 900), '']];
    const table = call(
      'ACCOUNT_HEALTH',
      orders,
      [],
      [],
      feedback,
      [claimsHeader],
      [chargebacksHeader],
      '2019-01-02',
    ) as unknown[][];
    const odr = row(table, /^Order Defect Rate/, 'MFN');
    expect(odr[7]).toBe('2018-11-04');
    // Orders of 4–14 November: 11, none defective. Actual: 1 of 12 (the 3 November order counted).
    expect([odr[5], odr[6]]).toEqual([0, 11]);
  });
});

describe('LSR from the seller-fulfilled Order Report with no confirmation rows', () => {
  // The Order Report has no order status: without confirmations nothing says which orders shipped.
  const orderReport: unknown[][] = [orderReportHeader];
  for (let i = 0; i < 20; i++) {
    orderReport.push([
      id('112', i),
      `1000000000000${i}`,
      `${day(i)}T17:00:00+00:00`,
      'SKU-A',
      1,
      'USD',
      `${day(i + 1)}T07:59:59+00:00`,
      `${day(i + 4)}T07:59:59+00:00`,
    ]);
  }

  it('LATE_SHIPMENT_RATE asks for the confirmations instead of calling every order late', () => {
    expect(() => call('LATE_SHIPMENT_RATE', orderReport, [shipHeader], 30)).toThrow(
      /needs your shipping confirmations .* with at least one row/,
    );
  });

  it('ACCOUNT_HEALTH leaves LSR out instead of showing a 100% breach', () => {
    for (const shipments of ['', [shipHeader]]) {
      const table = call('ACCOUNT_HEALTH', '', orderReport, shipments) as unknown[][];
      expect(table.map((r) => String(r[0]))).not.toContain('Late Shipment Rate (30 days)');
      expect(table.map((r) => String(r[0]))).toContain('Order Defect Rate (60 days)');
      expect(JSON.stringify(table)).toContain('Late Shipment Rate left out');
    }
  });

  it('CANCELLATION_RATE asks for the All Orders report instead of a silent 0%', () => {
    expect(() => call('CANCELLATION_RATE', orderReport, 7)).toThrow(
      /Cancel Rate needs the All Orders report \(with order-status\)/,
    );
  });

  it('ACCOUNT_HEALTH leaves the cancel rate out, saying why, and shows it with All Orders', () => {
    const table = call('ACCOUNT_HEALTH', '', orderReport, '') as unknown[][];
    const labels = table.map((r) => String(r[0]));
    expect(labels.some((l) => l.startsWith('Pre-fulfillment Cancel Rate'))).toBe(false);
    expect(JSON.stringify(table)).toContain(
      'Pre-fulfillment Cancel Rate left out: the Order Report does not say which orders were cancelled',
    );
    // The same orders in an All Orders report, one of the last 7 days cancelled: 1 of 7.
    const allOrders: unknown[][] = [
      ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel'],
      ...orderReport
        .slice(1)
        .map((r, i) => [r[0], r[2], i === 19 ? 'Cancelled' : 'Shipped', 'Merchant']),
    ];
    const withStatuses = call('ACCOUNT_HEALTH', allOrders, orderReport, '') as unknown[][];
    const cancel = withStatuses.find((r) => String(r[0]).startsWith('Pre-fulfillment Cancel Rate'));
    expect(cancel?.[2]).toBeCloseTo(1 / 7, 10);
    expect(JSON.stringify(withStatuses)).not.toContain('Cancel Rate left out');
  });
});

describe('order IDs copied with a # or an invisible character, with two marketplaces', () => {
  it('join their orders in the marketplace split as they do with one marketplace', () => {
    const claims = [
      claimsHeader,
      [`#${id('111', 45)}`, '2026-11-10', 'Granted', 'Item not received', '10'],
      [`${id('111', 44)}\u200B`, '2026-11-10', 'Granted', 'Item not received', '10'],
    ];
    const orders = fiftyOrders();
    orders.push(
      order(id('702', 1), `${day(40)}T20:00:00+00:00`, 'Merchant', 'Shipped', 'Amazon.ca', 'CAD'),
    );
    const table = call(
      'ACCOUNT_HEALTH',
      orders,
      [],
      [],
      [feedbackHeader],
      claims,
      [chargebacksHeader],
      '2026-11-20',
    ) as unknown[][];
    const us = table.find((r) => r[0] === 'US' && /^Order Defect Rate/.test(String(r[1])));
    expect(us?.slice(6, 8)).toEqual([2, 50]);
    expect(JSON.stringify(table)).not.toContain('not counted');
  });
});

describe('a download row and a claim on one unlisted order', () => {
  const download = [
    ['Order Date', 'Order ID', 'Defect Type'],
    ['2026-11-10', id('999', 1), 'A-to-z claim'],
  ];
  const claims = [claimsHeader, [id('999', 1), '2026-11-12', 'Granted', 'Item not received', '10']];

  it('is counted once through the download, and not also named as not counted', () => {
    const table = call(
      'ACCOUNT_HEALTH',
      fiftyOrders(),
      [],
      [],
      download,
      claims,
      [chargebacksHeader],
      '2026-11-20',
    ) as unknown[][];
    expect(row(table, /^Order Defect Rate/, 'MFN').slice(5, 7)).toEqual([1, 51]);
    expect(JSON.stringify(table)).not.toContain('not counted');
  });

  it('ODR of each channel agrees with ACCOUNT_HEALTH when the orders have both channels', () => {
    const orders = fiftyOrders();
    for (let i = 0; i < 10; i++)
      orders.push(order(id('222', i), `${day(i + 30)}T20:00:00+00:00`, 'Amazon'));
    const mfn = call(
      'ODR',
      orders,
      download,
      [claimsHeader],
      [chargebacksHeader],
      'MFN',
      '2026-11-20',
    );
    const afn = call(
      'ODR',
      orders,
      download,
      [claimsHeader],
      [chargebacksHeader],
      'AFN',
      '2026-11-20',
    );
    expect([mfn, afn]).toEqual([0, 0]);
  });
});
