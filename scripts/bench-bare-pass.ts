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
