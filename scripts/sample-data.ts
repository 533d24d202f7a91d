/**
 * Deterministic, SYNTHETIC Seller Central reports for tests, the benchmark and the local preview.
 *
 * Nothing here is real: every order ID, buyer, address, e-mail, phone number and comment is made up
 * from a seeded PRNG and short fixed lists of invented values. E-mails end in `.example.invalid`,
 * phone numbers use the fictional `555-01xx` range, streets are "Example Street" and the like.
 *
 * The same options always give the same tables, byte for byte: no `Date.now`, no `Math.random`,
 * one sfc32 stream seeded through splitmix32. Pure TypeScript (no Node APIs), so tests, the bench and
 * the browser preview can all import it.
 *
 * The story built into the default sample (see `defaultSampleOptions`), so that the metrics and the
 * root-cause analysis have something to find:
 * - Late shipments (LSR): a small base rate; much higher for orders placed on a Saturday (the
 *   weekend backlog is picked on Monday afternoon) and for the Dutch oven `CL-DUTCH-6QT` (it ships
 *   from overflow storage); and a warehouse slowdown in the last 10 days, which pushes the MFN
 *   10-day LSR well over 4% (the 30-day LSR ends up over it too).
 * - Valid tracking (VTR): carriers typed in as "Other" (Speedy Parcel Co., Lakeside Courier) never
 *   count as valid; a few labels are missing or never scanned. VTR lands near 95%.
 * - On-time delivery (OTDR): FedEx Home Delivery takes two or three days longer on some parcels,
 *   so it misses the deliver-by date about 10% of the time (USPS and UPS about 1–2%).
 * - Negative feedback, claims and chargebacks follow what went wrong: late or lost packages,
 *   damaged fragile items (glass carafe, vase, candles), the cutting-board set whose listing says
 *   three boards (`CL-BOARD-3`, "not as described"), wrong items. The MFN ODR over the 60 days
 *   ending on the newest order day is near or over 1%. Orders of the last days have no feedback yet.
 * - Pre-fulfillment cancellations: seller cancellations (more on the low-stock dog bed `BF-BED-M`
 *   and first-aid kit), buyer-requested ones flagged `is-buyer-requested-cancelation` TRUE, and a
 *   few single items cancelled by the seller in orders that otherwise shipped.
 */
import { addDays, epochDay, startOfDay, zoneOffsetMs } from '../src/core/calendar';
import type { HealthRanges } from '../src/core/health-input';
import {
  type Marketplace,
  type MarketplaceCode,
  marketplaceByCode,
} from '../src/core/marketplaces';

export interface SampleOptions {
  seed: number;
  /** Number of orders (not item rows; about 1.17 item rows per order). */
  orders: number;
  /** Days of purchases, ending on `endDay`. */
  days: number;
  /** yyyy-mm-dd: the last purchase day, in the marketplace's time zone. The data is "as of" its end. */
  endDay: string;
  /** Default `US`. */
  marketplace?: MarketplaceCode;
}

/** Each table is a 2D array of strings: the first row is the header; no cell holds a tab or newline. */
export interface SampleReports {
  /** GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL (32 columns with url) + is-buyer-requested-cancelation. */
  allOrders: string[][];
  /** GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING, MFN orders only, with fake buyer fields. */
  sellerFulfilledOrders: string[][];
  /** The seller's shipping-tool export: Amazon's confirmation template + confirmation, tracking, delivery. */
  shippingConfirmations: string[][];
  /** GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL, with fake buyer fields. */
  fbaShipments: string[][];
  /** GET_SELLER_FEEDBACK_DATA, ratings 1 to 5. */
  feedback: string[][];
  claims: string[][];
  chargebacks: string[][];
}

/** Every generated report as the custom functions' argument it is passed as. */
export function healthRangesOf(r: SampleReports): HealthRanges {
  return {
    orders: r.allOrders,
    mfnOrders: r.sellerFulfilledOrders,
    shipments: r.shippingConfirmations,
    fbaShipments: r.fbaShipments,
    feedback: r.feedback,
    claims: r.claims,
    chargebacks: r.chargebacks,
  };
}

/** The committed sample in `samples/` (regenerate with `npm run samples`). */
export const defaultSampleOptions: Readonly<Required<SampleOptions>> = {
  seed: 20261115,
  orders: 3000,
  days: 90,
  endDay: '2026-11-15',
  marketplace: 'US',
};

/** File name of each report in samples/. */
export const sampleFiles: { readonly [K in keyof SampleReports]: string } = {
  allOrders: 'all-orders.tsv',
  sellerFulfilledOrders: 'seller-fulfilled-orders.tsv',
  shippingConfirmations: 'shipping-confirmations.tsv',
  fbaShipments: 'fba-shipments.tsv',
  feedback: 'feedback.tsv',
  claims: 'claims.tsv',
  chargebacks: 'chargebacks.tsv',
};

/** The exact header rows (reference sections 3.1, 3.2, 3.4, 3.5, 3.7 plus the documented extras). */
export const sampleHeaders: { readonly [K in keyof SampleReports]: readonly string[] } = {
  allOrders: [
    'amazon-order-id',
    'merchant-order-id',
    'purchase-date',
    'last-updated-date',
    'order-status',
    'fulfillment-channel',
    'sales-channel',
    'order-channel',
    'url',
    'ship-service-level',
    'product-name',
    'sku',
    'asin',
    'item-status',
    'quantity',
    'currency',
    'item-price',
    'item-tax',
    'shipping-price',
    'shipping-tax',
    'gift-wrap-price',
    'gift-wrap-tax',
    'item-promotion-discount',
    'ship-promotion-discount',
    'ship-city',
    'ship-state',
    'ship-postal-code',
    'ship-country',
    'promotion-ids',
    'is-business-order',
    'purchase-order-number',
    'price-designation',
    'is-buyer-requested-cancelation',
  ],
  sellerFulfilledOrders: [
    'order-id',
    'order-item-id',
    'purchase-date',
    'payments-date',
    'buyer-email',
    'buyer-name',
    'buyer-phone-number',
    'sku',
    'product-name',
    'quantity-purchased',
    'currency',
    'item-price',
    'item-tax',
    'shipping-price',
    'shipping-tax',
    'ship-service-level',
    'ship-service-name',
    'recipient-name',
    'ship-address-1',
    'ship-address-2',
    'ship-address-3',
    'ship-city',
    'ship-state',
    'ship-postal-code',
    'ship-country',
    'ship-phone-number',
    'delivery-start-date',
    'delivery-end-date',
    'delivery-time-zone',
    'delivery-Instructions',
    'order-channel',
    'order-channel-instance',
    'external-order-id',
    'earliest-ship-date',
    'latest-ship-date',
    'earliest-delivery-date',
    'latest-delivery-date',
    'is-business-order',
    'purchase-order-number',
    'price-designation',
    'fulfilled-by',
    'shipment-status',
    'is-buyer-requested-cancelation',
  ],
  shippingConfirmations: [
    'order-id',
    'order-item-id',
    'quantity',
    'ship-date',
    'carrier-code',
    'carrier-name',
    'tracking-number',
    'ship-method',
    'ship-confirmation-date',
    'tracking-valid',
    'delivered-date',
  ],
  fbaShipments: [
    'amazon-order-id',
    'merchant-order-id',
    'shipment-id',
    'shipment-item-id',
    'amazon-order-item-id',
    'merchant-order-item-id',
    'purchase-date',
    'payments-date',
    'shipment-date',
    'reporting-date',
    'buyer-email',
    'buyer-name',
    'buyer-phone-number',
    'sku',
    'product-name',
    'quantity-shipped',
    'currency',
    'item-price',
    'item-tax',
    'shipping-price',
    'shipping-tax',
    'gift-wrap-price',
    'gift-wrap-tax',
    'ship-service-level',
    'recipient-name',
    'ship-address-1',
    'ship-address-2',
    'ship-address-3',
    'ship-city',
    'ship-state',
    'ship-postal-code',
    'ship-country',
    'ship-phone-number',
    'bill-address-1',
    'bill-address-2',
    'bill-address-3',
    'bill-city',
    'bill-state',
    'bill-postal-code',
    'bill-country',
    'item-promotion-discount',
    'ship-promotion-discount',
    'carrier',
    'tracking-number',
    'estimated-arrival-date',
    'fulfillment-center-id',
    'fulfillment-channel',
    'sales-channel',
  ],
  feedback: ['Date', 'Rating', 'Comments', 'Your Response', 'Order ID', 'Rater Email'],
  claims: ['order-id', 'claim-date', 'claim-status', 'claim-reason', 'claim-amount'],
  chargebacks: [
    'order-id',
    'chargeback-date',
    'chargeback-status',
    'chargeback-reason',
    'chargeback-amount',
  ],
};

