/**
 * The affected orders of a plan, one table for the Doc and for the file the seller attaches to the
 * appeal: order ID, date, defect, SKU, and the root cause the seller assigned. Reviewers sample
 * orders from the defect download, so each order carries its cause: the cause of its finding group
 * (the root cause a ticked finding was answered with), or the one the seller chose for that order.
 */
import type { AffectedOrder, Finding } from '../analysis/findings-types';
import { metricsOfNotice } from './notices';
import type { PlanDraft } from './types';

export const affectedOrdersHeader = ['Order ID', 'Date', 'Defect', 'SKU', 'Root cause'] as const;

/** The name the sidebar gives the attachable file. */
export const affectedOrdersFileName = 'affected-orders.csv';

export interface AffectedOrderRow {
  order: AffectedOrder;
  /** The seller's root cause for this order; empty when none is assigned. */
  cause: string;
}

/** The orders behind the ticked findings, or every affected order of the notice's metrics. */
function chosenOrders(
  draft: PlanDraft,
  ticked: readonly Finding[],
  affected: readonly AffectedOrder[],
): AffectedOrder[] {
  let chosen: AffectedOrder[];
  if (ticked.length > 0) {
    const wanted = new Set(ticked.flatMap((f) => f.orderIds.map((id) => `${f.metric}|${id}`)));
    chosen = affected.filter((a) => wanted.has(`${a.metric}|${a.orderId}`));
  } else {
    const metrics = metricsOfNotice(draft.notice.kind);
    chosen = affected.filter((a) => metrics.includes(a.metric));
  }
  // ODR and its parts can list the same order with the same defect.
  const seen = new Set<string>();
  return chosen.filter((a) => {
    const key = `${a.orderId}|${a.date}|${a.defect}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The cause of an order: the seller's choice for the order, else its first ticked finding's
 * cause, else the only root cause when there is one. An index that no longer points at a root
 * cause (one deleted since) assigns none rather than another.
 */
function causeOf(draft: PlanDraft, ticked: readonly Finding[], orderId: string): string {
  const causes = draft.rootCauses;
  const byOrder = draft.orderCauses?.find((c) => c.orderId === orderId)?.rootCause;
  const group = ticked.find((f) => f.orderIds.includes(orderId));
  const byGroup = group
    ? draft.findingCauses?.find((c) => c.findingId === group.id)?.rootCause
    : undefined;
  const index = byOrder ?? byGroup ?? (causes.length === 1 ? 0 : undefined);
  return index === undefined ? '' : (causes[index]?.trim() ?? '');
}

export function affectedOrderRows(
  draft: PlanDraft,
  ticked: readonly Finding[],
  affected: readonly AffectedOrder[],
): AffectedOrderRow[] {
  return chosenOrders(draft, ticked, affected).map((order) => ({
    order,
    cause: causeOf(draft, ticked, order.orderId),
  }));
}

export function affectedOrderCells(row: AffectedOrderRow): string[] {
  const { order } = row;
  return [order.orderId, order.date, order.defect, order.sku, row.cause];
}

/**
 * A CSV cell. Report text is data: a cell a spreadsheet would run as a formula (=, +, -, @ or a
 * control character first) is written with a leading apostrophe, and quotes are doubled.
 */
function csvCell(text: string): string {
  const inert = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** The affected-orders file: the same rows as the Doc's table, with a header; CRLF lines. */
export function affectedOrdersCsv(rows: readonly AffectedOrderRow[]): string {
  const lines = [[...affectedOrdersHeader], ...rows.map(affectedOrderCells)];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
