/**
 * The columns the rates leave unread (src/core/metrics/unread-columns.ts) are columns of their
 * report kinds, and none is one a reader cannot do without: a misspelt field would be read after
 * all, and an unread order ID, main date or channel would refuse every row.
 */
import { describe, expect, it } from 'vitest';
import { unreadByMetrics, unreadByOrderDefectRate } from '../../../src/core/metrics/unread-columns';
import { mainDateField } from '../../../src/core/reports/date-checks';
import { kindTable } from '../../../src/core/reports/kinds';
import type { ReportKind } from '../../../src/core/reports/types';

describe('the columns the rates leave unread', () => {
  for (const [name, unread] of Object.entries({ unreadByMetrics, unreadByOrderDefectRate })) {
    it(`${name}: are columns of their reports, none of them required`, () => {
      for (const [kind, fields] of Object.entries(unread) as [ReportKind, readonly string[]][]) {
        const spec = kindTable()[kind];
        const required = new Set<string>([
          'orderId',
          'channel',
          mainDateField[kind],
          ...(spec.alsoRequired ?? []),
        ]);
        for (const field of fields) {
          expect(Object.keys(spec.columns), `${kind}.${field}`).toContain(field);
          expect(required.has(field), `${kind}.${field} is required`).toBe(false);
        }
      }
    });
  }
});
