/**
 * The bundled sample reports through the built add-on: the same table the core computes in Node,
 * and at least one metric in breach (the samples are built to show what a breach looks like).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalHost } from '../../host';
import { resolveAsOf } from '../../src/core/as-of-argument';
import { readHealthInput } from '../../src/core/health-input';
import { healthTable } from '../../src/core/health-table';
import { parseDelimited } from '../../src/core/importing/delimited';
import { accountHealth } from '../../src/core/metrics';

const root = join(__dirname, '../..');
const sample = (file: string) =>
  parseDelimited(readFileSync(join(root, 'samples', file), 'utf8')).rows;

describe('the sample reports through the built add-on', () => {
  const ranges = {
    orders: sample('all-orders.tsv'),
    mfnOrders: sample('seller-fulfilled-orders.tsv'),
    shipments: sample('shipping-confirmations.tsv'),
    feedback: sample('feedback.tsv'),
    claims: sample('claims.tsv'),
    chargebacks: sample('chargebacks.tsv'),
  };

  it('gives the table the core computes, with a breach among the metrics', () => {
    const addon = createLocalHost().load(join(root, 'dist'));
    const table = addon.globals.ACCOUNT_HEALTH?.(
      ...[
        ranges.orders,
        ranges.mfnOrders,
        ranges.shipments,
        ranges.feedback,
        ranges.claims,
        ranges.chargebacks,
      ].map((range) => addon.toRealm(range)),
    ) as unknown[][];

    const { input, marketplace } = readHealthInput(ranges);
    const options = { marketplace, asOf: resolveAsOf('', input, marketplace), nearMargin: 0.2 };
    expect(table).toEqual(healthTable(accountHealth(input, options)));
    expect(table.slice(1).some((row) => row[4] === 'Breach')).toBe(true);
    // The sample's newest order is on 15 November 2026: the windows end there.
    expect(new Set(table.slice(1).map((row) => row[8]))).toContain('2026-11-15');
  });
});
