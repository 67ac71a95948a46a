import { AccessReason, CredentialStatus } from './access.enums.js';
import type { ScheduleWindow } from './access-group.entity.js';

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The ISO weekday (1 = Monday) and minute of the day of `at` in `timeZone`. */
export function localWeekMinute(at: Date, timeZone: string): { day: number; minute: number } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday ?? '') + 1;
  return { day, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/**
 * Whether `at` falls in one of the windows, read in the park's zone. A window whose end is not
 * after its start runs overnight: 22:00–06:00 on Friday covers Friday night and Saturday morning.
 */
export function inSchedule(windows: readonly ScheduleWindow[], at: Date, timeZone: string): boolean {
  const { day, minute } = localWeekMinute(at, timeZone);
  const yesterday = day === 1 ? 7 : day - 1;
  return windows.some((w) => {
    const from = w.start;
    const to = w.end;
    if (to > from) return w.days.includes(day) && minute >= from && minute < to;
    return (w.days.includes(day) && minute >= from) || (w.days.includes(yesterday) && minute < to);
  });
}

/** What the decision reads of a credential. */
export type DecisionCredential = {
  status: CredentialStatus;
  validFrom: Date;
  validUntil: Date | null;
};

/**
 * May this credential pass this point now? The first failing rule names the reason: the
 * credential (known, active, in its validity), the point (enabled), then the holder's groups
 * covering the point (at least one) and their schedules (now inside one).
 */
export function decideAccess(opts: {
  now: Date;
  timeZone: string;
  pointActive: boolean;
  credential: DecisionCredential | undefined;
  /** Schedules of the holder's groups that include the point. */
  schedules: readonly (readonly ScheduleWindow[])[];
}): AccessReason {
  const { credential: c, now } = opts;
  if (!c) return AccessReason.UNKNOWN_CREDENTIAL;
  if (c.status === CredentialStatus.REVOKED) return AccessReason.CREDENTIAL_REVOKED;
  if (c.status === CredentialStatus.SUSPENDED) return AccessReason.CREDENTIAL_SUSPENDED;
  if (now < c.validFrom) return AccessReason.NOT_YET_VALID;
  if (c.validUntil && c.validUntil <= now) return AccessReason.EXPIRED;
  if (!opts.pointActive) return AccessReason.POINT_DISABLED;
  if (opts.schedules.length === 0) return AccessReason.NO_ACCESS_TO_POINT;
  if (!opts.schedules.some((s) => inSchedule(s, now, opts.timeZone))) return AccessReason.OUTSIDE_SCHEDULE;
  return AccessReason.GRANTED;
}
