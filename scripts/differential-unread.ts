/**
 * `npm run differential -- <git-rev> --unread`: for a change that makes the metric functions leave
 * columns unread (src/core/metrics/unread-columns.ts). An answer may then differ from <git-rev>'s
 * only where <git-rev> stopped at a cell of a column the function now leaves unread (the cell no
 * longer stops it), or in the count of further unreadable rows; every value must stay the same.
 */
import { unreadByMetrics, unreadByOrderDefectRate } from '../src/core/metrics/unread-columns';
import { headerKey } from '../src/core/reports/cells';
import { kindTable } from '../src/core/reports/kinds';
import type { ReportKind, UnreadColumns } from '../src/core/reports/types';

const unreadOf: Record<string, UnreadColumns> = {
  ODR: unreadByOrderDefectRate,
  LATE_SHIPMENT_RATE: unreadByMetrics,
  CANCELLATION_RATE: unreadByMetrics,
  VALID_TRACKING_RATE: unreadByMetrics,
  ON_TIME_DELIVERY_RATE: unreadByMetrics,
  ACCOUNT_HEALTH: unreadByMetrics,
  RECOVERY_PLAN: unreadByMetrics,
  HEALTH_TRENDS: unreadByMetrics,
};

/** The header keys of the columns `name` leaves unread, in any report. */
function unreadHeaders(name: string): Set<string> {
  const keys = new Set<string>();
  for (const [kind, fields] of Object.entries(unreadOf[name] ?? {})) {
    const columns = kindTable()[kind as ReportKind].columns;
    for (const field of fields ?? []) {
      for (const spelling of columns[field] ?? []) keys.add(headerKey(spelling));
    }
  }
  return keys;
}

const moreRows = / \d+ more rows? could not be read either\.$/;

/** Whether the columns `name` leaves unread explain why its answer `now` differs from `before`. */
export function explainedByUnreadColumns(name: string, before: string, now: string): boolean {
  const error = `${name}: error `;
  if (!before.startsWith(error)) return false;
  const column = /, column "([^"]*)",/.exec(before)?.[1];
  if (column !== undefined && unreadHeaders(name).has(headerKey(column))) return true;
  return now.startsWith(error) && before.replace(moreRows, '') === now.replace(moreRows, '');
}
