/**
 * The README's marketplace table is checked against src/core/marketplaces.ts, so the zones,
 * targets and metrics a seller reads there cannot drift from the ones the add-on computes with.
 * When this fails, paste the expected table it prints into the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Marketplace, marketplaceByCode, marketplaceCodes } from '../../src/core/marketplaces';

const percent = (share: number) => `${Number((share * 100).toFixed(2))}%`;

function row(m: Marketplace): string {
  const t = m.targets;
  const days = (windows: readonly number[]) =>
    windows.length === 1
      ? `${windows[0]} days`
      : `${windows.slice(0, -1).join(', ')} and ${windows[windows.length - 1]} days`;
  const lateShipment = `< ${percent(t.lateShipmentRate)}, 10 and 30 days${m.lateShipmentCountsFba ? ', FBA orders counted (never late)' : ''}`;
  const onTime = `≥ ${percent(t.onTimeDeliveryRate)}, 30 days${m.code === 'US' ? `; units ≥ ${percent(t.unitOnTimeDeliveryRate)}, 14 days after 7` : ''}`;
  return `| ${m.code} | ${m.salesChannel} | ${m.timeZone} | ${m.dayOrder} | < ${percent(t.orderDefectRate)}, 60 days | ${lateShipment} | < ${percent(t.cancellationRate)}, ${days(m.cancellationWindows)} | ≥ ${percent(t.validTrackingRate)}, 30 days | ${onTime} |`;
}

function marketplaceTable(): string {
  return [
    '| Code | `sales-channel` | Time zone of the windows | Locale dates | Order Defect Rate | Late Shipment Rate | Cancel rate | Valid Tracking Rate | On-Time Delivery Rate |',
    '|---|---|---|---|---|---|---|---|---|',
    ...marketplaceCodes.map((code) => row(marketplaceByCode(code))),
  ].join('\n');
}

describe('the README marketplace table', () => {
  it('lists every marketplace with the zone, targets and metrics of src/core/marketplaces.ts', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const expected = marketplaceTable();
    expect(readme.includes(expected), `README.md should contain:\n${expected}`).toBe(true);
  });
});
