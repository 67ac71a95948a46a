import { describe, expect, it } from 'vitest';
import { AccessReason, CredentialStatus } from './access.enums.js';
import { decideAccess, inSchedule, localWeekMinute } from './schedule.js';

const TZ = 'Asia/Shanghai';
const WEEKDAYS = [{ days: [1, 2, 3, 4, 5], start: 420, end: 1320 }];
// 2026-12-07 is a Monday; 08:00 in Shanghai is 00:00 UTC.
const at = (iso: string) => new Date(iso);

describe('access schedules', () => {
  it('reads the weekday and minute in the park’s zone', () => {
    expect(localWeekMinute(at('2026-12-07T00:00:00Z'), TZ)).toEqual({ day: 1, minute: 8 * 60 });
    expect(localWeekMinute(at('2026-12-06T16:30:00Z'), TZ)).toEqual({ day: 1, minute: 30 });
  });

  it('weekdays 07:00–22:00: the start is inside, the end is not, weekends are out', () => {
    expect(inSchedule(WEEKDAYS, at('2026-12-06T23:00:00Z'), TZ)).toBe(true); // Mon 07:00
    expect(inSchedule(WEEKDAYS, at('2026-12-06T22:59:00Z'), TZ)).toBe(false); // Mon 06:59
    expect(inSchedule(WEEKDAYS, at('2026-12-07T14:00:00Z'), TZ)).toBe(false); // Mon 22:00
    expect(inSchedule(WEEKDAYS, at('2026-12-12T02:00:00Z'), TZ)).toBe(false); // Sat 10:00
  });

  it('an overnight window runs into the next morning', () => {
    const night = [{ days: [5], start: 1320, end: 360 }];
    expect(inSchedule(night, at('2026-12-11T15:00:00Z'), TZ)).toBe(true); // Fri 23:00
    expect(inSchedule(night, at('2026-12-11T21:00:00Z'), TZ)).toBe(true); // Sat 05:00
    expect(inSchedule(night, at('2026-12-11T23:00:00Z'), TZ)).toBe(false); // Sat 07:00
    expect(inSchedule(night, at('2026-12-10T15:00:00Z'), TZ)).toBe(false); // Thu 23:00
  });

  it('names the first failing rule', () => {
    const now = at('2026-12-07T02:00:00Z'); // Mon 10:00
    const ok = { status: CredentialStatus.ACTIVE, validFrom: at('2026-01-01T00:00:00Z'), validUntil: null };
    const base = { now, timeZone: TZ, pointActive: true, credential: ok, schedules: [WEEKDAYS] };
    expect(decideAccess(base)).toBe(AccessReason.GRANTED);
    expect(decideAccess({ ...base, credential: undefined })).toBe(AccessReason.UNKNOWN_CREDENTIAL);
    expect(decideAccess({ ...base, credential: { ...ok, status: CredentialStatus.REVOKED } })).toBe(
      AccessReason.CREDENTIAL_REVOKED,
    );
    expect(decideAccess({ ...base, credential: { ...ok, status: CredentialStatus.SUSPENDED } })).toBe(
      AccessReason.CREDENTIAL_SUSPENDED,
    );
    expect(decideAccess({ ...base, credential: { ...ok, validFrom: at('2026-12-08T00:00:00Z') } })).toBe(
      AccessReason.NOT_YET_VALID,
    );
    expect(decideAccess({ ...base, credential: { ...ok, validUntil: now } })).toBe(AccessReason.EXPIRED);
    expect(decideAccess({ ...base, pointActive: false })).toBe(AccessReason.POINT_DISABLED);
    expect(decideAccess({ ...base, schedules: [] })).toBe(AccessReason.NO_ACCESS_TO_POINT);
    expect(decideAccess({ ...base, now: at('2026-12-12T02:00:00Z') })).toBe(AccessReason.OUTSIDE_SCHEDULE);
  });
});
