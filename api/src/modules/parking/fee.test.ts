import { describe, expect, it } from 'vitest';
import { parkingFee, type Rate } from './fee.js';

const TZ = 'Asia/Shanghai';
/** A Shanghai wall-clock time. */
const at = (local: string) => new Date(`${local}+08:00`);
const RATES: Rate[] = [{ effectiveFrom: '2026-01-01', freeMinutes: 30, perHourFen: 500, dailyCapFen: 3000 }];
const fee = (from: string, to: string, rates = RATES) => parkingFee(at(from), at(to), rates, TZ);

describe('parking fees', () => {
  it('a stay within the free minutes costs nothing, one minute more pays its first hour', () => {
    expect(fee('2026-03-02T09:00:00', '2026-03-02T09:30:00')).toEqual({ amountFen: 0, chargedHours: 0 });
    expect(fee('2026-03-02T09:00:00', '2026-03-02T09:31:00')).toEqual({ amountFen: 500, chargedHours: 1 });
  });

  it('charges every started hour in full', () => {
    expect(fee('2026-03-02T09:00:00', '2026-03-02T10:00:00').amountFen).toBe(500);
    expect(fee('2026-03-02T09:00:00', '2026-03-02T10:01:00')).toEqual({ amountFen: 1000, chargedHours: 2 });
  });

  it('caps each calendar day', () => {
    // 9:00–21:00 is 12 hours = 60 yuan, capped at 30.
    expect(fee('2026-03-02T09:00:00', '2026-03-02T21:00:00').amountFen).toBe(3000);
    // Two full days and a bit: 30 + 30 + one hour on the third day.
    expect(fee('2026-03-02T00:00:00', '2026-03-04T00:30:00').amountFen).toBe(3000 + 3000 + 500);
  });

  it('a stay crossing midnight has one cap per day it touches', () => {
    // 18:00–02:00: six hours on the 2nd (capped 30) and two on the 3rd.
    expect(fee('2026-03-02T18:00:00', '2026-03-03T02:00:00')).toEqual({
      amountFen: 3000 + 1000,
      chargedHours: 8,
    });
    // 23:30–00:40: hour one starts on the 2nd, hour two on the 3rd.
    expect(fee('2026-03-02T23:30:00', '2026-03-03T00:40:00').amountFen).toBe(1000);
  });

  it('days are the park’s calendar days, not UTC ones', () => {
    // 07:00–09:00 Shanghai is 23:00–01:00 UTC: still one day in the park, so one cap.
    const long = [{ ...RATES[0]!, dailyCapFen: 800 }];
    expect(fee('2026-03-02T07:00:00', '2026-03-02T09:00:00', long).amountFen).toBe(800);
  });

  it('a new rate applies from its date, also to a car already inside', () => {
    const rates: Rate[] = [
      ...RATES,
      { effectiveFrom: '2026-04-01', freeMinutes: 15, perHourFen: 800, dailyCapFen: 4000 },
    ];
    // 22:00 on 31 March to 02:00 on 1 April: two hours at 5 yuan, two at 8.
    expect(fee('2026-03-31T22:00:00', '2026-04-01T02:00:00', rates).amountFen).toBe(1000 + 1600);
    // The free minutes are those of the rate at entry: 20 minutes on 1 April are no longer free.
    expect(fee('2026-04-01T10:00:00', '2026-04-01T10:20:00', rates).amountFen).toBe(800);
    expect(fee('2026-03-31T10:00:00', '2026-03-31T10:20:00', rates).amountFen).toBe(0);
  });

  it('hours before the first rate cost nothing', () => {
    expect(fee('2025-12-31T23:00:00', '2026-01-01T01:00:00').amountFen).toBe(500);
  });

  it('a zero or negative stay costs nothing', () => {
    expect(fee('2026-03-02T09:00:00', '2026-03-02T09:00:00').amountFen).toBe(0);
    expect(fee('2026-03-02T09:00:00', '2026-03-02T08:00:00').amountFen).toBe(0);
  });
});
