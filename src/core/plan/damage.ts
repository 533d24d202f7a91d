/**
 * The section of the Doc for the seller alone: what a restriction would put at stake, from what
 * the add-on already computes for the Health sheet (SALES_AT_STAKE, ORDERS_TO_SHIP, the recovery
 * planner). Nothing here is estimated beyond the data: sales are the item prices of the orders in
 * the window, the orders to ship are those no report shows shipped, and the dates defects leave
 * the window follow Amazon's windows. It opens the Doc and is never in the appeal form's text.
 */

import { formatPercent } from '../analysis/percent';
import { recoveryAssumption, recoveryPlan } from '../analysis/recovery';
import { ordersToShip, salesAtStake, type TableCell } from '../dashboard/tables';
import type { Marketplace } from '../marketplaces';
import type { HealthData } from '../metrics/health-data';
import type { HealthInput } from '../metrics/types';
import { metricsOfNotice } from './notices';
import type { KeptMarketplace } from './report-facts';
import { noticeScope } from './scope';
import type { DocBlock, PlanDraft } from './types';

export const damageHeading = 'For you, not for Amazon: what is at stake';

/** Orders to ship listed in the Doc; a line under the table says how many there are in all. */
const ordersToShipShown = 50;
/** Defects listed that leave the window next. */
const exitsShown = 10;

function cellText(cell: TableCell): string {
  return typeof cell === 'number' ? String(cell) : cell;
}

function table(cells: TableCell[][]): DocBlock {
  const [header = [], ...rows] = cells.map((row) => row.map(cellText));
  return { type: 'table', header, rows };
}

/** The defects of the notice's metrics, in its channel, that leave the window first. */
function leavingSoon(draft: PlanDraft, market: KeptMarketplace): DocBlock[] {
  const { channel } = noticeScope(draft.notice);
  const metrics = metricsOfNotice(draft.notice.kind);
  const blocks: DocBlock[] = [];
  for (const metric of metrics) {
    // The longest window: the one whose defects stay longest.
    const result = market.results
      .filter((r) => r.metric === metric && r.channel === channel && r.defects.length > 0)
      .sort((a, b) => b.windowDays - a.windowDays)[0];
    if (!result) continue;
    const plan = recoveryPlan(result, market.options.asOf, market.options.nearMargin);
    const back =
      plan.underTargetOn === null
        ? ''
        : plan.underTargetOn <= market.options.asOf
          ? ` It is under Amazon's target on ${market.options.asOf}.`
          : ` If no new defect arrives, it is back under target on ${plan.underTargetOn}.`;
    blocks.push({
      type: 'paragraph',
      text: `${result.label} (${result.windowDays} days, ${formatPercent(result.value ?? 0)} on ${market.options.asOf}): the defects that leave its window first.${back}`,
    });
    blocks.push({
      type: 'table',
      header: ['Order ID', 'Defect', 'Counts until'],
      rows: plan.exits
        .slice(0, exitsShown)
        .map((exit) => [exit.defect.orderId, exit.defect.detail, exit.leavesOn]),
    });
  }
  if (blocks.length > 0) blocks.push({ type: 'paragraph', text: recoveryAssumption });
  return blocks;
}

/**
 * The tables of the seller's section, measured with the figures (see ./report-facts.ts): the
 * sales at stake, and the most urgent orders to ship with how many wait in all.
 */
export interface SellerStake {
  sales: TableCell[][];
  /** The header and the `ordersToShipShown` most urgent orders. */
  toShip: TableCell[][];
  waiting: number;
}

/** `data`: the input's orders as the metrics merged them (see ordersToShip). */
export function sellerStake(
  input: HealthInput,
  marketplace: Marketplace,
  asOf: string,
  data: HealthData,
): SellerStake {
  const toShip = ordersToShip(input, marketplace, asOf, data);
  return {
    sales: salesAtStake(input, marketplace, asOf),
    toShip: toShip.slice(0, ordersToShipShown + 1),
    waiting: toShip.length - 1,
  };
}

/** The seller's section, first in the Doc; none without report data. */
export function damageSection(draft: PlanDraft, market: KeptMarketplace | null): DocBlock[] {
  if (!market) return [];
  const { marketplace, options, stake } = market;
  const blocks: DocBlock[] = [
    { type: 'heading', level: 1, text: damageHeading },
    {
      type: 'paragraph',
      text: `For you alone, and not in the form text: delete it before you send this Doc to Amazon. From your reports for ${marketplace.salesChannel} up to ${options.asOf}.`,
    },
    { type: 'heading', level: 2, text: 'Sales of the last 30 and 60 days' },
    table(stake.sales),
    { type: 'heading', level: 2, text: 'Seller-fulfilled orders still to ship' },
    table(stake.toShip),
  ];
  if (stake.waiting > ordersToShipShown) {
    blocks.push({
      type: 'paragraph',
      text: `The ${ordersToShipShown} most urgent of ${stake.waiting} orders waiting to ship.`,
    });
  }
  const leaving = leavingSoon(draft, market);
  if (leaving.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: 'Defects that leave the window soon' },
      ...leaving,
    );
  }
  return blocks;
}