/** Tab-separated text with `\n` line ends (and one after the last row). */
export function toTsv(table: string[][]): string {
  const lines = table.map((row) => row.join('\t'));
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// PRNG: sfc32, seeded through splitmix32.

class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = (Math.floor(seed) >>> 0) ^ Math.floor(Math.abs(seed) / 4294967296);
    const split = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) | 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer from lo to hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  between(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** An index drawn with the given weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] as number;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** n random decimal digits (leading zeros kept). */
  digits(n: number): string {
    if (n <= 9) return String((this.u32() % 10 ** n) + 10 ** n).slice(1);
    const parts: string[] = [];
    for (let left = n; left > 0; left -= 9) parts.push(this.digits(Math.min(left, 9)));
    return parts.join('');
  }

  chars(n: number, alphabet: string): string {
    const codes: number[] = [];
    for (let i = 0; i < n; i++) codes.push(alphabet.charCodeAt(this.u32() % alphabet.length));
    return String.fromCharCode(...codes);
  }
}

const lowerAlnum = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Joins strings into one flat string. Template literals build V8 cons-string trees, which take
 * about four times the memory of the flat text; with 100k rows retained that is what the garbage
 * collector spends its time on.
 */
function cat(...parts: string[]): string {
  return parts.join('');
}

/** A made-up address in the reserved .invalid domain. */
function fakeEmail(rng: Rng, length: number): string {
  return cat(rng.chars(length, lowerAlnum), '@marketplace.example.invalid');
}
const upperAlnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

// ---------------------------------------------------------------------------------------------
// Invented catalogue, people, places, carriers.

type ProductTag = '' | 'shipsLate' | 'fragile' | 'misdescribed' | 'lowStock';

interface Product {
  sku: string;
  asin: string;
  name: string;
  usd: number;
  handling: number;
  popularity: number;
  /** Share of the product's orders fulfilled by Amazon. */
  fba: number;
  tag: ProductTag;
}

function product(
  sku: string,
  asin: string,
  name: string,
  usd: number,
  handling: number,
  popularity: number,
  fba: number,
  tag: ProductTag = '',
): Product {
  return { sku, asin, name, usd, handling, popularity, fba, tag };
}

let catalogueCache: Product[] | undefined;

/** Invented brands and products; the ASINs are made up (B0 + 8 characters). */
function catalogue(): Product[] {
  if (!catalogueCache) {
    catalogueCache = [
      product(
        'CL-SKILLET-10',
        'B0C4K7XQ2M',
        'Copperleaf Kitchen Cast Iron Skillet, 10" Pre-Seasoned',
        34.99,
        1,
        9,
        0.45,
      ),
      product(
        'CL-DUTCH-6QT',
        'B0D2N8RW5T',
        'Copperleaf Kitchen Enameled Dutch Oven 6 Qt, Cream',
        79.99,
        2,
        4,
        0,
        'shipsLate',
      ),
      product(
        'CL-KNIFE-8',
        'B0B9P3LM6V',
        'Copperleaf Kitchen 8 Inch Chef Knife with Sheath',
        29.99,
        1,
        7,
        0.4,
      ),
      product(
        'CL-BOARD-3',
        'B0C1T5YH8D',
        'Copperleaf Kitchen Bamboo Cutting Board Set (3 Pieces)',
        24.99,
        1,
        8,
        0.2,
        'misdescribed',
      ),
      product(
        'CL-CARAFE-1L',
        'B0CJ6W2ZQ9',
        'Copperleaf Kitchen Glass Pour-Over Carafe 1 L',
        27.5,
        1,
        5,
        0.3,
        'fragile',
      ),
      product(
        'CL-SPICE-12',
        'B0BX4R7N2K',
        'Copperleaf Kitchen Magnetic Spice Tins, Set of 12',
        21.99,
        1,
        6,
        0.5,
      ),
      product(
        'CL-APRON-BLK',
        'B0C8M2V6TJ',
        'Copperleaf Kitchen Canvas Apron - Black',
        18.99,
        1,
        4,
        0.2,
      ),
      product(
        'PC-LANTERN-LED',
        'B0CQ3H9D4W',
        'Pinecrest Goods Rechargeable LED Camping Lantern',
        32.99,
        1,
        7,
        0.5,
      ),
      product(
        'PC-BOTTLE-24-BLU',
        'B0BM7K2P8X',
        'Pinecrest Goods Insulated Water Bottle 24 oz, Lake Blue',
        22.99,
        1,
        10,
        0.6,
      ),
      product(
        'PC-BOTTLE-24-GRN',
        'B0BM7K5Z3R',
        'Pinecrest Goods Insulated Water Bottle 24 oz, Forest Green',
        22.99,
        1,
        6,
        0.6,
      ),
      product(
        'PC-HAMMOCK-2P',
        'B0D5F8W1QC',
        'Pinecrest Goods Two-Person Travel Hammock with Straps',
        39.99,
        2,
        4,
        0.3,
      ),
      product(
        'PC-FIRSTAID-100',
        'B0C9T4J7LE',
        'Pinecrest Goods First Aid Kit, 100 Pieces',
        19.99,
        1,
        6,
        0.3,
        'lowStock',
      ),
      product(
        'PC-HEADLAMP-2',
        'B0BV2N6S9H',
        'Pinecrest Goods Headlamp 2-Pack, 350 Lumen',
        17.99,
        1,
        7,
        0.5,
      ),
      product(
        'PC-STOVE-MINI',
        'B0CF1X8M5A',
        'Pinecrest Goods Folding Mini Camp Stove',
        26.99,
        1,
        3,
        0.2,
      ),
      product(
        'HL-TOWEL-6',
        'B0C7W3Q2ZN',
        'Harborline Cotton Bath Towel Set of 6, Slate',
        44.99,
        2,
        5,
        0.2,
      ),
      product(
        'HL-PILLOW-2',
        'B0D1K9R4YP',
        'Harborline Cooling Pillow, Queen, 2-Pack',
        49.99,
        2,
        4,
        0.3,
      ),
      product(
        'HL-CANDLE-3',
        'B0BT8G5M1F',
        'Harborline Soy Candle Trio - Cedar, Sea Salt, Fig',
        24.99,
        1,
        5,
        0.3,
        'fragile',
      ),
      product(
        'HL-VASE-GLASS',
        'B0CL6D3V7U',
        'Harborline Hand-Blown Glass Vase 9"',
        31.99,
        1,
        3,
        0,
        'fragile',
      ),
      product(
        'HL-BASKET-L',
        'B0C2Y7N8HS',
        'Harborline Woven Storage Basket, Large',
        27.99,
        1,
        4,
        0.2,
      ),
      product(
        'HL-THROW-GRY',
        'B0BZ5P1W6G',
        'Harborline Knit Throw Blanket 50 x 60 in, Grey',
        35.99,
        1,
        6,
        0.4,
      ),
      product(
        'HL-FRAME-8X10',
        'B0CD4M9T2L',
        'Harborline Picture Frame 8x10, Set of 4',
        23.99,
        1,
        4,
        0.3,
      ),
      product(
        'BF-LEASH-6',
        'B0BR3J8K5D',
        'Bramblefield Pet Nylon Dog Leash 6 ft',
        14.99,
        1,
        6,
        0.5,
      ),
      product(
        'BF-BOWL-SS',
        'B0C5V1H7QM',
        'Bramblefield Pet Stainless Steel Bowls, 2-Pack',
        16.99,
        1,
        5,
        0.5,
      ),
      product(
        'BF-BED-M',
        'B0D3X6C2RB',
        'Bramblefield Pet Orthopedic Dog Bed, Medium',
        59.99,
        2,
        4,
        0.2,
        'lowStock',
      ),
      product(
        'BF-TOY-ROPE',
        'B0BK9W4F8T',
        'Bramblefield Pet Rope Toy Bundle (5 Pack)',
        12.99,
        1,
        5,
        0.4,
      ),
    ];
  }
  return catalogueCache;
}

/** Obviously invented people. */
const people = [
  'Avery Example',
  'Jordan Sample',
  'Casey Placeholder',
  'Riley Testperson',
  'Morgan Fictional',
  'Quinn Madeup',
  'Taylor Notreal',
  'Jamie Specimen',
  'Robin Mockley',
  'Drew Dummyton',
  'Skyler Exampleson',
  'Parker Samplewood',
  'Reese Invented',
  'Alex Imaginary',
] as const;

const streets = [
  'Example Street',
  'Sample Road',
  'Placeholder Avenue',
  'Test Lane',
  'Fictional Way',
  'Madeup Court',
] as const;

const address2 = ['Apt 4B', 'Unit 12', 'Suite 300', 'Apt 2', 'Floor 3'] as const;

interface Place {
  city: string;
  state: string;
  zip: string;
  /** Sales tax rate for US places; 0 elsewhere (the marketplace rate is used). */
  tax: number;
}

