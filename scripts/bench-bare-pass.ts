/**
 * The bare single pass the bench measures the metrics against: a loop over the same cells that
 * reads each row's order ID, channel and date and puts the IDs in a Set, and nothing else. It is
 * compiled in the add-on's own context, so both pay the same for running in a fresh V8 realm.
 */
import type { LoadedAddon } from '../host';

/** Script source of `function (ranges)`: the pass over every range, each with its header row. */
const barePassSource = `(function barePass(ranges) {
  var idNames = ['amazon-order-id', 'order-id', 'Order ID'];
  var dateNames = ['purchase-date', 'ship-date', 'Date', 'claim-date', 'chargeback-date'];
  var found = 0;
  for (var r = 0; r < ranges.length; r++) {
    var rows = ranges[r];
    var header = rows[0];
    var id = -1, date = -1, channel = header.indexOf('fulfillment-channel');
    for (var n = 0; n < idNames.length && id < 0; n++) id = header.indexOf(idNames[n]);
    for (var d = 0; d < dateNames.length && date < 0; d++) date = header.indexOf(dateNames[d]);
    if (channel < 0) channel = id;
    var ids = new Set();
    var amazon = 0, newest = '';
    for (var i = 1; i < rows.length; i++) {
      var row = rows[i];
      ids.add(row[id]);
      if (row[channel] === 'Amazon') amazon++;
      var day = row[date];
      if (day > newest) newest = day;
    }
    found += ids.size + amazon + newest.length;
  }
  return found;
})`;

/** The bare pass as a function of the add-on's realm. */
export function barePass(addon: LoadedAddon): (ranges: readonly unknown[][][]) => number {
  return addon.run(barePassSource);
}

/**
 * Script source of `function (orders, feedback)`: the least an exact ODR must do, and nothing
 * more. Each order ID into a Map (an order has several item rows), each purchase-date parsed (the
 * window is days, not text), the channel and cancellation kept per order in typed arrays, the
 * 60-day window counted, the negative feedback (1 or 2 stars) matched to its order (claims and
 * chargebacks, a few hundred rows, would add little). No cell is checked, no stray date is
 * looked for and no marketplace is told apart: what issue 8 and the marketplace split add is the
 * difference between this pass and `ODR`.
 */
const leastOdrSource = `(function leastOdr(orders, feedback) {
  var h = orders[0], id = h.indexOf('amazon-order-id'), pd = h.indexOf('purchase-date');
  var ch = h.indexOf('fulfillment-channel'), st = h.indexOf('order-status');
  var floor = Math.floor;
  function two(t, i) { return (t.charCodeAt(i) - 48) * 10 + t.charCodeAt(i + 1) - 48; }
  function instant(t) {
    var y = two(t, 0) * 100 + two(t, 2), m = two(t, 5), d = two(t, 8);
    var my = m <= 2 ? y - 1 : y, era = floor(my / 400), yoe = my - era * 400;
    var doy = floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
    var day = era * 146097 + yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy - 719468;
    var offset = (t.charCodeAt(19) === 45 ? -1 : 1) * (two(t, 20) * 60 + two(t, 23));
    return day * 864e5 + ((two(t, 11) * 60 + two(t, 14)) * 60 + two(t, 17)) * 1000 - offset * 6e4;
  }
  var n = orders.length, byId = new Map(), k = 0, previous = '', last = -1;
  var date = new Float64Array(n), seller = new Uint8Array(n), cancelled = new Uint8Array(n);
  for (var i = 1; i < n; i++) {
    var row = orders[i], order = row[id];
    var j = order === previous ? last : byId.get(order), t = instant(row[pd]);
    if (j === undefined) { j = k++; byId.set(order, j); date[j] = t; seller[j] = row[ch] === 'Merchant' ? 1 : 0; }
    else if (t < date[j]) date[j] = t;
    if (row[st] === 'Cancelled') cancelled[j] = 1;
    previous = order; last = j;
  }
  var newest = -Infinity;
  for (var a = 0; a < k; a++) if (date[a] > newest) newest = date[a];
  var from = newest - 60 * 864e5, orderCount = 0, defects = 0;
  for (var b = 0; b < k; b++) if (seller[b] === 1 && !cancelled[b] && date[b] >= from) orderCount++;
  var fid = feedback[0].indexOf('Order ID'), rating = feedback[0].indexOf('Rating');
  for (var f = 1; f < feedback.length; f++) {
    if (Number(feedback[f][rating]) > 2) continue;
    var o = byId.get(feedback[f][fid]);
    if (o !== undefined && seller[o] === 1 && date[o] >= from) defects++;
  }
  return defects / orderCount;
})`;

/** The least ODR must do (see `leastOdrSource`), as a function of the add-on's realm. */
export function leastOdrPass(
  addon: LoadedAddon,
): (orders: unknown[][], feedback: unknown[][]) => number {
  return addon.run(leastOdrSource);
}
