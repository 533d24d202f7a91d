/**
 * Where a metric's defects cluster: by SKU, carrier, weekday, handling time and so on, with the
 * order IDs behind each group. Every number is a count of the seller's own rows.
 */
import { epochDay } from '../calendar';
import type {
  CountedDefect,
  HealthInput,
  MetricId,
  MetricOptions,
  MetricResult,
} from '../metrics/types';
import type { Channel } from '../reports/types';
import { feedbackThemes } from './feedback-themes';
import { findingSummary } from './finding-wording';
import type { AffectedOrder, Finding, FindingDimension } from './findings-types';
import {
  buildOrderTable,
  channelCode,
  type Keys,
  type OrderDimension,
  type OrderTable,
  orderKeys,
} from './order-table';

export type { AffectedOrder, Finding, FindingDimension } from './findings-types';

/** The ODR family: order-level defects, reported for MFN and AFN apart. */
function isOdrFamily(metric: MetricId): boolean {
  return (
    metric === 'orderDefectRate' ||
    metric === 'negativeFeedbackRate' ||
    metric === 'claimRate' ||
    metric === 'chargebackRate'
  );
}

/**
 * Metrics whose denominator is orders placed in the window. VTR and OTDR count packages or units
 * picked by promised delivery date, which the order rows cannot reproduce, so their groups get no
 * order count.
 */
function countsOrders(metric: MetricId): boolean {
  return isOdrFamily(metric) || metric === 'lateShipmentRate' || metric === 'cancellationRate';
}

function isOrderDimension(dimension: FindingDimension): dimension is OrderDimension {
  return (
    dimension !== 'feedbackTheme' && dimension !== 'claimReason' && dimension !== 'chargebackReason'
  );
}

function dimensionsFor(metric: MetricId): FindingDimension[] {
  const dimensions: FindingDimension[] = [
    'sku',
    'asin',
    'carrier',
    'shipService',
    'weekday',
    'handlingTime',
  ];
  if (metric === 'orderDefectRate' || metric === 'negativeFeedbackRate') {
    dimensions.push('feedbackTheme');
  }
  if (metric === 'orderDefectRate' || metric === 'claimRate') dimensions.push('claimReason');
  if (metric === 'orderDefectRate' || metric === 'chargebackRate') {
    dimensions.push('chargebackReason');
  }
  return dimensions;
}

/** Text keys per order ID: feedback themes, claim and chargeback reasons. */
type KeysByOrder = Map<string, string[]>;

function addKeyOfOrder(map: KeysByOrder, orderId: string, value: string): void {
  const key = value.trim();
  if (key === '') return;
  const keys = map.get(orderId);
  if (!keys) map.set(orderId, [key]);
  else if (!keys.includes(key)) keys.push(key);
}

/** The seller's records, indexed once per call. */
interface Index {
  orders: OrderTable;
  feedbackThemes: KeysByOrder;
  claimReasons: KeysByOrder;
  chargebackReasons: KeysByOrder;
}

function buildIndex(input: HealthInput, timeZone: string): Index {
  const themes: KeysByOrder = new Map();
  for (const row of input.feedback) {
    // Only feedback that counts: 1 or 2 stars, not removed.
    if (row.removed || row.rating > 2) continue;
    for (const theme of feedbackThemes(row.comment)) addKeyOfOrder(themes, row.orderId, theme);
  }
  const claimReasons: KeysByOrder = new Map();
  for (const row of input.claims) {
    if (row.counts) addKeyOfOrder(claimReasons, row.orderId, row.reason);
  }
  const chargebackReasons: KeysByOrder = new Map();
  for (const row of input.chargebacks) {
    if (row.counts) addKeyOfOrder(chargebackReasons, row.orderId, row.reason);
  }
  return {
    orders: buildOrderTable(input, timeZone),
    feedbackThemes: themes,
    claimReasons,
    chargebackReasons,
  };
}