/** US cities with a ZIP prefix and an approximate combined sales-tax rate. */
const usPlaces: readonly Place[] = [
  { city: 'Seattle', state: 'WA', zip: '981', tax: 0.1035 },
  { city: 'Portland', state: 'OR', zip: '972', tax: 0 },
  { city: 'Los Angeles', state: 'CA', zip: '900', tax: 0.095 },
  { city: 'San Diego', state: 'CA', zip: '921', tax: 0.0775 },
  { city: 'Phoenix', state: 'AZ', zip: '850', tax: 0.086 },
  { city: 'Denver', state: 'CO', zip: '802', tax: 0.0881 },
  { city: 'Dallas', state: 'TX', zip: '752', tax: 0.0825 },
  { city: 'Austin', state: 'TX', zip: '787', tax: 0.0825 },
  { city: 'Chicago', state: 'IL', zip: '606', tax: 0.1025 },
  { city: 'Minneapolis', state: 'MN', zip: '554', tax: 0.0803 },
  { city: 'Atlanta', state: 'GA', zip: '303', tax: 0.089 },
  { city: 'Miami', state: 'FL', zip: '331', tax: 0.07 },
  { city: 'Charlotte', state: 'NC', zip: '282', tax: 0.0725 },
  { city: 'New York', state: 'NY', zip: '100', tax: 0.08875 },
  { city: 'Boston', state: 'MA', zip: '021', tax: 0.0625 },
  { city: 'Philadelphia', state: 'PA', zip: '191', tax: 0.08 },
  { city: 'Columbus', state: 'OH', zip: '432', tax: 0.075 },
  { city: 'Nashville', state: 'TN', zip: '372', tax: 0.0925 },
  { city: 'Salt Lake City', state: 'UT', zip: '841', tax: 0.0775 },
  { city: 'Kansas City', state: 'MO', zip: '641', tax: 0.0885 },
];

/** Invented towns for the other marketplaces. */
const otherTowns = ['Exampleton', 'Sampleford', 'Placeholder Bay', 'Testingham', 'Mockbridge'];

type TrackingFormat = 'usps' | 'ups' | 'fedex' | 'digits12' | 'upu' | 'tba';

interface Carrier {
  code: string;
  /** Typed-in name; only for `Other`. */
  name: string;
  share: number;
  standardMethod: string;
  fastMethod: string;
  tracking: TrackingFormat;
  /** Delivers a day later than promised more often (the OTDR standout). */
  slow: boolean;
  /** Typed into the free-text Other field: Amazon treats such tracking as invalid. */
  other: boolean;
}

function carrier(
  code: string,
  share: number,
  standardMethod: string,
  fastMethod: string,
  tracking: TrackingFormat,
  slow = false,
): Carrier {
  return { code, name: '', share, standardMethod, fastMethod, tracking, slow, other: false };
}

const otherCarriers: readonly Carrier[] = [
  {
    code: 'Other',
    name: 'Speedy Parcel Co.',
    share: 0.017,
    standardMethod: 'Ground',
    fastMethod: 'Express',
    tracking: 'digits12',
    slow: false,
    other: true,
  },
  {
    code: 'Other',
    name: 'Lakeside Courier',
    share: 0.01,
    standardMethod: 'Standard',
    fastMethod: 'Priority',
    tracking: 'digits12',
    slow: false,
    other: true,
  },
];

interface Locale {
  currency: string;
  minorUnits: 0 | 2;
  /** Price of one USD of catalogue price in the local currency. */
  priceFactor: number;
  /** Flat tax rate; null: by US state. */
  taxRate: number | null;
  /** Order IDs start with one of these three-digit prefixes. */
  orderPrefixes: readonly string[];
  country: string;
  carriers: readonly Carrier[];
  fbaCarrier: string;
}

function locale(code: MarketplaceCode): Locale {
  const upu = 'upu' as const;
  const d12 = 'digits12' as const;
  switch (code) {
    case 'US':
      return {
        currency: 'USD',
        minorUnits: 2,
        priceFactor: 1,
        taxRate: null,
        orderPrefixes: ['111', '112', '113', '114'],
        country: 'US',
        carriers: [
          carrier('USPS', 0.55, 'Ground Advantage', 'Priority Mail', 'usps'),
          carrier('UPS', 0.25, 'UPS Ground', 'UPS 2nd Day Air', 'ups'),
          carrier('FedEx', 0.173, 'FedEx Home Delivery', 'FedEx 2Day', 'fedex', true),
        ],
        fbaCarrier: 'AMZN_US',
      };
    case 'CA':
      return simpleLocale('CAD', 2, 1.35, 0.13, ['701', '702'], 'CA', [
        carrier('Canada Post', 0.55, 'Expedited Parcel', 'Xpresspost', upu),
        carrier('UPS', 0.25, 'UPS Standard', 'UPS Express', 'ups'),
        carrier('Purolator', 0.168, 'Purolator Ground', 'Purolator Express', d12, true),
      ]);
    case 'MX':
      return simpleLocale('MXN', 2, 18, 0.16, ['701', '702'], 'MX', [
        carrier('Estafeta', 0.55, 'Terrestre', 'Dia Siguiente', d12),
        carrier('DHL', 0.25, 'DHL Economy', 'DHL Express', d12),
        carrier('FedEx', 0.168, 'FedEx Economy', 'FedEx Express', 'fedex', true),
      ]);
    case 'UK':
      return simpleLocale('GBP', 2, 0.8, 0.2, ['202', '203', '204', '205', '206'], 'GB', [
        carrier('Royal Mail', 0.55, 'Tracked 48', 'Tracked 24', upu),
        carrier('DPD', 0.25, 'DPD Next Day', 'DPD Express', d12),
        carrier('Evri', 0.168, 'Evri Standard', 'Evri Next Day', d12, true),
      ]);
    case 'DE':
      return simpleLocale('EUR', 2, 0.92, 0.19, ['302', '303', '304', '305', '306'], 'DE', [
        carrier('DHL', 0.55, 'DHL Paket', 'DHL Express', d12),
        carrier('DPD', 0.25, 'DPD Classic', 'DPD Express', d12),
        carrier('Hermes', 0.168, 'Hermes Paket', 'Hermes Express', d12, true),
      ]);
    case 'FR':
      return simpleLocale('EUR', 2, 0.92, 0.2, ['402', '403', '404', '405', '406', '407'], 'FR', [
        carrier('La Poste', 0.55, 'Lettre Suivie', 'Colissimo Expert', upu),
        carrier('Colissimo', 0.25, 'Colissimo', 'Colissimo Expert', upu),
        carrier('Chronopost', 0.168, 'Chrono Relais', 'Chrono 13', d12, true),
      ]);
    case 'IT':
      return simpleLocale('EUR', 2, 0.92, 0.22, ['402', '403', '404', '405', '406', '407'], 'IT', [
        carrier('Poste Italiane', 0.55, 'Crono', 'Crono Express', upu),
        carrier('BRT', 0.25, 'BRT Standard', 'BRT Express', d12),
        carrier('GLS', 0.168, 'GLS Business Parcel', 'GLS Express', d12, true),
      ]);
    case 'ES':
      return simpleLocale('EUR', 2, 0.92, 0.21, ['402', '403', '404', '405', '406', '407'], 'ES', [
        carrier('Correos', 0.55, 'Paq Estandar', 'Paq Premium', upu),
        carrier('SEUR', 0.25, 'SEUR 48', 'SEUR 24', d12),
        carrier('MRW', 0.168, 'MRW Ecommerce', 'MRW Urgente', d12, true),
      ]);
    case 'JP':
      return simpleLocale('JPY', 0, 150, 0.1, ['249', '250', '503'], 'JP', [
        carrier('Yamato Transport', 0.55, 'Takkyubin', 'Takkyubin Compact', d12),
        carrier('Sagawa Express', 0.25, 'Hikyaku', 'Hikyaku Express', d12),
        carrier('Japan Post', 0.168, 'Yu-Pack', 'Yu-Packet', upu, true),
      ]);
    case 'IN':
      return simpleLocale('INR', 2, 83, 0.18, ['402', '403', '404', '405', '406', '407'], 'IN', [
        carrier('India Post', 0.55, 'Speed Post', 'Speed Post Express', upu),
        carrier('Blue Dart', 0.25, 'Surface', 'Apex', d12),
        carrier('Delhivery', 0.168, 'Surface', 'Express', d12, true),
      ]);
    case 'AU':
      return simpleLocale('AUD', 2, 1.5, 0.1, ['249', '250'], 'AU', [
        carrier('Australia Post', 0.55, 'Parcel Post', 'Express Post', upu),
        carrier('StarTrack', 0.25, 'Road Express', 'Premium', d12),
        carrier('Couriers Please', 0.168, 'Standard', 'Express', d12, true),
      ]);
    default:
      throw new Error(`No sample locale for marketplace ${code}.`);
  }
}

