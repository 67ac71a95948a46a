import { localDate } from '@park/web-shared';
import type { RollupGrain } from '../../gql/graphql.js';

/** Calendar arithmetic on YYYY-MM-DD strings (UTC noon, so no zone shifts a day). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function addMonths(day: string, n: number): string {
  const d = new Date(`${day.slice(0, 7)}-01T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

/** The days a chart of `grain` covers up to today in the park: 2 days hourly, 30 daily, 12 months monthly. */
export function chartPeriod(
  grain: RollupGrain,
  timeZone: string,
  now = new Date(),
): { from: string; to: string } {
  const to = localDate(now, timeZone);
  if (grain === 'HOUR') return { from: addDays(to, -1), to };
  if (grain === 'DAY') return { from: addDays(to, -29), to };
  return { from: addMonths(to, -11), to };
}

/** A bucket's label in the park's zone: hour, day or month. */
export function bucketLabel(iso: string, grain: RollupGrain, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  if (grain === 'MONTH') return `${parts.year}-${parts.month}`;
  if (grain === 'DAY') return `${parts.month}-${parts.day}`;
  return `${parts.month}-${parts.day} ${parts.hour}:00`;
}