function keysOf(index: Index, dimension: FindingDimension, orderId: string): Keys {
  if (isOrderDimension(dimension)) {
    const row = index.orders.rowOf.get(orderId);
    return row === undefined ? undefined : orderKeys(index.orders, dimension, row);
  }
  const map =
    dimension === 'feedbackTheme'
      ? index.feedbackThemes
      : dimension === 'claimReason'
        ? index.claimReasons
        : index.chargebackReasons;
  return map.get(orderId);
}

function keyList(keys: Keys): readonly string[] {
  if (keys === undefined) return [];
  return typeof keys === 'string' ? [keys] : keys;
}

/**
 * The defects of one metric in one channel, from its longest window: LSR's 30 days rather than
 * its 10, the cancel rate's 30 days rather than its 7. The shorter windows end on the same day, so
 * their defects are among the longest's, and a finding's total is the numerator (or, for a
 * minimum target, the misses) the longest window states. MFN and AFN stay apart: a
 * seller-fulfilled notice is about seller-fulfilled orders only, as Amazon measures them.
 */
interface MetricScope {
  metric: MetricId;
  channel: Channel;
  defects: CountedDefect[];
  firstDay: number;
  lastDay: number;
}

/** Each metric's result with the longest window, per channel. */
function longestWindows(results: readonly MetricResult[]): MetricResult[] {
  const longest = new Map<string, MetricResult>();
  for (const result of results) {
    const id = `${result.metric}:${result.channel}`;
    const current = longest.get(id);
    if (!current || result.windowDays > current.windowDays) longest.set(id, result);
  }
  return [...longest.values()];
}

function metricScopes(results: MetricResult[]): MetricScope[] {
  return longestWindows(results)
    .filter((result) => result.defects.length > 0)
    .map((result) => ({
      metric: result.metric,
      channel: result.channel,
      defects: result.defects,
      firstDay: epochDay(result.windowStart),
      lastDay: epochDay(result.windowEnd),
    }));
}

interface Group {
  defects: number;
  orderIds: Set<string>;
  orders: number;
}

function groupDefects(
  index: Index,
  scope: MetricScope,
  dimension: FindingDimension,
): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const defect of scope.defects) {
    for (const key of keyList(keysOf(index, dimension, defect.orderId))) {
      let group = groups.get(key);
      if (!group) {
        group = { defects: 0, orderIds: new Set(), orders: 0 };
        groups.set(key, group);
      }
      group.defects++;
      group.orderIds.add(defect.orderId);
    }
  }
  return groups;
}

function countOrder(keys: Keys, groups: Map<string, Group>): void {
  if (keys === undefined) return;
  if (typeof keys === 'string') {
    const group = groups.get(keys);
    if (group) group.orders++;
    return;
  }
  for (const key of keys) {
    const group = groups.get(key);
    if (group) group.orders++;
  }
}

/**
 * Orders of each group in the metric's window and channels, in one pass over the orders. LSR
 * leaves out orders that were cancelled before shipping. A defect's order always counts, even when
 * the pasted order rows miss it or date it elsewhere: the metric placed it in the window.
 */
