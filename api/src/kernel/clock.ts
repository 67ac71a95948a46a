/**
 * Where the domain reads the time. Production uses the system clock; tests use a `ManualClock`
 * to jump ahead hours in a moment (SLA warnings, escalations, maintenance schedules).
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

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
