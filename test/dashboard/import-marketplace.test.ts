/**
 * An Order Report imported without a `sales-channel` column: the import writes its times as the
 * wall clock of the marketplace its currency names, which is the one the functions then measure
 * it in, so the numbers over the imported sheet equal those over the report as downloaded. A euro
 * file asks for the marketplace before anything is written; a last batch of blank currencies is
 * read like the rest of its file.
 */
import { describe, expect, it } from 'vitest';
import { generateSampleReports, toTsv } from '../../scripts/sample-data';
import { parseDelimited } from '../../src/core/importing/delimited';
import { fileBatches } from '../../src/core/importing/file-batches';
import type { MarketplaceCode } from '../../src/core/marketplaces';
import { type Dashboard, importText, startDashboard } from './helpers';

function reports(code: MarketplaceCode) {
  return generateSampleReports({
    seed: 77,
    orders: 300,
    days: 60,
    endDay: '2026-11-15',
    marketplace: code,
  });
}

/** LATE_SHIPMENT_RATE over the imported sheets, as the Health sheet would call it. */
function lateShipmentRate(dashboard: Dashboard, ...more: unknown[]): unknown {
  const sheet = (name: string) => dashboard.host.spreadsheet.sheet(name).snapshot().values;
  const fn = dashboard.addon.globals.LATE_SHIPMENT_RATE;
  return fn?.(
    ...dashboard.addon.toRealm([
      sheet('Seller-fulfilled Orders'),
      sheet('Shipping Confirmations'),
      30,
      ...more,
    ]),
  );
}

/** The report sheets the import names, in ACCOUNT_HEALTH's argument order. */
const healthSheets = [
  'All Orders',
  'Seller-fulfilled Orders',
  'Shipping Confirmations',
  'Seller Feedback',
  'A-to-z Claims',
  'Chargebacks',
] as const;

type Downloads = readonly (readonly (readonly string[])[] | '')[];

/**
 * ACCOUNT_HEALTH over the imported sheets and over the downloads (in `healthSheets`' order, ''
 * for a report not given). A report of a header alone makes no sheet: its download stands in.
 */
function bothWays(
  dashboard: Dashboard,
  downloads: Downloads,
): { imported: string; downloaded: string } {
  const health = (tables: readonly unknown[]) =>
    JSON.stringify(
      dashboard.addon.globals.ACCOUNT_HEALTH?.(...dashboard.addon.toRealm([...tables])),
    );
  const sheets = healthSheets.map((name, i) =>
    dashboard.host.spreadsheet.getSheetByName(name) === null
      ? (downloads[i] ?? '')
      : dashboard.host.spreadsheet.sheet(name).snapshot().values,
  );
  return { imported: health(sheets), downloaded: health(downloads) };
}

/** Imports the files in the order given, as the dialog does. */
async function importAll(dashboard: Dashboard, files: Downloads): Promise<void> {
  for (const table of files) {
    if (table !== '') await importText(dashboard, 'report.txt', toTsv(table as string[][]));
  }
}

describe('importing an Order Report without sales-channel', () => {
  it.each([
    ['UK', 'America/New_York'],
    ['JP', 'Europe/London'],
    ['AU', 'America/Los_Angeles'],
  ] as const)(
    "%s, spreadsheet in %s: the imported sheet gives the report's own numbers",
    async (code, zone) => {
      const r = reports(code);
      const dashboard = startDashboard(zone);
      await importText(dashboard, 'orders.txt', toTsv(r.sellerFulfilledOrders));
      await importText(dashboard, 'confirmations.txt', toTsv(r.shippingConfirmations));
      const asDownloaded = dashboard.addon.globals.LATE_SHIPMENT_RATE?.(
        ...dashboard.addon.toRealm([
          r.sellerFulfilledOrders,
          r.shippingConfirmations,
          30,
          '',
          code,
        ]),
      );
      expect(typeof asDownloaded).toBe('number');
      expect(lateShipmentRate(dashboard)).toBe(asDownloaded);
    },
  );

  it('asks for the marketplace of a euro file, writes nothing, and imports once it is chosen', async () => {
    const r = reports('DE');
    const dashboard = startDashboard('Europe/Berlin');
    await expect(
      importText(dashboard, 'orders.txt', toTsv(r.sellerFulfilledOrders)),
    ).rejects.toThrow(
      /^orders\.txt: the order reports have no sales-channel column, and EUR is the currency of Amazon\.de, Amazon\.fr, Amazon\.it, Amazon\.es and Amazon\.nl \(one report can hold orders of several\)\. .*choose the marketplace in this dialog's settings, then import again\. Nothing was imported\.$/,
    );
    expect(dashboard.host.spreadsheet.getSheetByName('Seller-fulfilled Orders')).toBeNull();
    await dashboard.rpc('saveDashboardSettings', [{ marketplace: 'DE', nearMargin: 0.2 }]);
    await importText(dashboard, 'orders.txt', toTsv(r.sellerFulfilledOrders));
    await importText(dashboard, 'confirmations.txt', toTsv(r.shippingConfirmations));
    const asDownloaded = dashboard.addon.globals.LATE_SHIPMENT_RATE?.(
      ...dashboard.addon.toRealm([r.sellerFulfilledOrders, r.shippingConfirmations, 30, '', 'DE']),
    );
    expect(lateShipmentRate(dashboard, '', 'DE')).toBe(asDownloaded);
  });

  it("sends the whole file's currencies with every batch, so a last batch of blanks is no US batch", async () => {
    const r = reports('UK');
    const header = r.sellerFulfilledOrders[0] ?? [];
    const currency = header.indexOf('currency');
    const rows = r.sellerFulfilledOrders.slice(1);
    const parsed = fileBatches(parseDelimited(toTsv(r.sellerFulfilledOrders)).rows);
    expect(parsed?.currencies).toEqual(['GBP']);
    // The dialog's last batch: rows whose currency is blank (as on cancelled orders).
    const dashboard = startDashboard('America/New_York');
    const blank = rows.map((row) => row.map((c, j) => (j === currency ? '' : c)));
    const half = Math.floor(blank.length / 2);
    const send = (part: string[][], firstRow: number) =>
      dashboard.rpc('importReportRows', [
        { fileName: 'orders.txt', header, rows: part, firstRow, currencies: parsed?.currencies },
      ]);
    await send(rows.slice(0, half), 2);
    await send(blank.slice(half), half + 2);
    await importText(dashboard, 'confirmations.txt', toTsv(r.shippingConfirmations));
    const asDownloaded = dashboard.addon.globals.LATE_SHIPMENT_RATE?.(
      ...dashboard.addon.toRealm([r.sellerFulfilledOrders, r.shippingConfirmations, 30, '', 'UK']),
    );
    expect(lateShipmentRate(dashboard, '', 'UK')).toBe(asDownloaded);
  });

  it.each([
    ['UK', 'America/Los_Angeles'],
    ['JP', 'Europe/Berlin'],
  ] as const)(
    "%s seller, spreadsheet in %s: every report imported gives the downloads' ACCOUNT_HEALTH",
    async (code, zone) => {
      const r = reports(code);
      const dashboard = startDashboard(zone);
      const downloads = [
        r.allOrders,
        r.sellerFulfilledOrders,
        r.shippingConfirmations,
        r.feedback,
        r.claims,
        r.chargebacks,
      ];
      // Orders first, as the README's steps say; the files that follow their orders come after.
      await importAll(dashboard, downloads);
      const { imported, downloaded } = bothWays(dashboard, downloads);
      expect(imported).toBe(downloaded);
    },
  );
});

