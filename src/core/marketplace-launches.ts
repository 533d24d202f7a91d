/**
 * The first day each marketplace could have taken an order: a report date before it cannot be
 * right (a year typed 0026, 1900-01-01, Sheets' time-only day 1899-12-30).
 *
 * Amazon.com opened on 16 July 1995 (Amazon's own history, aboutamazon.com "Our history"). For the
 * others only the launch year is used, as 1 January, so no real date is ever refused: UK and DE
 * 1998, FR and JP 2000, CA 2002, IT 2010 (Forrester, "Amazon follows typical US online retailer
 * expansion path with a new site for Italy", 2010-11-23, which lists the earlier launches); ES 2011,
 * IN 2013, MX 2013 and AU 2013 (Amazon's launch press releases; AU opened its Kindle store in 2013,
 * its marketplace in 2017); BR 2012 and NL 2014 (their Kindle stores came first), AE and SA 2017
 * (Souq.com, bought by Amazon in 2017, became amazon.ae in 2019 and amazon.sa in 2020), SG 2017
 * (Prime Now, before amazon.sg in 2019), TR 2018, PL 2021. Where a store came before the
 * marketplace, its year is used, again so that no real date is refused.
 */
import type { MarketplaceCode } from './marketplaces';

/** Launch years; Amazon.com's day is known. */
const launchYears: Readonly<Record<MarketplaceCode, number>> = {
  US: 1995,
  UK: 1998,
  DE: 1998,
  FR: 2000,
  JP: 2000,
  CA: 2002,
  IT: 2010,
  ES: 2011,
  IN: 2013,
  MX: 2013,
  AU: 2013,
  BR: 2012,
  NL: 2014,
  AE: 2017,
  SA: 2017,
  SG: 2017,
  TR: 2018,
  PL: 2021,
};

/** The day (`yyyy-mm-dd`, in the marketplace's zone) before which no order of it can exist. */
export function launchDay(code: MarketplaceCode): string {
  return code === 'US' ? '1995-07-16' : `${launchYears[code]}-01-01`;
}

/**
 * The last day any date is accepted. No Amazon report can hold a later one for the life of this
 * add-on, and it keeps every window's arithmetic inside the four-digit calendar.
 */
export const lastAcceptedDay = '2099-12-31';
