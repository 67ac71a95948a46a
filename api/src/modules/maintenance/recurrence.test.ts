import { describe, expect, it } from 'vitest';
import {
  defaultGraceDays,
  dueDates,
  nextDue,
  startOfDay,
  todayIn,
  RecurrenceUnit as U,
} from './recurrence.js';

describe('recurrence', () => {
  it('steps days, weeks, every 15 days, months, quarters, half-years and years', () => {
    expect(nextDue('2026-11-21', { unit: U.DAY, interval: 1 })).toBe('2026-11-22');
    expect(nextDue('2026-11-21', { unit: U.DAY, interval: 15 })).toBe('2026-12-06');
    expect(nextDue('2026-12-28', { unit: U.WEEK, interval: 1 })).toBe('2027-01-04');
    expect(nextDue('2026-11-21', { unit: U.MONTH, interval: 1 })).toBe('2026-12-21');
    expect(nextDue('2026-11-21', { unit: U.MONTH, interval: 3 })).toBe('2027-02-21');
    expect(nextDue('2026-11-21', { unit: U.MONTH, interval: 6 })).toBe('2027-05-21');
    expect(nextDue('2026-11-21', { unit: U.YEAR, interval: 2 })).toBe('2028-11-21');
  });

  it('clamps to the month’s end and returns to the anchor day after', () => {
    const monthly = { unit: U.MONTH, interval: 1 };
    expect(nextDue('2027-01-31', monthly)).toBe('2027-02-28');
    expect(nextDue('2028-01-31', monthly)).toBe('2028-02-29');
    expect(dueDates('2027-01-31', monthly, '2027-01-01', '2027-05-31')).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
    ]);
    expect(nextDue('2028-02-29', { unit: U.YEAR, interval: 1 })).toBe('2029-02-28');
  });

  it('lists the due dates inside a window only', () => {
    expect(dueDates('2026-11-01', { unit: U.DAY, interval: 15 }, '2026-11-10', '2026-12-31')).toEqual([
      '2026-11-16',
      '2026-12-01',
      '2026-12-16',
      '2026-12-31',
    ]);
    expect(dueDates('2027-01-01', { unit: U.YEAR, interval: 1 }, '2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('gives a grace of a fifth of the period, at most two weeks', () => {
    expect(defaultGraceDays({ unit: U.DAY, interval: 1 })).toBe(0);
    expect(defaultGraceDays({ unit: U.DAY, interval: 15 })).toBe(3);
    expect(defaultGraceDays({ unit: U.MONTH, interval: 1 })).toBe(6);
    expect(defaultGraceDays({ unit: U.YEAR, interval: 1 })).toBe(14);
  });

  it('reads dates in the park’s time zone', () => {
    const instant = new Date('2026-11-21T17:30:00Z'); // 01:30 on the 22nd in Shanghai
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-11-22');
    expect(todayIn('UTC', instant)).toBe('2026-11-21');
    expect(startOfDay('2026-11-22', 'Asia/Shanghai').toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(startOfDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDay('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });
});
