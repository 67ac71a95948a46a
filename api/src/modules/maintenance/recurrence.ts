/** How often a maintenance plan comes due: every `interval` days, weeks, months or years. */
export enum RecurrenceUnit {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
export type Recurrence = { unit: RecurrenceUnit; interval: number };

/** Calendar dates are 'YYYY-MM-DD' strings in the park's time zone; no time of day. */
export type CalendarDate = string;

const parse = (d: CalendarDate) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return { y, m, day };
};
const format = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * The due date after `from` (before it, with a negative interval). Months and years keep the day
 * of the month, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb); the anchor keeps
 * the original day for later months.
 */
export function nextDue(from: CalendarDate, r: Recurrence, anchorDay?: number): CalendarDate {
  const { y, m, day } = parse(from);
  if (r.unit === RecurrenceUnit.DAY || r.unit === RecurrenceUnit.WEEK) {
    const days = r.unit === RecurrenceUnit.DAY ? r.interval : r.interval * 7;
    return format(Date.UTC(y, m - 1, day + days));
  }
  const months = r.unit === RecurrenceUnit.MONTH ? r.interval : r.interval * 12;
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(Date.UTC(y, m - 1 + months, Math.min(anchorDay ?? day, lastDay)));
}

/** Due dates from `first` (inclusive) that fall in [from, to]; at most `limit`. */
export function dueDates(
  first: CalendarDate,
  r: Recurrence,
  from: CalendarDate,
  to: CalendarDate,
  limit = 400,
): CalendarDate[] {
  const anchor = parse(first).day;
  const out: CalendarDate[] = [];
  for (let d = first; d <= to && out.length < limit; d = nextDue(d, r, anchor)) if (d >= from) out.push(d);
  return out;
}

/** Days a plan order may run past its due date and still count as on time. */
export function defaultGraceDays(r: Recurrence): number {
  const days = { DAY: 1, WEEK: 7, MONTH: 30, YEAR: 365 }[r.unit] * r.interval;
  return Math.min(14, Math.floor(days * 0.2));
}

/** Today's date in `timeZone` at `now`. */
export function todayIn(timeZone: string, now: Date): CalendarDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(now);
}

/** The instant a date starts in `timeZone` (local midnight). */
export function startOfDay(date: CalendarDate, timeZone: string): Date {
  const { y, m, day } = parse(date);
  const guess = Date.UTC(y, m - 1, day);
  const offset = (t: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(new Date(t))
        .map((p) => [p.type, p.value]),
    );
    const local = Date.UTC(
      +parts.year!,
      +parts.month! - 1,
      +parts.day!,
      +parts.hour!,
      +parts.minute!,
      +parts.second!,
    );
    return local - t;
  };
  const first = guess - offset(guess);
  return new Date(guess - offset(first));
}
