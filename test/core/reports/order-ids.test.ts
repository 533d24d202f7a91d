/**
 * Order IDs as sellers copy them out of cases, e-mails and chats: each joins its order, or is
 * refused naming what was expected; none becomes an ID that matches nothing.
 */
import { describe, expect, it } from 'vitest';
import { orderIdKey, readOrderId } from '../../../src/core/reports/order-ids';

const id = '114-0149180-7966659';

describe('readOrderId', () => {
  it.each([
    id,
    `#${id}`,
    `Order ID: ${id}`,
    `Amazon Order ID: ${id}`,
    `Order-ID: ${id}`,
    `Order #: ${id}`,
    `order id - ${id}`,
    `"${id}"`,
    `${id} (2 items)`,
    `${id}.`,
    `${id}\u200B`,
    '114–0149180–7966659',
    '114 - 0149180 - 7966659',
    '11401491807966659',
  ])('reads "%s" as the order it names', (text) => {
    expect(readOrderId(text)).toEqual({ id });
  });

  it.each([
    ['114-0149180-796665', /3, 7 and 7 characters/],
    ['Order 114-0149180-796665', /3, 7 and 7 characters/],
    ['111-0000000-0000O45', /digits after the first hyphen/],
    [`${id} and 114-0149180-7966660`, /one order ID in the cell/],
    ['1.14015E+16', /scientific notation/],
    ['N/A', /an order ID such as/],
    ['=HYPERLINK("x")', /an order ID such as/],
  ])('refuses "%s"', (text, expected) => {
    const reading = readOrderId(text);
    expect('expected' in reading ? reading.expected : reading.id).toMatch(expected);
  });

  it.each([
    "Siobhan O'Neill +44 7700 900456",
    'John Smith 07700900456',
    'Fatima Al-Zahra 050 123 4567',
    'Anna Müller, 10115 Berlin',
  ])('refuses "%s": a buyer’s name and phone pasted a column off are no order ID', (text) => {
    expect(readOrderId(text)).toEqual({ expected: 'an order ID such as 114-0149180-7966659' });
  });

  it.each([
    ['ORDER-1001', 'ORDER-1001'],
    ['#1001', '1001'],
    ['W1001/2', 'W1001/2'],
    ['Order 1001', 'Order-1001'],
    ['PO#1234', 'PO#1234'],
    ['SHOPIFY:1001', 'SHOPIFY:1001'],
  ])('keeps another channel’s ID "%s" as %s', (text, kept) => {
    expect(readOrderId(text)).toEqual({ id: kept });
  });

  it('keeps another channel’s ID as it is', () => {
    expect(readOrderId('ORDER-1001')).toEqual({ id: 'ORDER-1001' });
    expect(orderIdKey('ORDER-1001')).toBe('ORDER-1001');
    expect(orderIdKey(`#${id}`)).toBe(id);
  });
});
