import { describe, expect, it } from 'vitest';
import { ReadingFlag, RollupGrain } from './energy.enums.js';
import { book, Calendar, emptyDelta } from './rollup.js';
import { type MeterRules, QUARTER_MS, spread, toMilli, validateSeries } from './validation.js';

const T0 = Date.UTC(2026, 5, 1, 0, 0);
const q = (n: number) => T0 + n * QUARTER_MS;
const rules: MeterRules = { registerDigits: 6, multiplier: 1, spikeLimit: toMilli(50), intervalMinutes: 15 };
/** Readings every 15 minutes with the given register values (kWh). */
const series = (values: number[]) => values.map((v, i) => ({ ts: q(i), value: toMilli(v) }));
const run = (values: number[], r: MeterRules = rules) => validateSeries(null, series(values), r);
const flags = (values: number[], r?: MeterRules) => run(values, r).verdicts.map((v) => v.flag);
const booked = (values: number[], r?: MeterRules) =>
  run(values, r).verdicts.reduce((s, v) => s + v.delta, 0) / 1000;

describe('cumulative register validation', () => {
  it('books the distance between accepted readings, the first being the baseline', () => {
    expect(flags([100, 110, 125])).toEqual([ReadingFlag.FIRST, ReadingFlag.OK, ReadingFlag.OK]);
    expect(booked([100, 110, 125])).toBe(25);
  });

  it('ignores a backward total and keeps the previous baseline (a counter reset is not 15 MWh)', () => {
    // A register at 15,000 kWh reset to a low value and counting on from there.
    const values = [15_000, 15_010, 3, 5, 15_020];
    expect(flags(values)).toEqual([
      ReadingFlag.FIRST,
      ReadingFlag.OK,
      ReadingFlag.BACKWARD,
      ReadingFlag.BACKWARD,
      // Measured from the baseline three intervals back: spread over them, estimated.
      ReadingFlag.GAP,
    ]);
    expect(booked(values)).toBe(20);
  });

  it('ignores a brief zero: the reading after it is not a 53 MWh consumption', () => {
    const values = [53_000, 53_002, 0, 53_004];
    expect(flags(values)).toEqual([ReadingFlag.FIRST, ReadingFlag.OK, ReadingFlag.ZERO, ReadingFlag.GAP]);
    expect(booked(values)).toBe(4);
  });

  it('counts through a rollover at the register width', () => {
    const values = [999_990, 999_998, 4, 10];
    expect(flags(values)).toEqual([ReadingFlag.FIRST, ReadingFlag.OK, ReadingFlag.ROLLOVER, ReadingFlag.OK]);
    expect(booked(values)).toBe(20);
  });

  it('does not take a drop far from the top of the register for a rollover', () => {
    expect(flags([500_000, 10])).toEqual([ReadingFlag.FIRST, ReadingFlag.BACKWARD]);
    expect(flags([999_990, 10], { ...rules, registerDigits: null })).toEqual([
      ReadingFlag.FIRST,
      ReadingFlag.BACKWARD,
    ]);
  });

  it('flags a spike above the physical limit per interval and keeps the baseline', () => {
    const values = [1000, 1010, 1900, 1020];
    expect(flags(values)).toEqual([ReadingFlag.FIRST, ReadingFlag.OK, ReadingFlag.SPIKE, ReadingFlag.GAP]);
    expect(booked(values)).toBe(20);
    // The limit scales with the time since the baseline: 60 kWh in an hour is within 4 × 50.
    expect(
      validateSeries(
        null,
        [
          { ts: q(0), value: 0 },
          { ts: q(4), value: toMilli(60) },
        ],
        rules,
      ).verdicts[1]!.flag,
    ).toBe(ReadingFlag.GAP);
  });

  it('applies the multiplier (CT ratio) before the spike limit', () => {
    const ct = { ...rules, multiplier: 40 };
    expect(booked([10, 11], ct)).toBe(40);
    expect(flags([10, 12], ct)).toEqual([ReadingFlag.FIRST, ReadingFlag.SPIKE]);
  });

  it('marks the consumption over missed readings as estimated, spread over the gap', () => {
    const readings = [
      { ts: q(0), value: 0 },
      { ts: q(1), value: toMilli(1) },
      { ts: q(5), value: toMilli(9) },
    ];
    const { verdicts } = validateSeries(null, readings, rules);
    expect(verdicts[2]).toEqual({ flag: ReadingFlag.GAP, delta: 8000, baseTs: q(1), estimated: true });
    expect(spread(8000, q(1), q(5))).toEqual([
      [q(1), 2000],
      [q(2), 2000],
      [q(3), 2000],
      [q(4), 2000],
    ]);
  });

  it('spreads a delta over off-grid instants exactly, in proportion to time', () => {
    const from = q(0) + 5 * 60_000;
    const shares = spread(1001, from, from + QUARTER_MS);
    expect(shares).toEqual([
      [q(0), 667],
      [q(1), 334],
    ]);
    expect(shares.reduce((s, [, a]) => s + a, 0)).toBe(1001);
  });

  it('books into 15-minute, hour, and the park’s day and month buckets', () => {
    const delta = emptyDelta();
    const calendar = new Calendar('Asia/Shanghai');
    // 15:45–16:15 UTC on 31 May is 23:45–00:15 on 1 June in Shanghai: the last quarter of May 31st.
    const from = Date.UTC(2026, 4, 31, 15, 45);
    book(
      delta,
      calendar,
      { flag: ReadingFlag.OK, delta: 2000, baseTs: from, estimated: false },
      from + 2 * QUARTER_MS,
    );
    const day = [...delta.get(RollupGrain.DAY)!.entries()];
    expect(day).toEqual([
      [Date.UTC(2026, 4, 30, 16), { amount: 1000, estimated: 0 }],
      [Date.UTC(2026, 4, 31, 16), { amount: 1000, estimated: 0 }],
    ]);
    expect([...delta.get(RollupGrain.MONTH)!.keys()]).toEqual([
      Date.UTC(2026, 3, 30, 16),
      Date.UTC(2026, 4, 31, 16),
    ]);
    expect([...delta.get(RollupGrain.HOUR)!.entries()]).toEqual([
      [Date.UTC(2026, 4, 31, 15), { amount: 1000, estimated: 0 }],
      [Date.UTC(2026, 4, 31, 16), { amount: 1000, estimated: 0 }],
    ]);
  });

  it('takes back what a re-validated reading booked', () => {
    const delta = emptyDelta();
    const calendar = new Calendar('Asia/Shanghai');
    const v = { flag: ReadingFlag.GAP, delta: 3000, baseTs: q(0), estimated: true };
    book(delta, calendar, v, q(3));
    book(delta, calendar, v, q(3), -1);
    for (const grain of delta.values())
      for (const a of grain.values()) expect(a).toEqual({ amount: 0, estimated: 0 });
  });
});