function simpleLocale(
  currency: string,
  minorUnits: 0 | 2,
  priceFactor: number,
  taxRate: number,
  orderPrefixes: readonly string[],
  country: string,
  carriers: readonly Carrier[],
): Locale {
  return {
    currency,
    minorUnits,
    priceFactor,
    taxRate,
    orderPrefixes,
    country,
    carriers,
    fbaCarrier: `AMZN_${country === 'GB' ? 'UK' : country}`,
  };
}

const fulfillmentCenters = ['ABE2', 'BFI4', 'CLT2', 'MDW2', 'ONT8', 'PHX7', 'TPA1'] as const;

// ---------------------------------------------------------------------------------------------
// Comments (plain text; one starts with "=(" and one with "+1", as buyers write them).

type Issue = 'none' | 'late' | 'damaged' | 'notAsDescribed' | 'wrongItem' | 'notReceived';

const positiveComments = [
  'Arrived quickly and exactly as pictured. Thank you!',
  'Great seller, well packed.',
  'Perfect, would buy again.',
  'Item as described, fast shipping.',
  'Good quality for the price.',
  '+1 would order from this seller again',
  'Excellent communication and quick delivery.',
  'Works great \u{1F44D}',
  'Exactly what I needed.',
  "Nice product, my wife loves it. It's sturdy.",
];

const neutralComments = [
  'Product is fine but delivery took longer than expected.',
  'OK, packaging could be better.',
  'Average quality, does the job.',
  'Arrived on time, a bit smaller than I thought.',
];

const negativeComments: Record<Issue, readonly string[]> = {
  none: [
    'Poor quality, broke after a week.',
    'Seller never answered my message.',
    'Not worth the money.',
  ],
  late: [
    'Arrived a week late, needed it for a trip.',
    'Shipped late and no update from the seller.',
    'Took forever to ship.',
    'Late delivery, missed the birthday it was for.',
  ],
  damaged: [
    'Arrived damaged, the box was crushed.',
    '=( glass was broken when it arrived',
    'Item came scratched and dented.',
    'Damaged in shipping, poor packaging.',
  ],
  notAsDescribed: [
    'Not as described - only 2 boards, the listing says 3.',
    'Not as described, color is nothing like the photos.',
    'Smaller than the description says.',
  ],
  wrongItem: [
    'Received the wrong item.',
    'Wrong item: sent the green one, I ordered blue.',
    'Got a completely different product.',
  ],
  notReceived: [
    'Never received my order.',
    'Tracking shows nothing, package never came.',
    'Package never arrived, seller not helpful.',
  ],
};

const sellerResponses = [
  'We are sorry about this. We have contacted you to arrange a replacement.',
  'Thank you for the feedback; a full refund has been issued.',
  'We apologise for the delay and have changed our shipping process.',
];

const claimReasons: Record<Issue, string> = {
  none: 'Item not as described',
  late: 'Item not received',
  damaged: 'Item damaged',
  notAsDescribed: 'Item not as described',
  wrongItem: 'Wrong item received',
  notReceived: 'Item not received',
};

const fraudReason = 'Fraudulent transaction - not authorized by cardholder';
const serviceChargebackReasons: Record<Issue, string> = {
  none: 'Credit not processed',
  late: 'Merchandise not received',
  damaged: 'Merchandise defective or damaged',
  notAsDescribed: 'Not as described',
  wrongItem: 'Not as described',
  notReceived: 'Merchandise not received',
};

// ---------------------------------------------------------------------------------------------
// Time in the marketplace's zone, by epoch day (days since 1970-01-01).

const dayMs = 86_400_000;
const hourMs = 3_600_000;

class Clock {
  private readonly starts = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  /** The first instant of a local day. */
  dayStart(day: number): number {
    let start = this.starts.get(day);
    if (start === undefined) {
      start = startOfDay(addDays('1970-01-01', day), this.timeZone);
      this.starts.set(day, start);
    }
    return start;
  }

  /** The last second of a local day (23:59:59). */
  dayEnd(day: number): number {
    return this.dayStart(day + 1) - 1000;
  }

  /** A wall-clock hour (fractional) of a local day, kept inside the day. */
  at(day: number, hour: number): number {
    return Math.min(this.dayStart(day) + Math.round(hour * hourMs), this.dayEnd(day));
  }

  localDay(instant: number): number {
    return Math.floor((instant + zoneOffsetMs(instant, this.timeZone)) / dayMs);
  }

  /** ISO 8601 with the zone's offset, e.g. 2026-11-02T09:15:00-08:00. */
  isoLocal(instant: number): string {
    const offset = zoneOffsetMs(instant, this.timeZone);
    const wall = wallClock(instant + offset);
    const abs = Math.abs(offset) / 60_000;
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    return cat(wall, offset < 0 ? '-' : '+', hh, ':', mm);
  }
}

/** '00' … '99'. */
const two = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
/** yyyy-mm-dd by epoch day; shared by every run (the mapping never changes). */
const dayKeys = new Map<number, string>();

/** yyyy-mm-ddThh:mm:ss of an instant read as UTC (toISOString is slower at 100k rows). */
function wallClock(ms: number): string {
  const day = Math.floor(ms / dayMs);
  const secs = Math.floor((ms - day * dayMs) / 1000);
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  return [dayKeyOf(day), 'T', two[h], ':', two[m], ':', two[secs % 60]].join('');
}

/** ISO 8601 in UTC with a +00:00 offset, as Amazon's flat files write it. */
function isoUtc(instant: number): string {
  const day = Math.floor(instant / dayMs);
  const secs = Math.floor((instant - day * dayMs) / 1000);
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  return [dayKeyOf(day), 'T', two[h], ':', two[m], ':', two[secs % 60], '+00:00'].join('');
}

