import type { LeaseStatus } from '../../gql/graphql.js';

/** Vant tag type of each status: in force green, promised blue, ended grey, ended early red. */
export const LEASE_STATUS_TAG: Record<LeaseStatus, 'primary' | 'success' | 'default' | 'danger'> = {
  DRAFT: 'default',
  SIGNED: 'primary',
  ACTIVE: 'success',
  EXPIRED: 'default',
  TERMINATED: 'danger',
};

/** What a tenant is shown: a draft binds nothing and is the park's business until signed. */
export const TENANT_LEASE_STATUSES: LeaseStatus[] = ['SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED'];

/** An active lease ending within this many days is expiring soon (as the API's `expiringWithinDays`). */
export const EXPIRING_DAYS = 90;

/** Upcoming payment cycles shown at first. */
export const UPCOMING_CYCLES = 12;

/** Days from one calendar date (YYYY-MM-DD) to another: 0 on the same day, negative before. */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A lease's schedule around `today`: the cycles already over, the next `count` from the one
 * `today` falls in, and how many come after those.
 */
export function splitSchedule<C extends { to: string }>(
  cycles: readonly C[],
  today: string,
  count = UPCOMING_CYCLES,
): { earlier: C[]; upcoming: C[]; later: number } {
  const first = cycles.findIndex((c) => c.to >= today);
  const start = first === -1 ? cycles.length : first;
  return {
    earlier: cycles.slice(0, start),
    upcoming: cycles.slice(start, start + count),
    later: Math.max(cycles.length - start - count, 0),
  };
}

/**
 * A price in yuan (a decimal string, up to 4 decimals, per m² per month) as money: two decimals,
 * more only when the price has them (¥26.37, ¥1.2345).
 */
export function formatPrice(price: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  }).format(Number(price));
}

/** A decimal string (a percentage, a per mille) without trailing zeros: "3.00" → 3, "0.50" → 0.5. */
export function formatDecimal(value: string, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(Number(value));
}

/** The month a line charges, e.g. 2027年1月 or Jan 2027. */
export function formatMonth(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
