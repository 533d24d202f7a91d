/**
 * Settings say US; the seller imports an All Orders file of Amazon.com and
 * Amazon.co.uk orders (the README: B3 shows the Settings marketplace, typing UK switches to it).
 * UK orders placed at 05:00 UK time on 1-10 Nov, those of 4 Nov and 3 Nov cancelled by the seller:
 * the UK 7-day cancel rate to 10 Nov (orders of 4-10 Nov, UK days) is 1 of 7.
 */
import { describe, expect, it } from 'vitest';
import { allOrdersHeader, order } from '../bundle/trust-harness';
import { importText, startDashboard } from '../dashboard/helpers';

const d2 = (n: number) => String(n).padStart(2, '0');
function mixedFile(): string {
  const rows: unknown[][] = [allOrdersHeader];
  for (let i = 1; i <= 10; i++) {
    rows.push(
      order(`111-0000000-${String(i).padStart(7, '0')}`, `2026-11-${d2(i)}T18:00:00+00:00`),
    );
    const status = i === 3 || i === 4 ? 'Cancelled' : 'Shipped';
    rows.push(
      order(
        `202-0000000-${String(i).padStart(7, '0')}`,
        `2026-11-${d2(i)}T05:00:00+00:00`,
        'Merchant',
        status,
        'Amazon.co.uk',
        'GBP',
      ),
    );
  }
  return rows.map((r) => r.join('\t')).join('\n');
}

describe('a US+UK All Orders file imported with Settings = US', () => {
  for (const settings of [null, 'US', 'UK']) {
    it(`UK cancel rate is 1 of 7 (Settings ${settings ?? 'automatic'})`, async () => {
      const d = startDashboard('America/Los_Angeles');
      if (settings) {
        d.host.properties.document.setProperty(
          'sellerHealth.settings',
          JSON.stringify({ marketplace: settings, nearMargin: 0.2 }),
        );
      }
      const outcome = await importText(d, 'all-orders.txt', mixedFile());
      const values = d.addon.toRealm(
        d.host.spreadsheet.sheet(outcome.summary.sheetName).getDataRange().getValues(),
      );
      const fn = d.addon.globals.CANCELLATION_RATE as (...a: unknown[]) => unknown;
      expect(fn(values, 7, '2026-11-10', 'UK')).toBeCloseTo(1 / 7, 12);
      expect(fn(values, 7, '2026-11-10', 'US')).toBeCloseTo(0, 12);
    });
  }
});
