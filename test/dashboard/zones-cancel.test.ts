/**
 * Cancel rate and ODR windows at DST edges, in every marketplace's zone, with the
 * spreadsheet in another zone, as_of as text / Date cell / omitted. Expected values come from an
 * independent count with Intl (the local calendar day of each instant in the marketplace's zone).
 */
import { describe, expect, it } from 'vitest';
import { allOrdersHeader, id, order } from '../bundle/trust-harness';
import { startDashboard } from '../dashboard/helpers';

const markets = [
  {
    code: 'US',
    zone: 'America/Los_Angeles',
    sc: 'Amazon.com',
    cur: 'USD',
    dst: ['2026-03-08', '2026-11-01'],
  },
  {
    code: 'CA',
    zone: 'America/Toronto',
    sc: 'Amazon.ca',
    cur: 'CAD',
    dst: ['2026-03-08', '2026-11-01'],
  },
  { code: 'MX', zone: 'America/Mexico_City', sc: 'Amazon.com.mx', cur: 'MXN', dst: ['2026-04-05'] },
  {
    code: 'UK',
    zone: 'Europe/London',
    sc: 'Amazon.co.uk',
    cur: 'GBP',
    dst: ['2026-03-29', '2026-10-25'],
  },
  {
    code: 'DE',
    zone: 'Europe/Berlin',
    sc: 'Amazon.de',
    cur: 'EUR',
    dst: ['2026-03-29', '2026-10-25'],
  },
  { code: 'FR', zone: 'Europe/Paris', sc: 'Amazon.fr', cur: 'EUR', dst: ['2026-03-29'] },
  { code: 'IT', zone: 'Europe/Rome', sc: 'Amazon.it', cur: 'EUR', dst: ['2026-10-25'] },
  { code: 'ES', zone: 'Europe/Madrid', sc: 'Amazon.es', cur: 'EUR', dst: ['2026-03-29'] },
  { code: 'JP', zone: 'Asia/Tokyo', sc: 'Amazon.co.jp', cur: 'JPY', dst: ['2026-03-29'] },
  {
    code: 'AU',
    zone: 'Australia/Sydney',
    sc: 'Amazon.com.au',
    cur: 'AUD',
    dst: ['2026-04-05', '2026-10-04'],
  },
  { code: 'IN', zone: 'Asia/Kolkata', sc: 'Amazon.in', cur: 'INR', dst: ['2026-03-29'] },
  { code: 'BR', zone: 'America/Sao_Paulo', sc: 'Amazon.com.br', cur: 'BRL', dst: ['2026-10-18'] },
];
const sheetZones = ['America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'];

const hourMs = 3_600_000;
function localDay(instant: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
function localWall(instant: number, zone: string): string {
  const p = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const g = (t: string) => p.find((x) => x.type === t)?.value;
  return `${g('year')}-${g('month')}-${g('day')} ${g('hour')}:${g('minute')}`;
}
function shift(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Orders every 50 minutes over 12 days around the as-of day; every third one cancelled. */
function dataset(m: (typeof markets)[number], asOf: string, form: 'iso' | 'typed') {
  const start = Date.parse(`${shift(asOf, -9)}T00:00:00Z`) - 14 * hourMs;
  const end = Date.parse(`${shift(asOf, 0)}T00:00:00Z`) + 14 * hourMs + 23 * hourMs;
  const rows: unknown[][] = [allOrdersHeader];
  const placed: { t: number; cancelled: boolean }[] = [];
  let n = 0;
  for (let t = start; t < end; t += 50 * 60_000) {
    const cancelled = n % 3 === 0;
    // Only orders up to as_of's end, so the default as_of is the as-of day.
    if (localDay(t, m.zone) > asOf) break;
    const date =
      form === 'iso' ? new Date(t).toISOString().replace('.000Z', '+00:00') : localWall(t, m.zone);
    rows.push(
      order(id('111', n), date, 'Merchant', cancelled ? 'Cancelled' : 'Shipped', m.sc, m.cur),
    );
    placed.push({ t, cancelled });
    n++;
  }
  return { rows, placed };
}

function expectedCancel(
  placed: { t: number; cancelled: boolean }[],
  zone: string,
  asOf: string,
  days: number,
) {
  const from = shift(asOf, -(days - 1));
  const inside = placed.filter((p) => {
    const d = localDay(p.t, zone);
    return d >= from && d <= asOf;
  });
  return inside.filter((p) => p.cancelled).length / inside.length;
}

describe('cancel rate windows at DST edges', () => {
  const cases: [string, string, string, 'iso' | 'typed', string][] = [];
  for (const m of markets) {
    for (const dst of m.dst) {
      for (const asOf of [dst, shift(dst, 6), shift(dst, 7)]) {
        for (const sheetZone of sheetZones) {
          for (const form of ['iso', 'typed'] as const) {
            for (const asOfForm of ['text', 'date', 'omitted'])
              cases.push([m.code, asOf, sheetZone, form, asOfForm]);
          }
        }
      }
    }
  }
  const mismatches: string[] = [];
  it(`matches an independent count (${cases.length} cases)`, () => {
    const dashboards = new Map<string, ReturnType<typeof startDashboard>>();
    for (const [code, asOf, sheetZone, form, asOfForm] of cases) {
      const m = markets.find((x) => x.code === code);
      if (!m) throw new Error(`No marketplace ${code} in the cases.`);
      let d = dashboards.get(sheetZone);
      if (!d) {
        d = startDashboard(sheetZone);
        dashboards.set(sheetZone, d);
      }
      const { rows, placed } = dataset(m, asOf, form);
      const name = `o${Math.random().toString(36).slice(2, 8)}`;
      d.host.spreadsheet.addSheetWithValues(
        name,
        [...rows, [asOf]].map((r) => r.map(String)),
      );
      const all = d.host.spreadsheet.sheet(name).getDataRange().getValues();
      const values = all.slice(0, rows.length);
      const asOfCell = all[rows.length]?.[0];
      const arg = asOfForm === 'text' ? asOf : asOfForm === 'date' ? asOfCell : undefined;
      const fn = d.addon.globals.CANCELLATION_RATE as (...a: unknown[]) => unknown;
      let got: unknown;
      try {
        got = fn(
          ...d.addon.toRealm([
            values,
            7,
            arg,
            m.code === 'DE' || m.cur === 'EUR' ? m.code : undefined,
          ]),
        );
      } catch (e) {
        got = `ERR ${(e as Error).message}`;
      }
      const want = expectedCancel(placed, m.zone, asOf, 7);
      if (typeof got !== 'number' || Math.abs(got - want) > 1e-12) {
        mismatches.push(
          `${code} asOf=${asOf} sheet=${sheetZone} ${form} asOf:${asOfForm}: got ${got} want ${want}`,
        );
      }
      d.host.spreadsheet.deleteSheet(d.host.spreadsheet.sheet(name));
    }
    expect(mismatches.slice(0, 30)).toEqual([]);
  }, 300_000);
});
