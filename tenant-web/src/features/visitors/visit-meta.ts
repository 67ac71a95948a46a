import type { VisitPhase, VisitState } from '../../gql/graphql.js';

/** The state filter chips of the visits page; `ALL` sends no state. */
export const STATE_FILTERS = ['ALL', 'AWAITING_HOST', 'APPROVED', 'REJECTED', 'REVOKED'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

/** The sections of the list, in order: who is here, who is coming, what is over. */
export const SECTIONS = [
  { key: 'onSite', phases: ['ON_SITE'] },
  { key: 'upcoming', phases: ['PENDING', 'EXPECTED'] },
  { key: 'history', phases: ['LEFT', 'MISSED', 'REJECTED', 'REVOKED'] },
] as const satisfies readonly { key: string; phases: readonly VisitPhase[] }[];

/** Vant tag colour of a phase. */
export function phaseTagType(phase: VisitPhase): 'primary' | 'success' | 'warning' | 'danger' | 'default' {
  switch (phase) {
    case 'PENDING':
      return 'warning';
    case 'EXPECTED':
      return 'primary';
    case 'ON_SITE':
      return 'success';
    case 'REJECTED':
      return 'danger';
    default:
      return 'default';
  }
}

/** States in which the company may still answer a walk-in. */
export const AWAITING_COMPANY: readonly VisitState[] = ['AWAITING_HOST', 'AWAITING_FRONT_DESK'];

/** The wall-clock parts of an instant in a time zone. */
function partsIn(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute') };
}

/**
 * An instant as the value of a `datetime-local` input in the park's zone (SPEC §4: times are
 * the park's, whatever the phone's zone), e.g. `2026-12-05T14:30`.
 */
export function toLocalInput(iso: string | Date, timeZone: string): string {
  const p = partsIn(new Date(iso), timeZone);
  return `${p.y}-${p.m}-${p.d}T${p.h}:${p.min}`;
}

/** A `datetime-local` value read in the park's zone, as an ISO instant; null when empty or malformed. */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  // The zone's offset at that wall time, found by reading the guess back (exact outside DST jumps).
  const p = partsIn(new Date(asUtc), timeZone);
  const shown = Date.UTC(+p.y, +p.m - 1, +p.d, +p.h, +p.min);
  return new Date(asUtc - (shown - asUtc)).toISOString();
}

/** The next half hour from `now`, the default start of an invitation. */
export function nextHalfHour(now: Date): Date {
  const step = 30 * 60_000;
  return new Date(Math.ceil((now.getTime() + 60_000) / step) * step);
}

/** "12月5日 周六 14:00–18:00" (one day) or both ends with their days, in the park's zone. */
export function formatWindow(startsAt: string, endsAt: string, timeZone: string, locale: string): string {
  const day = new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric', weekday: 'short' });
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const [s, e] = [new Date(startsAt), new Date(endsAt)];
  const sameDay = day.format(s) === day.format(e);
  return sameDay
    ? `${day.format(s)} ${time.format(s)}–${time.format(e)}`
    : `${day.format(s)} ${time.format(s)} – ${day.format(e)} ${time.format(e)}`;
}
