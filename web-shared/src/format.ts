/** Money is kept in fen (分) everywhere; this shows it as yuan, e.g. ¥1,234.50. */
export function formatMoney(fen: number, locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 2,
  }).format(fen / 100);
}

/** Area in m², with up to two decimals. */
export function formatArea(m2: number, locale = 'zh-CN'): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(m2)} m²`;
}

/** A share as a percentage, e.g. 0.8239 → 82.4%. */
export function formatPercent(ratio: number, locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/**
 * An instant shown in the park's time zone (SPEC §4: dates in the park's time zone), whatever
 * the browser's own zone is.
 */
export function formatDateTime(iso: string | Date, timeZone: string, locale = 'zh-CN'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** The calendar date of an instant in the park's time zone, as YYYY-MM-DD. */
export function localDate(iso: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(typeof iso === 'string' ? new Date(iso) : iso);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