function dayKeyOf(day: number): string {
  let key = dayKeys.get(day);
  if (key === undefined) {
    const d = new Date(day * dayMs);
    key = `${d.getUTCFullYear()}-${two[d.getUTCMonth() + 1]}-${two[d.getUTCDate()]}`;
    dayKeys.set(day, key);
  }
  return key;
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isBusinessDay(day: number): boolean {
  const wd = weekdayOf(day);
  return wd !== 0 && wd !== 6;
}

/** The n-th business day after `day` (weekends skipped; n = 0 gives the next business day on or after). */
function addBusinessDays(day: number, n: number): number {
  let d = day;
  if (n === 0) {
    while (!isBusinessDay(d)) d++;
    return d;
  }
  let left = n;
  while (left > 0) {
    d++;
    if (isBusinessDay(d)) left--;
  }
  return d;
}

/** Carriers deliver Monday to Saturday. */
function addDeliveryDays(day: number, n: number): number {
  let d = day;
  let left = n;
  while (left > 0) {
    d++;
    if (weekdayOf(d) !== 0) left--;
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// The simulation.

type Channel = 'AFN' | 'MFN';
type ItemState = 'Shipped' | 'Unshipped' | 'Cancelled';

interface SimItem {
  orderItemId: string;
  product: Product;
  quantity: number;
  price: number;
  tax: number;
  shipping: number;
  shippingTax: number;
  promo: number;
  state: ItemState;
}

interface SimPackage {
  parts: { item: SimItem; quantity: number }[];
  confirmAt: number;
  shipDay: number;
  carrier: Carrier;
  method: string;
  tracking: string;
  trackingValid: boolean;
  deliveredAt: number | null;
}

interface SimFbaShipment {
  shipmentId: string;
  parts: { item: SimItem; shipmentItemId: string }[];
  shippedAt: number;
  center: string;
  carrier: string;
  tracking: string;
}

interface SimOrder {
  index: number;
  id: string;
  purchaseAt: number;
  channel: Channel;
  items: SimItem[];
  status: string;
  buyerCancel: boolean;
  cancelAt: number | null;
  lastUpdated: number;
  service: string;
  serviceName: string;
  business: boolean;
  poNumber: string;
  buyer: string;
  recipient: string;
  email: string;
  phone: string;
  street: string;
  street2: string;
  place: Place;
  earliestShip: number;
  latestShip: number;
  earliestDelivery: number;
  latestDelivery: number;
  /** MFN packages, confirmed or not yet (confirmAt after the report time). */
  packages: SimPackage[];
  fba: SimFbaShipment[];
  issue: Issue;
  /** When the buyer had the order, or would have had it: feedback and claims come after. */
  experiencedAt: number;
}

interface Service {
  level: string;
  name: string;
  share: number;
  /** Promised transit, business days after the ship-by day. */
  minDays: number;
  maxDays: number;
  /** Actual transit, delivery days after shipping, by weight (index 0 = 1 day). */
  transit: readonly number[];
  /** Shipping charge in USD. */
  usd: number;
}

const mfnServices: readonly Service[] = [
  {
    level: 'Standard',
    name: 'Standard Shipping',
    share: 0.78,
    minDays: 2,
    maxDays: 5,
    transit: [0.02, 0.25, 0.35, 0.25, 0.1, 0.03],
    usd: 5.99,
  },
  {
    level: 'Expedited',
    name: 'Expedited Shipping',
    share: 0.15,
    minDays: 1,
    maxDays: 3,
    transit: [0.25, 0.45, 0.27, 0.03],
    usd: 9.99,
  },
  {
    level: 'SecondDay',
    name: 'Two-Day Shipping',
    share: 0.05,
    minDays: 2,
    maxDays: 2,
    transit: [0.15, 0.8, 0.05],
    usd: 14.99,
  },
  {
    level: 'NextDay',
    name: 'One-Day Shipping',
    share: 0.02,
    minDays: 1,
    maxDays: 1,
    transit: [0.93, 0.07],
    usd: 24.99,
  },
];

const afnServices = ['Expedited', 'Expedited', 'Expedited', 'Standard', 'SecondDay', 'NextDay'];

/** Relative orders per weekday, Sunday first. */
const weekdayWeights = [1.12, 1.08, 1.02, 0.98, 0.96, 0.9, 0.94];
/** Relative orders per local hour. */
const hourWeights = [
  2, 1.2, 0.8, 0.6, 0.6, 0.9, 1.6, 2.4, 3.2, 3.8, 4.2, 4.5, 4.8, 4.7, 4.5, 4.4, 4.5, 4.8, 5.3, 5.8,
  6, 5.4, 4.2, 3,
];

/** Rates built into the sample (probabilities per order, package or item). */
const rates = {
  afnShare: 0.35,
  /** Item rows per order: 1, 2, 3. */
  itemsPerOrder: [0.85, 0.1, 0.05],
  quantity: [0.88, 0.09, 0.03],
  businessOrder: 0.05,
  promotion: 0.08,
  mfnSellerCancel: 0.007,
  lowStockSellerCancel: 0.035,
  mfnBuyerCancel: 0.012,
  afnBuyerCancel: 0.01,
  itemCancelInMultiItem: 0.05,
  /** Share of orders of the last 24 hours still Pending. */
  pendingRecent: 0.08,
  lateBase: 0.005,
  /** Base late rate in the last `slowdownDays` days (the warehouse slowdown). */
  lateSlowdown: 0.09,
  slowdownDays: 10,
  lateSaturday: 0.12,
  lateSku: 0.25,
  /** Of late confirmations, the share whose typed ship-date is the day before (shipped, confirmed late). */
  backdatedShipDate: 0.3,
  splitPackages: 0.2,
  missingTracking: 0.004,
  unscannedLabel: 0.004,
  lostPackage: 0.004,
  slowCarrierExtraDay: 0.3,
  /** Amazon's own packing and delivery: fewer problems on AFN orders. */
  afnIssueFactor: 0.4,
  /** Amazon answers for FBA deliveries: fewer claims and less negative feedback on AFN orders. */
  afnDefectFactor: 0.5,
  damaged: 0.006,
  fragileDamaged: 0.05,
  notAsDescribed: 0.003,
  misdescribedSku: 0.07,
  wrongItem: 0.003,
  feedbackAfterIssue: {
    none: 0.06,
    late: 0.2,
    damaged: 0.35,
    notAsDescribed: 0.35,
    wrongItem: 0.35,
    notReceived: 0.3,
  } as Record<Issue, number>,
  claimAfterIssue: {
    none: 0.0015,
    late: 0.1,
    damaged: 0.2,
    notAsDescribed: 0.25,
    wrongItem: 0.25,
    notReceived: 0.55,
  } as Record<Issue, number>,
  fraudChargeback: 0.002,
  serviceChargeback: 0.0008,
  serviceChargebackAfterIssue: 0.03,
};

interface Generator {
  rng: Rng;
  clock: Clock;
  loc: Locale;
  mp: Marketplace;
  reportTime: number;
  endDay: number;
  orderIds: IdSequence;
  itemIds: IdSequence;
  mfnCumulative: number[];
  afnCumulative: number[];
}

function cumulative(products: readonly Product[], channel: Channel): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const p of products) {
    sum += p.popularity * (channel === 'AFN' ? p.fba : 1 - p.fba);
    out.push(sum);
  }
  return out;
}

function pickProduct(g: Generator, channel: Channel): Product {
  const cum = channel === 'AFN' ? g.afnCumulative : g.mfnCumulative;
  const x = g.rng.next() * (cum[cum.length - 1] as number);
  const products = catalogue();
  for (let i = 0; i < cum.length; i++) {
    if (x < (cum[i] as number)) return products[i] as Product;
  }
  return products[products.length - 1] as Product;
}

/**
 * Seven digits that never repeat within a run and look random: a counter put through a keyed
 * 4-round Feistel permutation of 24-bit numbers, cycle-walked into 0 … 9,999,999 (a bijection), so
 * IDs are unique without a lookup table.
 */
class IdSequence {
  private count = 0;
  private readonly keys: number[];

  constructor(rng: Rng) {
    this.keys = [rng.u32(), rng.u32(), rng.u32(), rng.u32()];
  }

  next(): string {
    if (this.count >= 10_000_000) throw new Error('More than 10 million IDs in one sample.');
    let x = this.count++;
    do {
      let left = x >>> 12;
      let right = x & 0xfff;
      for (const key of this.keys) {
        const f = (Math.imul(right ^ key, 0x9e3779b1) >>> 16) & 0xfff;
        const next = left ^ f;
        left = right;
        right = next;
      }
      x = (left << 12) | right;
    } while (x >= 10_000_000);
    return String(x + 10_000_000).slice(1);
  }
}

function minorPrice(g: Generator, usd: number): number {
  const local = usd * g.loc.priceFactor;
  if (g.loc.minorUnits === 0) return Math.max(10, Math.round(local / 10) * 10);
  return Math.max(99, Math.round(local) * 100 - 1);
}

function money(g: Generator, minor: number): string {
  if (g.loc.minorUnits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function trackingNumber(g: Generator, format: TrackingFormat): string {
  const r = g.rng;
  switch (format) {
    case 'usps':
      return cat('9400', r.digits(18));
    case 'ups':
      return cat('1Z', r.chars(6, upperAlnum), '03', r.digits(8));
    case 'fedex':
      return r.digits(12);
    case 'digits12':
      return r.digits(12);
    case 'upu':
      return cat(r.chars(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), r.digits(9), g.loc.country);
    case 'tba':
      return cat('TBA', r.digits(12));
  }
}

function simulateOrder(g: Generator, index: number, purchaseAt: number, day: number): SimOrder {
  const { rng, clock, loc } = g;
  const channel: Channel = rng.chance(rates.afnShare) ? 'AFN' : 'MFN';
  const id = cat(rng.pick(loc.orderPrefixes), '-', rng.digits(7), '-', g.orderIds.next());

  // Items: distinct products from the channel's mix.
  const itemCount = rng.weighted(rates.itemsPerOrder) + 1;
  const products: Product[] = [];
  for (let tries = 0; products.length < itemCount && tries < 20; tries++) {
    const p = pickProduct(g, channel);
    if (!products.includes(p)) products.push(p);
  }
  const place = loc.country === 'US' ? rng.pick(usPlaces) : otherPlace(g);
  const taxRate = loc.taxRate ?? place.tax;
  const promoted = rng.chance(rates.promotion);
  const items: SimItem[] = products.map((p) => {
    const quantity = rng.weighted(rates.quantity) + 1;
    const price = minorPrice(g, p.usd) * quantity;
    return {
      orderItemId: cat(String(rng.int(1, 9)), rng.digits(6), g.itemIds.next()),
      product: p,
      quantity,
      price,
      tax: Math.round(price * taxRate),
      shipping: 0,
      shippingTax: 0,
      promo: promoted ? -Math.round(price * 0.1) : 0,
      state: 'Shipped' as ItemState,
    };
  });
  const first = items[0] as SimItem;
  const subtotal = items.reduce((sum, it) => sum + it.price, 0);

  // Shipping service and charge.
  let service: Service = mfnServices[0] as Service;
  let serviceLevel: string;
  if (channel === 'MFN') {
    service = mfnServices[rng.weighted(mfnServices.map((s) => s.share))] as Service;
    serviceLevel = service.level;
    const freeOver = minorPrice(g, 25);
    if (service.level !== 'Standard' || subtotal < freeOver) {
      first.shipping = minorPrice(g, service.usd);
      first.shippingTax = Math.round(first.shipping * taxRate * 0.5);
    }
  } else {
    serviceLevel = rng.pick(afnServices);
  }

  const buyer = rng.pick(people);
  const business = rng.chance(rates.businessOrder);
  const order: SimOrder = {
    index,
    id,
    purchaseAt,
    channel,
    items,
    status: 'Shipped',
    buyerCancel: false,
    cancelAt: null,
    lastUpdated: purchaseAt,
    service: serviceLevel,
    serviceName: service.name,
    business,
    poNumber: business ? `PO-${rng.digits(6)}` : '',
    buyer,
    recipient: rng.chance(0.12) ? rng.pick(people) : buyer,
    email: fakeEmail(rng, 16),
    phone: `+1 555-01${rng.digits(2)}`,
    street: cat(String(rng.int(1, 999)), ' ', rng.pick(streets)),
    street2: rng.chance(0.2) ? rng.pick(address2) : '',
    place: { ...place, zip: place.zip.length === 3 ? `${place.zip}${rng.digits(2)}` : place.zip },
    earliestShip: 0,
    latestShip: 0,
    earliestDelivery: 0,
    latestDelivery: 0,
    packages: [],
    fba: [],
    issue: 'none',
    experiencedAt: 0,
  };

  // Ship-by and deliver-by (MFN only).
  const handling = products.reduce((h, p) => Math.max(h, p.handling), 1);
  const shipBy = addBusinessDays(day, handling);
  if (channel === 'MFN') {
    order.earliestShip = purchaseAt;
    order.latestShip = clock.dayEnd(shipBy);
    order.earliestDelivery = clock.dayStart(addBusinessDays(shipBy, service.minDays));
    order.latestDelivery = clock.dayEnd(addBusinessDays(shipBy, service.maxDays));
  }

  // Pending, cancelled, or on its way.
  const age = g.reportTime - purchaseAt;
  if (age < 24 * hourMs && rng.chance(rates.pendingRecent)) {
    order.status = 'Pending';
    for (const it of items) it.state = 'Unshipped';
    return order;
  }
  const lowStock = products.some((p) => p.tag === 'lowStock');
  const sellerCancelP =
    channel === 'MFN' ? (lowStock ? rates.lowStockSellerCancel : rates.mfnSellerCancel) : 0;
  const buyerCancelP = channel === 'MFN' ? rates.mfnBuyerCancel : rates.afnBuyerCancel;
  const roll = rng.next();
  if (roll < sellerCancelP + buyerCancelP) {
    const byBuyer = roll >= sellerCancelP;
    let cancelAt = purchaseAt + (byBuyer ? rng.between(0.1, 18) : rng.between(2, 40)) * hourMs;
    if (cancelAt > g.reportTime) cancelAt = purchaseAt + (g.reportTime - purchaseAt) * rng.next();
    order.status = 'Cancelled';
    order.buyerCancel = byBuyer;
    order.cancelAt = Math.round(cancelAt);
    order.lastUpdated = order.cancelAt;
    for (const it of items) it.state = 'Cancelled';
    return order;
  }
  // One item of a multi-item MFN order cancelled by the seller (out of stock); the rest ships.
  if (channel === 'MFN' && items.length > 1 && rng.chance(rates.itemCancelInMultiItem)) {
    (items[items.length - 1] as SimItem).state = 'Cancelled';
    order.cancelAt = purchaseAt + Math.round(rng.between(3, 20) * hourMs);
  }

  // Problems the buyer will meet.
  const fragile = products.some((p) => p.tag === 'fragile');
  const misdescribed = products.some((p) => p.tag === 'misdescribed');
  const issueRoll = rng.next();
  const factor = channel === 'AFN' ? rates.afnIssueFactor : 1;
  const pDamaged = factor * (fragile ? rates.fragileDamaged : rates.damaged);
  const pNad = misdescribed ? rates.misdescribedSku : rates.notAsDescribed;
  const pWrong = factor * rates.wrongItem;
  if (issueRoll < pDamaged) order.issue = 'damaged';
  else if (issueRoll < pDamaged + pNad) order.issue = 'notAsDescribed';
  else if (issueRoll < pDamaged + pNad + pWrong) order.issue = 'wrongItem';

  if (channel === 'AFN') simulateFba(g, order);
  else simulateMfn(g, order, day, shipBy, service);

  const shippedItems = items.filter((it) => it.state !== 'Cancelled');
  const unshipped = shippedItems.filter((it) => it.state === 'Unshipped').length;
  order.status =
    unshipped === 0
      ? 'Shipped'
      : unshipped === shippedItems.length
        ? 'Unshipped'
        : 'PartiallyShipped';
  if (order.cancelAt !== null && order.cancelAt <= g.reportTime) {
    order.lastUpdated = Math.max(order.lastUpdated, order.cancelAt);
  }
  return order;
}

function otherPlace(g: Generator): Place {
  return { city: g.rng.pick(otherTowns), state: '', zip: g.rng.digits(5), tax: 0 };
}

function simulateFba(g: Generator, order: SimOrder): void {
  const { rng } = g;
  const live = order.items.filter((it) => it.state !== 'Cancelled');
  const split = live.length > 1 && rng.chance(0.1);
  const groups = split ? [live.slice(0, 1), live.slice(1)] : [live];
  let shippedAt = order.purchaseAt + Math.round(rng.between(3, 30) * hourMs);
  let latest = order.purchaseAt;
  for (const group of groups) {
    const carrierRoll = rng.next();
    const carrierCode =
      carrierRoll < 0.6
        ? g.loc.fbaCarrier
        : ((carrierRoll < 0.8 ? g.loc.carriers[1] : g.loc.carriers[0]) as Carrier).code;
    const format: TrackingFormat =
      carrierRoll < 0.6
        ? 'tba'
        : ((carrierRoll < 0.8 ? g.loc.carriers[1] : g.loc.carriers[0]) as Carrier).tracking;
    const shipment: SimFbaShipment = {
      shipmentId: `D${rng.chars(8, upperAlnum)}`,
      parts: group.map((item) => ({ item, shipmentItemId: `D${rng.chars(8, upperAlnum)}` })),
      shippedAt,
      center: rng.pick(fulfillmentCenters),
      carrier: carrierCode,
      tracking: trackingNumber(g, format),
    };
    if (shippedAt <= g.reportTime) {
      order.fba.push(shipment);
      latest = Math.max(latest, shippedAt);
    } else {
      for (const p of shipment.parts) p.item.state = 'Unshipped';
    }
    shippedAt += Math.round(rng.between(2, 20) * hourMs);
  }
  order.lastUpdated = Math.max(order.lastUpdated, latest);
  const arrival = order.purchaseAt + Math.round(rng.between(30, 80) * hourMs);
  if (order.issue === 'none' && rng.chance(0.005)) order.issue = 'late';
  if (order.issue === 'none' && rng.chance(0.001)) order.issue = 'notReceived';
  order.experiencedAt = arrival + (order.issue === 'late' ? 3 * dayMs : 0);
}

function simulateMfn(
  g: Generator,
  order: SimOrder,
  day: number,
  shipBy: number,
  service: Service,
): void {
  const { rng, clock } = g;
  const live = order.items.filter((it) => it.state !== 'Cancelled');
  // Packages: usually one; some multi-item orders and multi-unit items ship in two.
  let packages: { item: SimItem; quantity: number }[][];
  const firstLive = live[0] as SimItem;
  if (live.length > 1 && rng.chance(rates.splitPackages)) {
    packages = [
      [{ item: firstLive, quantity: firstLive.quantity }],
      live.slice(1).map((item) => ({ item, quantity: item.quantity })),
    ];
  } else if (live.length === 1 && firstLive.quantity > 1 && rng.chance(0.15)) {
    packages = [
      [{ item: firstLive, quantity: 1 }],
      [{ item: firstLive, quantity: firstLive.quantity - 1 }],
    ];
  } else {
    packages = [live.map((item) => ({ item, quantity: item.quantity }))];
  }

  // Late or on time: base rate, the slowdown of the last days, Saturday orders, the late SKU.
  let pLate = day > g.endDay - rates.slowdownDays ? rates.lateSlowdown : rates.lateBase;
  if (weekdayOf(day) === 6) pLate += rates.lateSaturday;
  if (live.some((it) => it.product.tag === 'shipsLate')) pLate += rates.lateSku;
  const late = rng.chance(Math.min(pLate, 0.9));

  let confirmAt: number;
  if (late) {
    const extra = [1, 1, 1, 1, 1, 1, 1, 2, 2, 3][rng.int(0, 9)] as number;
    confirmAt = clock.at(addBusinessDays(shipBy, extra), rng.between(9, 19));
  } else {
    const firstDay = addBusinessDays(day, 0);
    const span = shipBy - firstDay;
    let shipDay = firstDay;
    if (span > 0 && !rng.chance(0.65)) {
      shipDay = firstDay + rng.int(1, span);
      if (!isBusinessDay(shipDay)) shipDay = addBusinessDays(shipDay, 0);
      if (shipDay > shipBy) shipDay = shipBy;
    }
    confirmAt = clock.at(shipDay, rng.between(9, 18.9));
    if (confirmAt <= order.purchaseAt + 30 * 60_000) {
      // Ordered after that day's packing: the next business morning if the ship-by day allows.
      const nextDay = addBusinessDays(day, 1);
      confirmAt =
        nextDay <= shipBy
          ? clock.at(nextDay, rng.between(9, 12))
          : order.purchaseAt + Math.round(rng.between(0.5, 4) * hourMs);
    }
    if (confirmAt > order.latestShip)
      confirmAt = order.latestShip - Math.round(rng.between(1, 3) * hourMs);
  }

  let lastConfirmed = order.purchaseAt;
  let deliveredLast = 0;
  let anyUndelivered = false;
  for (let i = 0; i < packages.length; i++) {
    const parts = packages[i] as { item: SimItem; quantity: number }[];
    const at = i === 0 ? confirmAt : confirmAt + Math.round(rng.between(2, 30) * hourMs);
    const confirmDay = clock.localDay(at);
    const shipDay =
      late && rng.chance(rates.backdatedShipDate) && confirmDay - 1 > day
        ? confirmDay - 1
        : confirmDay;
    const c = pickCarrier(g);
    const fast = service.level !== 'Standard';
    const missing = rng.chance(rates.missingTracking);
    const trackingValid = !c.other && !missing && !rng.chance(rates.unscannedLabel);
    let deliveredAt: number | null = null;
    if (trackingValid && !rng.chance(rates.lostPackage)) {
      let transit = rng.weighted(service.transit) + 1;
      if (c.slow && rng.chance(rates.slowCarrierExtraDay)) transit += rng.int(2, 3);
      const deliveryDay = addDeliveryDays(shipDay, transit);
      deliveredAt = Math.max(at + hourMs, clock.at(deliveryDay, rng.between(9, 20.5)));
    } else if (trackingValid) {
      order.issue = 'notReceived';
    }
    const pkg: SimPackage = {
      parts,
      confirmAt: at,
      shipDay,
      carrier: c,
      method: fast ? c.fastMethod : c.standardMethod,
      tracking: missing ? '' : trackingNumber(g, c.tracking),
      trackingValid,
      deliveredAt,
    };
    order.packages.push(pkg);
    if (at <= g.reportTime) {
      lastConfirmed = Math.max(lastConfirmed, at);
    } else {
      for (const p of parts) p.item.state = 'Unshipped';
    }
    if (deliveredAt === null) anyUndelivered = true;
    else deliveredLast = Math.max(deliveredLast, deliveredAt);
  }
  // An item split over two packages is shipped once its first package is.
  for (const pkg of order.packages) {
    if (pkg.confirmAt <= g.reportTime) for (const p of pkg.parts) p.item.state = 'Shipped';
  }
  order.lastUpdated = Math.max(order.lastUpdated, lastConfirmed);

  // Buyers notice late deliveries, not late ship confirmations.
  const deliveredLate = deliveredLast > order.latestDelivery;
  if (order.issue === 'none' && deliveredLate) order.issue = 'late';
  order.experiencedAt = anyUndelivered
    ? order.latestDelivery + dayMs
    : Math.max(deliveredLast, order.latestDelivery - 2 * dayMs);
}

function pickCarrier(g: Generator): Carrier {
  const all = g.loc.carriers;
  const x = g.rng.next();
  let acc = 0;
  for (const c of all) {
    acc += c.share;
    if (x < acc) return c;
  }
  for (const c of otherCarriers) {
    acc += c.share;
    if (x < acc) return c;
  }
  return all[0] as Carrier;
}

// ---------------------------------------------------------------------------------------------
// Defects: feedback, claims, chargebacks.

function feedbackDate(g: Generator, instant: number): string {
  const key = dayKeyOf(g.clock.localDay(instant));
  const y = key.slice(0, 4);
  const m = String(Number(key.slice(5, 7)));
  const d = String(Number(key.slice(8, 10)));
  switch (g.mp.dayOrder) {
    case 'MDY':
      return `${m}/${d}/${y.slice(2)}`;
    case 'DMY':
      return `${d}/${m}/${y}`;
    case 'YMD':
      return `${y}/${key.slice(5, 7)}/${key.slice(8, 10)}`;
  }
}

function orderTotal(order: SimOrder): number {
  let total = 0;
  for (const it of order.items) {
    if (it.state === 'Cancelled') continue;
    total += it.price + it.tax + it.shipping + it.shippingTax + it.promo;
  }
  return total;
}

function simulateDefects(g: Generator, order: SimOrder, out: Output): void {
  const { rng } = g;
  if (order.status === 'Pending' || order.status === 'Cancelled') return;
  const shippedSomething = order.items.some((it) => it.state === 'Shipped');
  if (!shippedSomething) return;
  const issue = order.issue;
  const minFeedbackAt = order.purchaseAt + 5 * dayMs;

  // Seller feedback.
  const factor = order.channel === 'AFN' ? rates.afnDefectFactor : 1;
  if (rng.chance(rates.feedbackAfterIssue[issue])) {
    const at = Math.max(
      minFeedbackAt,
      order.experiencedAt + Math.round(rng.between(0.3, 18) * dayMs),
    );
    const rating =
      issue === 'none'
        ? 5 - rng.weighted([0.7, 0.17, 0.06, 0.03 * factor, 0.04 * factor])
        : 5 - rng.weighted([0.05, 0.08, 0.12, 0.25 * factor, 0.5 * factor]);
    if (at <= g.reportTime) {
      let comment: string;
      if (rating >= 4) comment = rng.pick(positiveComments);
      else if (rating === 3) comment = rng.pick(neutralComments);
      else comment = rng.pick(negativeComments[issue]);
      const response = rating <= 2 && rng.chance(0.3) ? rng.pick(sellerResponses) : '';
      out.feedback.add(at, [
        feedbackDate(g, at),
        String(rating),
        comment,
        response,
        order.id,
        fakeEmail(rng, 12),
      ]);
    }
  }

  // A-to-z Guarantee claim.
  if (rng.chance(rates.claimAfterIssue[issue] * factor)) {
    const base =
      issue === 'late' || issue === 'notReceived'
        ? Math.max(order.experiencedAt, order.latestDelivery || order.experiencedAt)
        : order.experiencedAt;
    const at = Math.max(
      order.purchaseAt + 3 * dayMs,
      base + Math.round(rng.between(0.5, 20) * dayMs),
    );
    if (at <= g.reportTime) {
      const ageDays = (g.reportTime - at) / dayMs;
      const status =
        ageDays < 10 && rng.chance(0.7)
          ? 'Pending'
          : (['Granted', 'Denied', 'Withdrawn', 'Pending'][
              rng.weighted([0.45, 0.3, 0.18, 0.07])
            ] as string);
      const total = orderTotal(order);
      const amount = rng.chance(0.8) ? total : Math.round(total * rng.between(0.3, 0.9));
      out.claims.add(at, [order.id, isoUtc(at), status, claimReasons[issue], money(g, amount)]);
    }
  }

  // Credit-card chargeback: fraud ones at random, service ones mostly after a problem.
  const fraud = rng.chance(rates.fraudChargeback);
  const service =
    !fraud &&
    rng.chance(issue === 'none' ? rates.serviceChargeback : rates.serviceChargebackAfterIssue);
  if (fraud || service) {
    const at = order.purchaseAt + Math.round(rng.between(12, 55) * dayMs);
    if (at <= g.reportTime) {
      const ageDays = (g.reportTime - at) / dayMs;
      const status = ageDays < 14 ? 'Pending' : (['Granted', 'Reversed'][rng.int(0, 1)] as string);
      out.chargebacks.add(at, [
        order.id,
        isoUtc(at),
        status,
        fraud ? fraudReason : serviceChargebackReasons[issue],
        money(g, orderTotal(order)),
      ]);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Orders per day and the whole run.

/** Exactly `total` orders spread over the days by weekday, a gentle growth and some noise. */
function ordersPerDay(rng: Rng, firstDay: number, days: number, total: number): number[] {
  const weights: number[] = [];
  let sum = 0;
  for (let i = 0; i < days; i++) {
    const w =
      (weekdayWeights[weekdayOf(firstDay + i)] as number) *
      (1 + (0.15 * i) / Math.max(1, days - 1)) *
      rng.between(0.88, 1.12);
    weights.push(w);
    sum += w;
  }
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = weights
    .map((w, i) => ({ i, r: (total * w) / sum - (counts[i] as number) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % days, left--) {
    const i = (byRemainder[k] as { i: number }).i;
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

function checkOptions(options: SampleOptions): Required<SampleOptions> {
  const { seed, orders, days, endDay } = options;
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}.`);
  if (!Number.isInteger(orders) || orders < 0) {
    throw new Error(`orders must be a whole number ≥ 0, got ${orders}.`);
  }
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(`days must be a whole number ≥ 1, got ${days}.`);
  }
  epochDay(endDay);
  return { seed, orders, days, endDay, marketplace: options.marketplace ?? 'US' };
}

/** Synthetic Seller Central reports; the same options always give the same tables. */
export function generateSampleReports(options: SampleOptions): SampleReports {
  const opts = checkOptions(options);
  const mp = marketplaceByCode(opts.marketplace);
  const rng = new Rng(opts.seed);
  const clock = new Clock(mp.timeZone);
  const endDay = epochDay(opts.endDay);
  const firstDay = endDay - (opts.days - 1);
  const products = catalogue();
  const g: Generator = {
    rng,
    clock,
    loc: locale(mp.code),
    mp,
    reportTime: clock.dayEnd(endDay),
    endDay,
    orderIds: new IdSequence(rng),
    itemIds: new IdSequence(rng),
    mfnCumulative: cumulative(products, 'MFN'),
    afnCumulative: cumulative(products, 'AFN'),
  };
  const out: Output = {
    allOrders: [[...sampleHeaders.allOrders]],
    sellerFulfilledOrders: [[...sampleHeaders.sellerFulfilledOrders]],
    confirmations: new TimedRows(),
    fba: new TimedRows(),
    feedback: new TimedRows(),
    claims: new TimedRows(),
    chargebacks: new TimedRows(),
  };

  // Orders are simulated and written out one at a time, so nothing but the rows outlives an order.
  const perDay = ordersPerDay(rng, firstDay, opts.days, opts.orders);
  let index = 0;
  for (let i = 0; i < opts.days; i++) {
    const day = firstDay + i;
    const n = perDay[i] as number;
    const times: number[] = [];
    for (let k = 0; k < n; k++) {
      const hour = rng.weighted(hourWeights) + rng.next();
      times.push(clock.at(day, hour));
    }
    times.sort((a, b) => a - b);
    for (const t of times) {
      const order = simulateOrder(g, index++, t, day);
      writeOrder(g, order, out);
      simulateDefects(g, order, out);
    }
  }

  return {
    allOrders: out.allOrders,
    sellerFulfilledOrders: out.sellerFulfilledOrders,
    shippingConfirmations: out.confirmations.table(sampleHeaders.shippingConfirmations),
    fbaShipments: out.fba.table(sampleHeaders.fbaShipments),
    feedback: out.feedback.table(sampleHeaders.feedback),
    claims: out.claims.table(sampleHeaders.claims),
    chargebacks: out.chargebacks.table(sampleHeaders.chargebacks),
  };
}

// ---------------------------------------------------------------------------------------------
// Tables.

/** Rows to be sorted by an instant (ties keep the order they were added in). */
class TimedRows {
  private readonly ats: number[] = [];
  private readonly rows: string[][] = [];

  add(at: number, row: string[]): void {
    this.ats.push(at);
    this.rows.push(row);
  }

  table(header: readonly string[]): string[][] {
    const { ats, rows } = this;
    const order = ats.map((_, i) => i);
    order.sort((a, b) => (ats[a] as number) - (ats[b] as number) || a - b);
    const table: string[][] = [[...header]];
    for (const i of order) table.push(rows[i] as string[]);
    return table;
  }
}

interface Output {
  allOrders: string[][];
  sellerFulfilledOrders: string[][];
  confirmations: TimedRows;
  fba: TimedRows;
  feedback: TimedRows;
  claims: TimedRows;
  chargebacks: TimedRows;
}

function writeOrder(g: Generator, o: SimOrder, out: Output): void {
  const purchase = isoUtc(o.purchaseAt);
  const zero = money(g, 0);
  const cancelFlag = o.status === 'Cancelled' && o.buyerCancel ? 'TRUE' : 'FALSE';
  const business = o.business ? 'true' : 'false';
  const designation = o.business ? 'BusinessPrice' : '';
  const salesChannel = g.mp.salesChannel;

  // All Orders: every order, one row per item.
  const updated = isoUtc(o.lastUpdated);
  const channel = o.channel === 'AFN' ? 'Amazon' : 'Merchant';
  for (const it of o.items) {
    out.allOrders.push([
      o.id,
      '',
      purchase,
      updated,
      o.status,
      channel,
      salesChannel,
      '',
      '',
      o.service,
      it.product.name,
      it.product.sku,
      it.product.asin,
      it.state,
      String(it.quantity),
      g.loc.currency,
      money(g, it.price),
      money(g, it.tax),
      money(g, it.shipping),
      money(g, it.shippingTax),
      '',
      '',
      money(g, it.promo),
      zero,
      o.place.city,
      o.place.state,
      o.place.zip,
      g.loc.country,
      it.promo !== 0 ? 'Coupon SAVE10 sample promotion' : '',
      business,
      o.poNumber,
      designation,
      cancelFlag,
    ]);
  }

  if (o.channel === 'MFN') writeMfn(g, o, out, purchase, cancelFlag);
  else writeFba(g, o, out, purchase, zero);
}

function writeMfn(
  g: Generator,
  o: SimOrder,
  out: Output,
  purchase: string,
  cancelFlag: string,
): void {
  // The Order Report: Pending orders are not yet eligible for fulfilment, so it does not list them.
  if (o.status !== 'Pending') {
    const cancelled = o.status === 'Cancelled';
    const payments = isoUtc(o.purchaseAt + 60_000 * (1 + (o.index % 9)));
    const earliestShip = isoUtc(o.earliestShip);
    const latestShip = isoUtc(o.latestShip);
    const earliestDelivery = cancelled ? '' : isoUtc(o.earliestDelivery);
    const latestDelivery = cancelled ? '' : isoUtc(o.latestDelivery);
    for (const it of o.items) {
      out.sellerFulfilledOrders.push([
        o.id,
        it.orderItemId,
        purchase,
        payments,
        o.email,
        o.buyer,
        o.phone,
        it.product.sku,
        it.product.name,
        String(it.quantity),
        g.loc.currency,
        money(g, it.price),
        money(g, it.tax),
        money(g, it.shipping),
        money(g, it.shippingTax),
        o.service,
        o.serviceName,
        o.recipient,
        o.street,
        o.street2,
        '',
        o.place.city,
        o.place.state,
        o.place.zip,
        g.loc.country,
        o.phone,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        earliestShip,
        latestShip,
        earliestDelivery,
        latestDelivery,
        o.business ? 'true' : 'false',
        o.poNumber,
        o.business ? 'BusinessPrice' : '',
        '',
        it.state,
        cancelFlag,
      ]);
    }
  }

  // The shipping tool's export: one row per item per confirmed package.
  for (const pkg of o.packages) {
    if (pkg.confirmAt > g.reportTime) continue;
    const shipDate = dayKeyOf(pkg.shipDay);
    const confirmed = g.clock.isoLocal(pkg.confirmAt);
    const valid = pkg.trackingValid ? 'TRUE' : 'FALSE';
    const delivered =
      pkg.deliveredAt !== null && pkg.deliveredAt <= g.reportTime
        ? g.clock.isoLocal(pkg.deliveredAt)
        : '';
    for (const part of pkg.parts) {
      out.confirmations.add(pkg.confirmAt, [
        o.id,
        part.item.orderItemId,
        String(part.quantity),
        shipDate,
        pkg.carrier.code,
        pkg.carrier.name,
        pkg.tracking,
        pkg.method,
        confirmed,
        valid,
        delivered,
      ]);
    }
  }
}

function writeFba(g: Generator, o: SimOrder, out: Output, purchase: string, zero: string): void {
  const payments = isoUtc(o.purchaseAt + 60_000 * (1 + (o.index % 7)));
  for (const s of o.fba) {
    const shipped = isoUtc(s.shippedAt);
    const reporting = isoUtc(s.shippedAt + hourMs * (1 + (o.index % 3)));
    const arrival = isoUtc(g.clock.dayEnd(g.clock.localDay(s.shippedAt) + 2));
    for (const part of s.parts) {
      const it = part.item;
      out.fba.add(s.shippedAt, [
        o.id,
        '',
        s.shipmentId,
        part.shipmentItemId,
        it.orderItemId,
        '',
        purchase,
        payments,
        shipped,
        reporting,
        o.email,
        o.buyer,
        o.phone,
        it.product.sku,
        it.product.name,
        String(it.quantity),
        g.loc.currency,
        money(g, it.price),
        money(g, it.tax),
        money(g, it.shipping),
        money(g, it.shippingTax),
        '',
        '',
        o.service,
        o.recipient,
        o.street,
        o.street2,
        '',
        o.place.city,
        o.place.state,
        o.place.zip,
        g.loc.country,
        o.phone,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        money(g, it.promo),
        zero,
        s.carrier,
        s.tracking,
        arrival,
        s.center,
        'AFN',
        g.mp.salesChannel,
      ]);
    }
  }
}
