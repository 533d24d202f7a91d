/**
 * Issue 8.1, 8.4 and 8.5 through the built add-on, on the sample reports: a date that cannot be
 * right (a year mistyped, 9999-12-31, year 26, an amount of 400 nines) is a row problem naming the
 * report, the column and the row, in every custom function; it never moves a rate silently, never
 * stretches a span, and never surfaces as an internal message.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon } from '../../host';
import { trendDays } from '../../src/core/analysis/trends';
import { sampleReports } from '../generated-reports';

const root = join(__dirname, '../..');

type Ranges = Omit<ReturnType<typeof sampleReports>, 'odrDefects'>;
const samples: Ranges = sampleReports();

let addon: LoadedAddon;
beforeAll(() => {
  addon = createLocalHost().load(join(root, 'dist'));
});

/** What each custom function shows: its value, or the message of what it threw. */
function everyFunction(r: Ranges, asOf?: unknown): Record<string, unknown> {
  const call = (name: string, ...args: unknown[]) => {
    try {
      return JSON.parse(JSON.stringify(addon.globals[name]?.(...addon.toRealm(args))));
    } catch (error) {
      return { threw: (error as Error).message, type: (error as Error).name };
    }
  };
  const defects = [r.feedback, r.claims, r.chargebacks];
  const all = [r.orders, r.mfnOrders, r.shipments, ...defects];
  return {
    ODR: call('ODR', r.orders, ...defects, 'MFN', asOf),
    LATE_SHIPMENT_RATE: call('LATE_SHIPMENT_RATE', r.mfnOrders, r.shipments, 30, asOf),
    CANCELLATION_RATE: call('CANCELLATION_RATE', r.orders, 7, asOf),
    VALID_TRACKING_RATE: call('VALID_TRACKING_RATE', r.orders, r.shipments, asOf),
    ON_TIME_DELIVERY_RATE: call('ON_TIME_DELIVERY_RATE', r.mfnOrders, r.shipments, '', asOf),
    ACCOUNT_HEALTH: call('ACCOUNT_HEALTH', ...all, asOf),
    RECOVERY_PLAN: call('RECOVERY_PLAN', ...all, asOf),
    HEALTH_TRENDS: call('HEALTH_TRENDS', ...all, asOf),
    SALES_AT_STAKE: call('SALES_AT_STAKE', r.orders, r.fbaShipments, asOf),
    ORDERS_TO_SHIP: call('ORDERS_TO_SHIP', r.orders, r.mfnOrders, r.shipments, asOf),
  };
}

/** Functions that read this report. */
const readers: Record<'orders' | 'mfnOrders' | 'shipments' | 'feedback', string[]> = {
  orders: ['ODR', 'CANCELLATION_RATE', 'VALID_TRACKING_RATE', 'ACCOUNT_HEALTH', 'RECOVERY_PLAN'],
  mfnOrders: ['LATE_SHIPMENT_RATE', 'ON_TIME_DELIVERY_RATE', 'ACCOUNT_HEALTH', 'ORDERS_TO_SHIP'],
  shipments: ['LATE_SHIPMENT_RATE', 'VALID_TRACKING_RATE', 'ACCOUNT_HEALTH', 'HEALTH_TRENDS'],
  feedback: ['ODR', 'ACCOUNT_HEALTH', 'RECOVERY_PLAN', 'HEALTH_TRENDS'],
};

/** The report with one cell changed: `row` is the 1-based row as the seller sees it. */
function withCell(range: unknown[][], row: number, column: string, value: unknown): unknown[][] {
  const header = range[0] as string[];
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  return range.map((cells, i) =>
    i === row - 1 ? cells.map((c, j) => (j === index ? value : c)) : cells,
  );
}

const internal =
  /Expected a day as|is not a calendar day|Infinity|NaN|undefined|TypeError|RangeError|Cannot read/;

function expectRowProblem(
  shown: unknown,
  source: string,
  row: number,
  report: string,
  column: string,
) {
  const message = (shown as { threw?: string }).threw ?? '';
  expect(message, JSON.stringify(shown).slice(0, 200)).toContain(
    `${source}: row ${row} of the ${report}, column "${column}"`,
  );
  expect(message).not.toMatch(internal);
}