function countGroupOrders(
  index: Index,
  scope: MetricScope,
  groupsByDimension: Map<FindingDimension, Map<string, Group>>,
): void {
  const counted: [OrderDimension, Map<string, Group>][] = [];
  for (const [dimension, groups] of groupsByDimension) {
    if (isOrderDimension(dimension)) counted.push([dimension, groups]);
  }
  if (counted.length === 0) return;
  const table = index.orders;
  const skipCancelled = scope.metric === 'lateShipmentRate';
  const channel = channelCode(scope.channel);
  const inWindow = new Uint8Array(table.orderIds.length);
  for (let row = 0; row < table.orderIds.length; row++) {
    const day = table.day[row] ?? Number.NaN;
    if (!(day >= scope.firstDay && day <= scope.lastDay)) continue;
    if (table.channel[row] !== channel) continue;
    if (skipCancelled && table.wentAhead[row] === 0) continue;
    inWindow[row] = 1;
    for (const [dimension, groups] of counted) countOrder(orderKeys(table, dimension, row), groups);
  }
  for (const [, groups] of counted) {
    for (const group of groups.values()) {
      for (const orderId of group.orderIds) {
        const row = table.rowOf.get(orderId);
        if (row === undefined || inWindow[row] !== 1) group.orders++;
      }
    }
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: Finding, b: Finding): number {
  return b.defects - a.defects || compareText(a.key, b.key) || compareText(a.id, b.id);
}

/**
 * Breaks each metric's defects, channel by channel, down by SKU, ASIN, carrier, ship service,
 * weekday of the order, handling time, feedback theme, claim and chargeback reason. An order with two
 * SKUs (or a comment with two themes) counts in both groups. Only groups with a defect are listed,
 * most defects first.
 */
export function findDefectFindings(
  input: HealthInput,
  results: MetricResult[],
  options: MetricOptions,
): Finding[] {
  const scopes = metricScopes(results);
  if (scopes.length === 0) return [];
  const index = buildIndex(input, options.marketplace.timeZone);
  const findings: Finding[] = [];
  for (const scope of scopes) {
    const totalDefects = scope.defects.length;
    const groupsByDimension = new Map<FindingDimension, Map<string, Group>>();
    for (const dimension of dimensionsFor(scope.metric)) {
      const groups = groupDefects(index, scope, dimension);
      if (groups.size > 0) groupsByDimension.set(dimension, groups);
    }
    const withOrders = countsOrders(scope.metric);
    if (withOrders) countGroupOrders(index, scope, groupsByDimension);
    for (const [dimension, groups] of groupsByDimension) {
      const hasOrders = withOrders && isOrderDimension(dimension);
      for (const [key, group] of groups) {
        const orders = hasOrders ? group.orders : null;
        const rate = orders ? group.defects / orders : null;
        const numbers = {
          metric: scope.metric,
          channel: scope.channel,
          dimension,
          key,
          defects: group.defects,
          totalDefects,
          orders,
          rate,
        };
        findings.push({
          id: `${scope.metric}:${scope.channel}:${dimension}:${key}`,
          ...numbers,
          share: group.defects / totalDefects,
          orderIds: [...group.orderIds].sort(),
          summary: findingSummary(numbers),
        });
      }
    }
  }
  return findings.sort(compareFindings);
}

/**
 * The orders behind the defects, one row per defect of each metric's longest window, with the
 * order's SKUs. Only the order ID,
 * the defect's day, what went wrong and the SKUs leave the report sheets: never buyer data.
 */
export function affectedOrders(input: HealthInput, results: MetricResult[]): AffectedOrder[] {
  const wanted = new Set<string>();
  for (const result of results) for (const d of result.defects) wanted.add(d.orderId);
  const skus: KeysByOrder = new Map();
  for (const row of input.orders) {
    if (wanted.has(row.orderId)) addKeyOfOrder(skus, row.orderId, row.sku);
  }
  const inOrderReports = new Set(skus.keys());
  for (const row of input.fbaShipments) {
    if (wanted.has(row.orderId) && !inOrderReports.has(row.orderId)) {
      addKeyOfOrder(skus, row.orderId, row.sku);
    }
  }
  const rows: AffectedOrder[] = [];
  for (const result of longestWindows(results)) {
    for (const defect of result.defects) {
      rows.push({
        metric: result.metric,
        channel: result.channel,
        orderId: defect.orderId,
        date: defect.day,
        defect: defect.detail,
        sku: [...(skus.get(defect.orderId) ?? [])].sort().join(', '),
      });
    }
  }
  return rows.sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      compareText(a.orderId, b.orderId) ||
      compareText(a.metric, b.metric),
  );
}
