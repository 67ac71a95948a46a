/**
 * Parking fees for cars that are not listed (TEMPORARY stays), from the park's dated rate table.
 * All amounts are integer fen. The rules, in order:
 *
 * 1. A stay no longer than the free minutes of the rate in force when the car entered costs
 *    nothing. A longer stay pays from its entry: the free minutes are a grace, not a deduction.
 * 2. Every started hour is charged in full (61 minutes are two hours). Hour k starts at entry +
 *    k hours.
 * 3. Each hour belongs to the calendar day (park time zone) it starts in and costs that day's
 *    hourly rate: the rate with the latest `effectiveFrom` not after that day. A rate change thus
 *    applies from its date on, also to cars already inside.
 * 4. Each calendar day's hours together cost at most that day's daily cap; a stay crossing
 *    midnight has one cap per day it touches.
 * 5. Hours of a day with no rate in force cost nothing.
 */

export type Rate = {
  /** 'YYYY-MM-DD', park time: the first day it applies. */
  effectiveFrom: string;
  freeMinutes: number;
  perHourFen: number;
  dailyCapFen: number;
};

export type Fee = { amountFen: number; chargedHours: number };

const HOUR = 3_600_000;
/** Longer stays are charged as this many hours (a car forgotten for a year is a matter for people). */
const MAX_HOURS = 24 * 400;

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** The calendar day ('YYYY-MM-DD') of `at` in `timeZone`. */
export function dayIn(timeZone: string, at: Date): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

/** The rate in force on `day`: the latest starting on or before it. */
export function rateOn(rates: readonly Rate[], day: string): Rate | undefined {
  let found: Rate | undefined;
  for (const r of rates)
    if (r.effectiveFrom <= day && (!found || r.effectiveFrom > found.effectiveFrom)) found = r;
  return found;
}

/** What a stay from `entry` to `exit` costs under `rates` (see the rules above). */
export function parkingFee(entry: Date, exit: Date, rates: readonly Rate[], timeZone: string): Fee {
  const ms = exit.getTime() - entry.getTime();
  const atEntry = rateOn(rates, dayIn(timeZone, entry));
  if (ms <= 0 || ms <= (atEntry?.freeMinutes ?? 0) * 60_000) return { amountFen: 0, chargedHours: 0 };
  const hours = Math.min(Math.ceil(ms / HOUR), MAX_HOURS);
  const perDay = new Map<string, { sum: number; cap: number }>();
  for (let k = 0; k < hours; k += 1) {
    const day = dayIn(timeZone, new Date(entry.getTime() + k * HOUR));
    const rate = rateOn(rates, day);
    if (!rate) continue;
    const d = perDay.get(day) ?? { sum: 0, cap: rate.dailyCapFen };
    d.sum += rate.perHourFen;
    perDay.set(day, d);
  }
  let amountFen = 0;
  for (const d of perDay.values()) amountFen += Math.min(d.sum, d.cap);
  return { amountFen, chargedHours: hours };
}
