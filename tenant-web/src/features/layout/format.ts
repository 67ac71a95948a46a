/**
 * How the portal writes calendar days, prices and decimals, whatever the feature (leases, bills).
 * Plain functions of the reader's locale; `use-format.ts` binds them to it.
 */

/** Days from one calendar date (YYYY-MM-DD) to another: 0 on the same day, negative before. */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A price in yuan (a decimal string, up to 4 decimals, per m² per month or per metered unit) as
 * money: two decimals, more only when the price has them (¥26.37, ¥1.2345).
 */
export function formatPrice(price: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  }).format(Number(price));
}

/** A decimal string (a percentage, a quantity, a reading) without trailing zeros: "3.00" → 3, "0.50" → 0.5. */
export function formatDecimal(value: string, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(Number(value));
}

/** The month a date (YYYY-MM-DD) falls in, e.g. 2027年1月 or Jan 2027. */
export function formatMonth(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
