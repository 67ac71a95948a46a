import { localDate } from '@park/web-shared';

export const PERIODS = ['month', 'last30', 'last12', 'custom'] as const;
export type Period = (typeof PERIODS)[number];
/** [from, to) as the API takes it. */
export type Range = { from: string; to: string };

/** How far the zone is ahead of UTC at `at`, in ms. */
function zoneOffset(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - at;
}

/**
 * Midnight starting day `day` of month `month` (0-based; either may run over, as in Date.UTC)
 * in the park's zone: periods follow the park's calendar, not the browser's (SPEC §4).
 */
export function parkMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const wall = Date.UTC(year, month, day);
  const guess = wall - zoneOffset(wall, timeZone);
  return new Date(wall - zoneOffset(guess, timeZone));
}

function today(timeZone: string): [number, number, number] {
  const [y, m, d] = localDate(new Date(), timeZone).split('-').map(Number);
  return [y!, m! - 1, d!];
}

const range = (from: Date, to: Date): Range => ({ from: from.toISOString(), to: to.toISOString() });

/** The period's [from, to) in the park's calendar; custom takes two YYYY-MM-DD days, both included. */
export function periodRange(period: Period, timeZone: string, custom: [string, string] | null): Range | null {
  const [y, m, d] = today(timeZone);
  switch (period) {
    case 'month':
      return range(parkMidnight(y, m, 1, timeZone), parkMidnight(y, m + 1, 1, timeZone));
    case 'last30':
      return range(parkMidnight(y, m, d - 29, timeZone), parkMidnight(y, m, d + 1, timeZone));
    case 'last12':
      return range(parkMidnight(y, m - 11, 1, timeZone), parkMidnight(y, m + 1, 1, timeZone));
    case 'custom': {
      if (!custom) return null;
      const [a, b] = custom.map((s) => s.split('-').map(Number)) as [number[], number[]];
      return range(
        parkMidnight(a[0]!, a[1]! - 1, a[2]!, timeZone),
        parkMidnight(b[0]!, b[1]! - 1, b[2]! + 1, timeZone),
      );
    }
  }
}

/** The last `count` calendar months, oldest first, this month last: label YYYY-MM and range. */
export function lastMonths(count: number, timeZone: string): (Range & { label: string })[] {
  const [y, m] = today(timeZone);
  return Array.from({ length: count }, (_, i) => {
    const month = m - count + 1 + i;
    const label = new Date(Date.UTC(y, month, 1)).toISOString().slice(0, 7);
    return { label, ...range(parkMidnight(y, month, 1, timeZone), parkMidnight(y, month + 1, 1, timeZone)) };
  });
}
