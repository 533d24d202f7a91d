/**
 * Importing into a sheet the seller pasted by hand (with a notes column), and an
 * Excel-saved CSV whose long IDs Excel turned into 5.24806E+13.
 */
import { describe, expect, it } from 'vitest';
import { importText, sampleText, startDashboard } from '../dashboard/helpers';

/** The TSV lines as Excel saves them as CSV: IDs of 12 digits or more in scientific notation. */
function excelCsv(head: string, body: readonly string[]): string {
  const line = (text: string) =>
    text
      .split('\t')
      .map((cell) =>
        /^\d{12,}$/.test(cell) ? Number(cell).toExponential(5).replace('e+', 'E+') : cell,
      )
      .join(',');
  return [head.split('\t').join(','), ...body.map(line)].join('\r\n');
}

describe('import over data', () => {
  it('over a hand-pasted All Orders sheet with a notes column: only new rows, nothing changed', async () => {
    const d = startDashboard();
    const lines = sampleText('all-orders.tsv').trim().split('\n');
    const rows = lines.map((l) => l.split('\t'));
    const header = rows[0] ?? [];
    const pasted = [
      [...header, 'My notes'],
      ...rows.slice(1, 101).map((r, i) => [...r, i === 3 ? 'called carrier' : '']),
    ];
    d.host.spreadsheet.addSheetWithValues('All Orders', pasted);
    const before = JSON.stringify(
      d.host.spreadsheet.sheet('All Orders').snapshot().values.slice(0, 101),
    );
    const out = await importText(d, 'all-orders.txt', lines.slice(0, 121).join('\n'));
    const after = d.host.spreadsheet.sheet('All Orders').snapshot().values;
    expect(JSON.stringify(after.slice(0, 101))).toBe(before);
    expect(out.summary.added).toBe(20);
    expect(out.summary.duplicates).toBe(100);
    expect(after.filter((r) => r.some((c) => c !== '')).length).toBe(121);
  });

  it('an Excel-saved CSV with IDs in scientific notation is not imported silently', async () => {
    const d = startDashboard();
    const [head = '', ...body] = sampleText('shipping-confirmations.tsv').trim().split('\n');
    const csv = excelCsv(head, body.slice(0, 30));
    expect(csv).toContain('E+');
    const out = await importText(d, 'shipping.csv', csv);
    // Order item IDs and tracking numbers that lost their digits: the seller must be told.
    const told =
      out.summary.problemCount > 0 || out.lines.some((l) => /E\+|scientific|Excel|digits/i.test(l));
    expect({ added: out.summary.added, told }).toEqual({ added: 0, told: true });
  });

  it('the real download after an Excel-saved CSV of the same rows doubles nothing', async () => {
    const d = startDashboard();
    const [head = '', ...body] = sampleText('shipping-confirmations.tsv').trim().split('\n');
    await importText(d, 'shipping.csv', excelCsv(head, body.slice(0, 30)));
    const out = await importText(d, 'shipping.txt', [head, ...body.slice(0, 30)].join('\n'));
    const sheet = d.host.spreadsheet.sheets.find((s) => /ship/i.test(s.getName()));
    const rows = (sheet?.snapshot().values ?? []).slice(1).filter((r) => r.some((c) => c !== ''));
    // The CSV's rows were refused, so the download's 30 are the sheet's 30: none twice.
    expect({ added: out.summary.added, rows: rows.length }).toEqual({ added: 30, rows: 30 });
  });
});

describe('what the doubled confirmations do to a rate', () => {
  it('VALID_TRACKING_RATE over the sheet equals the download after the Excel CSV and the download', async () => {
    const d = startDashboard();
    const orders = sampleText('seller-fulfilled-orders.tsv');
    await importText(d, 'orders.txt', orders);
    const ship = sampleText('shipping-confirmations.tsv');
    const [head = '', ...body] = ship.trim().split('\n');
    const vtr = (shipments: unknown[][]) => {
      const orderSheet = d.host.spreadsheet.sheets.find((s) => /order/i.test(s.getName()));
      return d.addon.globals.VALID_TRACKING_RATE?.(
        ...d.addon.toRealm([orderSheet?.snapshot().values ?? [], shipments]),
      );
    };
    const downloaded = vtr(
      ship
        .trim()
        .split('\n')
        .map((l) => l.split('\t')),
    );
    await importText(d, 'shipping.csv', excelCsv(head, body));
    await importText(d, 'shipping.txt', ship);
    const sheet = d.host.spreadsheet.sheets.find((s) => /ship/i.test(s.getName()));
    expect(vtr(sheet?.snapshot().values ?? [])).toBe(downloaded);
  });
});
