/**
 * A seller of amazon.com whose sheets already hold US orders starts selling on
 * Amazon.co.uk and imports the UK seller-fulfilled Order Report (GBP, no sales-channel) and the UK
 * shipping confirmations (no sales-channel, confirmation times with an offset). Amazon counts an
 * order late when its confirmation came after latest-ship-date (14:00 UK): 5 of the 10 UK orders
 * were confirmed at 20:00 UK time that day, 5 at 09:00, so LSR is 50%.
 */
import { describe, expect, it } from 'vitest';
import { allOrdersHeader, order, orderReportHeader } from '../bundle/trust-harness';
import { importText, startDashboard } from '../dashboard/helpers';

const tsv = (rows: unknown[][]) => rows.map((r) => r.join('\t')).join('\n');
const d2 = (n: number) => String(n).padStart(2, '0');
const ukId = (i: number) => `202-0000000-${String(i).padStart(7, '0')}`;
const usId = (i: number) => `111-0000000-${String(i).padStart(7, '0')}`;

function usAllOrders() {
  const rows: unknown[][] = [allOrdersHeader];
  for (let i = 1; i <= 10; i++) rows.push(order(usId(i), `2026-11-${d2(i)}T18:00:00+00:00`));
  return tsv(rows);
}
function ukOrderReport() {
  const rows: unknown[][] = [orderReportHeader];
  for (let i = 1; i <= 10; i++) {
    rows.push([
      ukId(i),
      `4000000000000${i}`.slice(0, 14),
      `2026-11-${d2(i)}T10:00:00+00:00`,
      'MUG',
      1,
      'GBP',
      `2026-11-${d2(i)}T14:00:00+00:00`,
      `2026-11-${d2(i + 4)}T23:59:59+00:00`,
    ]);
  }
  return tsv(rows);
}
/** Odd orders confirmed 20:00 UK (late), even ones 09:00 UK, on their ship-by day. */
function ukConfirmations() {
  const rows: unknown[][] = [
    [
      'order-id',
      'order-item-id',
      'quantity',
      'ship-date',
      'carrier-code',
      'tracking-number',
      'ship-confirmation-date',
    ],
  ];
  for (let i = 1; i <= 10; i++) {
    const late = i % 2 === 1;
    const day = `2026-11-${d2(i)}`;
    rows.push([
      ukId(i),
      `4000000000000${i}`.slice(0, 14),
      1,
      day,
      'Royal Mail',
      `RM${String(i).padStart(9, '0')}GB`,
      `${day}T${late ? '20' : '09'}:00:00+00:00`,
    ]);
  }
  return tsv(rows);
}

async function lsr(withUsOrders: boolean, zone = 'America/Los_Angeles') {
  const d = startDashboard(zone);
  if (withUsOrders) await importText(d, 'us-all-orders.txt', usAllOrders());
  const mfn = await importText(d, 'uk-order-report.txt', ukOrderReport());
  const ship = await importText(d, 'uk-confirmations.txt', ukConfirmations());
  const values = (name: string) =>
    d.addon.toRealm(d.host.spreadsheet.sheet(name).getDataRange().getValues());
  const fn = d.addon.globals.LATE_SHIPMENT_RATE as (...a: unknown[]) => unknown;
  return fn(values(mfn.summary.sheetName), values(ship.summary.sheetName), 30, '2026-11-12', 'UK');
}

describe('UK confirmations imported into a spreadsheet that already holds US orders', () => {
  it('control: without US orders in the spreadsheet, LSR is 5 late of 10', async () => {
    expect(await lsr(false)).toBeCloseTo(0.5, 12);
  });
  it('LSR of the UK orders is still 5 late of 10 after US orders were imported first', async () => {
    expect(await lsr(true)).toBeCloseTo(0.5, 12);
  });
  it('same in a London spreadsheet', async () => {
    expect(await lsr(true, 'Europe/London')).toBeCloseTo(0.5, 12);
  });
});

function ukAllOrders() {
  const rows: unknown[][] = [allOrdersHeader];
  for (let i = 1; i <= 10; i++) {
    rows.push(
      order(
        ukId(i),
        `2026-11-${d2(i)}T10:00:00+00:00`,
        'Merchant',
        'Shipped',
        'Amazon.co.uk',
        'GBP',
      ),
    );
  }
  return tsv(rows);
}

describe('UK Order Report imported while the order sheets hold only US orders', () => {
  for (const zone of ['America/Los_Angeles', 'Asia/Tokyo']) {
    it(`LSR of the UK orders is 5 late of 10 (US All Orders, UK Order Report, UK All Orders, UK confirmations; ${zone} spreadsheet)`, async () => {
      const d = startDashboard(zone);
      await importText(d, 'us-all-orders.txt', usAllOrders());
      const mfn = await importText(d, 'uk-order-report.txt', ukOrderReport());
      await importText(d, 'uk-all-orders.txt', ukAllOrders());
      const ship = await importText(d, 'uk-confirmations.txt', ukConfirmations());
      const values = (name: string) =>
        d.addon.toRealm(d.host.spreadsheet.sheet(name).getDataRange().getValues());
      const fn = d.addon.globals.LATE_SHIPMENT_RATE as (...a: unknown[]) => unknown;
      expect(
        fn(values(mfn.summary.sheetName), values(ship.summary.sheetName), 30, '2026-11-12', 'UK'),
      ).toBeCloseTo(0.5, 12);
    });
  }
  it('the UK Order Report shows its orders at the UK wall clock (purchase 10:00, ship by 14:00)', async () => {
    const d = startDashboard('America/Los_Angeles');
    await importText(d, 'us-all-orders.txt', usAllOrders());
    const mfn = await importText(d, 'uk-order-report.txt', ukOrderReport());
    const sheet = d.host.spreadsheet.sheet(mfn.summary.sheetName);
    expect(sheet.getRange('C2').getDisplayValue()).toBe('2026-11-01 10:00:00');
    expect(sheet.getRange('G2').getDisplayValue()).toBe('2026-11-01 14:00:00');
  });
});
