/**
 * Marketplaces: the time zone their metric windows are counted in, their targets, and how their
 * feedback report writes dates. Sources are in shared/reference/amazon-metrics.md.
 */

export type MarketplaceCode =
  | 'US'
  | 'CA'
  | 'MX'
  | 'UK'
  | 'DE'
  | 'FR'
  | 'IT'
  | 'ES'
  | 'JP'
  | 'IN'
  | 'AU'
  | 'BR'
  | 'AE'
  | 'SA'
  | 'SG'
  | 'TR'
  | 'PL'
  | 'NL';

/** How a date like 03/04/24 is read in this marketplace's locale reports. */
export type DayOrder = 'MDY' | 'DMY' | 'YMD';

export interface Targets {
  /** ODR: under 1% [AMZ-HELP G200285170]. */
  orderDefectRate: number;
  /** LSR: under 4% [AMZ-HELP 200285190]. */
  lateShipmentRate: number;
  /** Pre-fulfillment Cancel Rate: under 2.5%; India under 2% [AMZ-HELP 200285210]. */
  cancellationRate: number;
  /** VTR: above 95% [AMZ-HELP 201817070]. */
  validTrackingRate: number;
  /** Classic OTDR: recommended above 97% [AMZ-HELP 200847280]. */
  onTimeDeliveryRate: number;
  /** US unit OTDR from 2024-09-25: at least 90% [AMZ-HELP US forum FAQ]. */
  unitOnTimeDeliveryRate: number;
}

export interface Marketplace {
  code: MarketplaceCode;
  /** The `sales-channel` value its reports carry. */
  salesChannel: string;
  /** ISO 4217 code of the one currency it sells in: names it in reports without a sales channel. */
  currency: string;
  timeZone: string;
  dayOrder: DayOrder;
  targets: Targets;
  /** India measures cancellations over 7 and 30 days [AMZ-HELP IN 200285210]. */
  cancellationWindows: readonly number[];
  /**
   * India's "Total Late Dispatch Rate" covers every delivery channel: FBA orders are in its
   * denominator and are never late (5 late of 100 orders is 5%) [AMZ-HELP IN W8RLCYLPJVUSKD5;
   * reference 1.2, 4 examples 2-4]. Elsewhere LSR counts seller-fulfilled orders only.
   */
  lateShipmentCountsFba: boolean;
}

const standardTargets: Targets = {
  orderDefectRate: 0.01,
  lateShipmentRate: 0.04,
  cancellationRate: 0.025,
  validTrackingRate: 0.95,
  onTimeDeliveryRate: 0.97,
  unitOnTimeDeliveryRate: 0.9,
};

function marketplace(
  code: MarketplaceCode,
  salesChannel: string,
  currency: string,
  timeZone: string,
  dayOrder: DayOrder,
  overrides: Partial<Targets> = {},
  cancellationWindows: readonly number[] = [7],
): Marketplace {
  return {
    code,
    salesChannel,
    currency,
    timeZone,
    dayOrder,
    targets: { ...standardTargets, ...overrides },
    cancellationWindows,
    lateShipmentCountsFba: code === 'IN',
  };
}

/**
 * Built on first use, not at load: every custom-function call in Sheets evaluates the whole bundle,
 * so nothing is computed at the top level.
 */
let table: Record<MarketplaceCode, Marketplace> | undefined;