describe('a stray date in the sample reports', () => {
  const clean = () => everyFunction(samples);

  it('leaves the sample in breach to start with (ODR 1.08%)', () => {
    const shown = clean();
    expect(shown.ODR).toBeCloseTo(0.0108, 3);
    for (const value of Object.values(shown)) expect(value).not.toHaveProperty('threw');
  });

  // The typo and its cousins: digits swapped, a year off by one or by a century, the end
  // of the calendar.
  const years = ['2062', '2027', '2016', '1926', '9999'];
  for (const year of years) {
    it(`purchase-date typed in ${year} instead of 2026 is named in every function that reads it`, () => {
      const typo = (range: unknown[][], column: string) => {
        const original = String(range[40]?.[(range[0] as string[]).indexOf(column)]);
        return withCell(range, 41, column, original.replace(/^2026/, year));
      };
      const shown = everyFunction({
        ...samples,
        orders: typo(samples.orders, 'purchase-date'),
        mfnOrders: typo(samples.mfnOrders, 'purchase-date'),
      });
      for (const name of readers.orders) {
        expectRowProblem(shown[name], 'orders', 41, 'All Orders report', 'purchase-date');
      }
      for (const name of ['LATE_SHIPMENT_RATE', 'ON_TIME_DELIVERY_RATE']) {
        expectRowProblem(
          shown[name],
          'mfn_orders',
          41,
          'seller-fulfilled Order Report',
          'purchase-date',
        );
      }
    });
  }

  it('an explicit as_of does not make the stray row count, nor hide it', () => {
    const orders = withCell(samples.orders, 41, 'purchase-date', '2062-11-02T10:00:00+00:00');
    const shown = everyFunction({ ...samples, orders }, '2026-11-15');
    expectRowProblem(shown.ODR, 'orders', 41, 'All Orders report', 'purchase-date');
  });

  it('names the ship date, feedback date and deliver-by date of other reports too', () => {
    const shipments = withCell(samples.shipments, 12, 'ship-date', '2062-11-03');
    expectRowProblem(
      everyFunction({ ...samples, shipments }).LATE_SHIPMENT_RATE,
      'shipments',
      12,
      'shipping confirmation file',
      'ship-date',
    );
    const feedback = withCell(samples.feedback, 5, 'Date', '11/3/62');
    expectRowProblem(
      everyFunction({ ...samples, feedback }).ODR,
      'feedback',
      5,
      'Seller Feedback report',
      'Date',
    );
    const mfnOrders = withCell(
      samples.mfnOrders,
      7,
      'latest-delivery-date',
      '2062-11-20T07:59:59+00:00',
    );
    expectRowProblem(
      everyFunction({ ...samples, mfnOrders }).ON_TIME_DELIVERY_RATE,
      'mfn_orders',
      7,
      'seller-fulfilled Order Report',
      'latest-delivery-date',
    );
  });
});

describe('dates and numbers at the edges', () => {
  const cases: [string, string, unknown][] = [
    ['the last day of the calendar', 'purchase-date', '9999-12-31T23:59:59+00:00'],
    ['a year below 100', 'purchase-date', '0026-11-02T10:00:00+00:00'],
    ['year 100', 'purchase-date', '0100-11-02'],
    ['1 January 1900', 'purchase-date', '1900-01-01'],
    ['a Sheets date in year 26', 'purchase-date', new Date('0026-11-02T00:00:00Z')],
    ['an amount of 400 nines', 'item-price', '9'.repeat(400)],
    ['an amount of 1e400', 'item-price', '1e400'],
  ];
  for (const [what, column, value] of cases) {
    it(`${what} in ${column} is a row problem naming the report, the column and the row`, () => {
      const orders = withCell(samples.orders, 30, column, value);
      const shown = everyFunction({ ...samples, orders });
      const names = column === 'item-price' ? ['SALES_AT_STAKE'] : readers.orders;
      for (const name of names)
        expectRowProblem(shown[name], 'orders', 30, 'All Orders report', column);
    });
  }

  it('a bad item-price leaves the rates and the recovery plan, which never read it, as they were', () => {
    // The metric functions, and RECOVERY_PLAN made from them, leave money unread
    // (src/core/metrics/unread-columns.ts): a typo there cannot move a rate, so it does not stop
    // one; SALES_AT_STAKE, which adds prices up, refuses.
    const orders = withCell(samples.orders, 30, 'item-price', '9'.repeat(400));
    const shown = everyFunction({ ...samples, orders });
    const clean = everyFunction(samples);
    const unread = ['ODR', 'CANCELLATION_RATE', 'VALID_TRACKING_RATE', 'ACCOUNT_HEALTH'];
    for (const name of [...unread, 'RECOVERY_PLAN']) {
      expect(shown[name], name).toEqual(clean[name]);
      expect(typeof shown[name] === 'number' || Array.isArray(shown[name]), name).toBe(true);
    }
  });

  for (const asOf of ['0001-01-01', '1900-01-01', '9999-12-31', '2100-01-01']) {
    it(`an as_of of ${asOf} is refused with a message naming as_of`, () => {
      for (const [name, shown] of Object.entries(everyFunction(samples, asOf))) {
        const message = (shown as { threw?: string }).threw ?? '';
        expect(message, name).toMatch(/^as_of: /);
        expect(message).not.toMatch(internal);
      }
    });
  }
});

describe('the trends span', () => {
  it(`is the ${trendDays} days to the as-of day, whatever the oldest row, and says so`, () => {
    const table = everyFunction(samples).HEALTH_TRENDS as unknown[][];
    expect(table.length).toBeLessThanOrEqual(trendDays + 1);
    expect(String(table[0]?.[0])).toContain(`${trendDays} days`);
    expect(table[table.length - 1]?.[0]).toBe('2026-11-15');
    // A report that also holds last year's orders (new order IDs, a year earlier): the same span.
    const header = samples.orders[0] as string[];
    const id = header.indexOf('amazon-order-id');
    const lastYear = samples.orders
      .slice(1, 200)
      .map((cells) =>
        cells.map((c, j) =>
          j === id
            ? `9${String(c).slice(1)}`
            : typeof c === 'string'
              ? c.replace(/^2026-/, '2025-')
              : c,
        ),
      );
    const longer = everyFunction({ ...samples, orders: [...samples.orders, ...lastYear] });
    expect((longer.HEALTH_TRENDS as unknown[][]).length).toBe(trendDays + 1);
  });
});