describe('importing files of several marketplaces, or after the order sheets', () => {
  it("keeps the dates of a UK and DE All Orders file as text, and gives the downloads' numbers", async () => {
    const uk = reports('UK');
    const de = generateSampleReports({
      seed: 78,
      orders: 300,
      days: 60,
      endDay: '2026-11-15',
      marketplace: 'DE',
    });
    const allOrders = [...uk.allOrders, ...de.allOrders.slice(1)];
    const dashboard = startDashboard('Europe/London');
    await importAll(dashboard, [allOrders]);
    const { imported, downloaded } = bothWays(dashboard, [allOrders]);
    expect(imported).toBe(downloaded);
    const summary = await importText(dashboard, 'again.txt', toTsv(allOrders));
    expect(summary.lines).toContain(
      'Duplicates skipped (already in the sheet): ' +
        (allOrders.length - 1).toLocaleString('en-US') +
        '.',
    );
  });

  it("reads a UK file whose first row is a Non-Amazon order as the UK's", async () => {
    const uk = reports('UK');
    const header = uk.allOrders[0] ?? [];
    const channel = header.indexOf('sales-channel');
    const first = [...(uk.allOrders[1] ?? [])];
    first[channel] = 'Non-Amazon';
    first[header.indexOf('amazon-order-id')] = '203-0000000-0000001';
    const allOrders = [header, first, ...uk.allOrders.slice(1)];
    const dashboard = startDashboard('America/Los_Angeles');
    await importAll(dashboard, [allOrders]);
    const { imported, downloaded } = bothWays(dashboard, [allOrders]);
    expect(imported).toBe(downloaded);
  });

  it('reads a euro Order Report in the marketplace the All Orders sheet names, with no question', async () => {
    const de = generateSampleReports({
      seed: 79,
      orders: 300,
      days: 60,
      endDay: '2026-11-15',
      marketplace: 'DE',
    });
    const dashboard = startDashboard('America/New_York');
    const downloads = [de.allOrders, de.sellerFulfilledOrders, de.shippingConfirmations];
    await importAll(dashboard, downloads);
    const { imported, downloaded } = bothWays(dashboard, downloads);
    expect(imported).toBe(downloaded);
  });

  it('keeps the dates of confirmations imported before any order report as text, and the numbers right', async () => {
    const jp = generateSampleReports({
      seed: 308,
      orders: 300,
      days: 60,
      endDay: '2026-11-15',
      marketplace: 'JP',
    });
    const dashboard = startDashboard('America/Los_Angeles');
    const first = await importText(dashboard, 'confirmations.txt', toTsv(jp.shippingConfirmations));
    expect(first.lines).toContain(
      'Dates kept as the report wrote them: nothing in the spreadsheet names the marketplace yet (import the order reports first, or choose it in Settings, to see dates as dates). The functions read them exactly either way.',
    );
    await importAll(dashboard, [
      jp.allOrders,
      jp.sellerFulfilledOrders,
      jp.feedback,
      jp.claims,
      jp.chargebacks,
    ]);
    const { imported, downloaded } = bothWays(dashboard, [
      jp.allOrders,
      jp.sellerFulfilledOrders,
      jp.shippingConfirmations,
      jp.feedback,
      jp.claims,
      jp.chargebacks,
    ]);
    expect(imported).toBe(downloaded);
  });
});