function marketplaceTable(): Record<MarketplaceCode, Marketplace> {
  if (!table) {
    table = {
      // US OTDR is computed in Pacific time [AMZ-HELP MX forum, KJ_Amazon].
      US: marketplace('US', 'Amazon.com', 'USD', 'America/Los_Angeles', 'MDY'),
      CA: marketplace('CA', 'Amazon.ca', 'CAD', 'America/Toronto', 'MDY'),
      MX: marketplace('MX', 'Amazon.com.mx', 'MXN', 'America/Mexico_City', 'DMY'),
      UK: marketplace('UK', 'Amazon.co.uk', 'GBP', 'Europe/London', 'DMY'),
      DE: marketplace('DE', 'Amazon.de', 'EUR', 'Europe/Berlin', 'DMY'),
      FR: marketplace('FR', 'Amazon.fr', 'EUR', 'Europe/Paris', 'DMY'),
      IT: marketplace('IT', 'Amazon.it', 'EUR', 'Europe/Rome', 'DMY'),
      ES: marketplace('ES', 'Amazon.es', 'EUR', 'Europe/Madrid', 'DMY'),
      JP: marketplace('JP', 'Amazon.co.jp', 'JPY', 'Asia/Tokyo', 'YMD'),
      IN: marketplace(
        'IN',
        'Amazon.in',
        'INR',
        'Asia/Kolkata',
        'DMY',
        { cancellationRate: 0.02 },
        [7, 30],
      ),
      AU: marketplace('AU', 'Amazon.com.au', 'AUD', 'Australia/Sydney', 'DMY'),
      // The marketplaces below are named by the reference's sources (BR 200197960, SA/AE
      // 200285210, SG 201887610, PL/TR Account Health rollout, NL 200547170); their targets are
      // the standard ones, as no source gives others.
      BR: marketplace('BR', 'Amazon.com.br', 'BRL', 'America/Sao_Paulo', 'DMY'),
      AE: marketplace('AE', 'Amazon.ae', 'AED', 'Asia/Dubai', 'DMY'),
      SA: marketplace('SA', 'Amazon.sa', 'SAR', 'Asia/Riyadh', 'DMY'),
      SG: marketplace('SG', 'Amazon.sg', 'SGD', 'Asia/Singapore', 'DMY'),
      TR: marketplace('TR', 'Amazon.com.tr', 'TRY', 'Europe/Istanbul', 'DMY'),
      PL: marketplace('PL', 'Amazon.pl', 'PLN', 'Europe/Warsaw', 'DMY'),
      NL: marketplace('NL', 'Amazon.nl', 'EUR', 'Europe/Amsterdam', 'DMY'),
    };
  }
  return table;
}

export const marketplaceCodes: readonly MarketplaceCode[] = [
  'US',
  'CA',
  'MX',
  'UK',
  'DE',
  'FR',
  'IT',
  'ES',
  'JP',
  'IN',
  'AU',
  'BR',
  'AE',
  'SA',
  'SG',
  'TR',
  'PL',
  'NL',
];

/** The marketplace for a code such as `UK` (case-insensitive; `GB` is accepted for the UK). */
export function marketplaceByCode(code: string): Marketplace {
  const normalised = code.trim().toUpperCase();
  const key = (normalised === 'GB' ? 'UK' : normalised) as MarketplaceCode;
  const found = marketplaceTable()[key];
  if (!found) {
    throw new Error(
      `Unknown marketplace "${code}". Expected one of ${marketplaceCodes.join(', ')}.`,
    );
  }
  return found;
}

/** The marketplace whose `sales-channel` value is given (e.g. `Amazon.co.uk`), or undefined. */
export function marketplaceBySalesChannel(salesChannel: string): Marketplace | undefined {
  const wanted = salesChannel.trim().toLowerCase();
  if (wanted === '') return undefined;
  return Object.values(marketplaceTable()).find((m) => m.salesChannel.toLowerCase() === wanted);
}

/**
 * What a `sales-channel` value says about an order: its marketplace; `nonAmazon` for orders
 * placed elsewhere and fulfilled by Amazon (Multi-Channel Fulfillment writes `Non-Amazon`), which
 * no marketplace's Account Health counts; undefined for a value we do not know.
 */
export function placeOfSalesChannel(salesChannel: string): Marketplace | 'nonAmazon' | undefined {
  const found = marketplaceBySalesChannel(salesChannel);
  if (found) return found;
  const key = salesChannel.toLowerCase().replace(/[\s_-]+/g, '');
  return key === 'nonamazon' || key.includes('multichannel') || key === 'mcf'
    ? 'nonAmazon'
    : undefined;
}

/**
 * The marketplaces named by a `sales-channel` column's cells, in the table's order; `Non-Amazon`,
 * blank and unknown values name none (the formulas report unknown ones, with their row).
 */
export function marketplacesOfSalesChannels(cells: readonly unknown[]): Marketplace[] {
  const codes = new Set<MarketplaceCode>();
  const seen = new Set<string>();
  for (const cell of cells) {
    const text = typeof cell === 'string' ? cell : String(cell ?? '');
    if (seen.has(text)) continue;
    seen.add(text);
    const place = placeOfSalesChannel(text);
    if (place !== undefined && place !== 'nonAmazon') codes.add(place.code);
  }
  return marketplaceCodes.filter((code) => codes.has(code)).map(marketplaceByCode);
}

/** The default when neither the reports nor the seller name a marketplace. */
export const defaultMarketplaceCode: MarketplaceCode = 'US';
