/**
 * Where the domain reads the time. Production uses the system clock; tests use a `ManualClock`
 * to jump ahead hours in a moment (SLA warnings, escalations, maintenance schedules).
 *
 * Two clocks, one rule: domain time (deadlines, stamps, schedules) is `ctx.now()`. What the
 * database or a peer checks against the real time is `wallClock.now()`: credential lifetimes
 * (sessions, access tokens, pairing codes, API keys, password changes, revocations), which
 * `app_begin_*` compare with PostgreSQL's `now()`, and instants handed to the job queue or
 * signed for S3. Domain code writes neither `new Date()` nor `Date.now()`
 * (`modules/clock-use.test.ts`).
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The real time, for what the database or a peer checks against it (see above); tests do not move it. */
export const wallClock: Clock = systemClock;

/** The system clock plus an offset the test moves forward. */
export class ManualClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/** The real instant at which `clock` will read `at`: when to wake a timer for it. */
export function realTimeOf(clock: Clock, at: Date): Date {
  return new Date(at.getTime() - (clock.now().getTime() - Date.now()));
}
