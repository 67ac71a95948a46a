import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyRounding } from '../fee/money.js';
import { EscalationKind, LeaseLineKind, PaymentCycle } from './lease.enums.js';
import { addDays, cyclesOf, type LeaseTerms, rentSchedule } from './rent-schedule.js';

const terms = (over: Partial<LeaseTerms> = {}, rent: Partial<LeaseTerms['rent']> = {}): LeaseTerms => ({
  startOn: '2026-01-15',
  endOn: '2026-03-31',
  cycle: PaymentCycle.MONTHLY,
  area: '100.00',
  rent: {
    price: '60.0000',
    rounding: MoneyRounding.HALF_UP,
    escalation: EscalationKind.NONE,
    escalationPercent: null,
    steps: [],
    freePeriods: [],
    ...rent,
  },
  propertyFee: { rounding: MoneyRounding.HALF_UP, rates: [{ from: '2025-01-01', price: '6.5' }] },
  depositFen: 1_200_000,
  ...over,
});
const lines = (t: LeaseTerms, kind: LeaseLineKind) =>
  rentSchedule(t)
    .flatMap((c) => c.lines)
    .filter((l) => l.kind === kind);

describe('rentSchedule', () => {
  it('charges a part first month pro rata by day, rounds each line once, and bills the deposit first', () => {
    const cycles = rentSchedule(terms());
    expect(cycles.map((c) => [c.from, c.to])).toEqual([
      ['2026-01-15', '2026-01-31'],
      ['2026-02-01', '2026-02-28'],
      ['2026-03-01', '2026-03-31'],
    ]);
    // 60 × 100 × 17/31 = 3,290.3225… yuan; 6.5 × 100 × 17/31 = 356.4516… yuan.
    expect(cycles[0]!.lines.map((l) => [l.kind, l.days, l.monthDays, l.amountFen])).toEqual([
      ['DEPOSIT', 0, 0, 1_200_000],
      ['RENT', 17, 31, 329_032],
      ['PROPERTY_FEE', 17, 31, 35_645],
    ]);
    expect(cycles[0]!.totalFen).toBe(1_200_000 + 329_032 + 35_645);
    expect(cycles[1]!.lines.map((l) => l.amountFen)).toEqual([600_000, 65_000]);
  });

  it('charges nothing for rent-free days but still the property fee', () => {
    const t = terms({}, { freePeriods: [{ from: '2026-02-01', to: '2026-02-14' }] });
    const feb = rentSchedule(t)[1]!.lines;
    expect(feb[0]).toMatchObject({ kind: 'RENT', days: 28, freeDays: 14, amountFen: 300_000 });
    expect(feb[1]).toMatchObject({ kind: 'PROPERTY_FEE', amountFen: 65_000 });
  });

  it('raises a fixed percentage on each anniversary, splitting the month it falls in, by the stated rounding', () => {
    const base = { startOn: '2025-03-16', endOn: '2026-04-30' };
    const at = (rounding: MoneyRounding) =>
      lines(
        terms(base, { escalation: EscalationKind.FIXED_PERCENT, escalationPercent: '5', rounding }),
        LeaseLineKind.RENT,
      );
    const march = (rounding: MoneyRounding) => at(rounding).find((l) => l.from === '2026-03-01')!;
    // (60 × 15 + 63 × 16) / 31 × 100 = 6,154.8387… yuan.
    expect(march(MoneyRounding.HALF_UP)).toMatchObject({ amountFen: 615_484, price: '60.0000' });
    expect(march(MoneyRounding.DOWN).amountFen).toBe(615_483);
    expect(march(MoneyRounding.UP).amountFen).toBe(615_484);
    expect(at(MoneyRounding.HALF_UP).find((l) => l.from === '2026-04-01')).toMatchObject({
      amountFen: 630_000,
      price: '63.0000',
    });
  });

  it('compounds the yearly rise exactly', () => {
    const t = terms(
      { startOn: '2024-01-01', endOn: '2026-12-31' },
      { price: '33.3333', escalation: EscalationKind.FIXED_PERCENT, escalationPercent: '3.5' },
    );
    const jan26 = lines(t, LeaseLineKind.RENT).find((l) => l.from === '2026-01-01')!;
    // 33.3333 × 1.035² × 100 = 3,570.746429… yuan = 357,074.64… fen.
    expect(jan26.amountFen).toBe(357_075);
  });

  it('follows stepped prices from their dates', () => {
    const t = terms(
      { startOn: '2026-01-01', endOn: '2027-12-31' },
      { escalation: EscalationKind.STEPPED, steps: [{ from: '2027-01-01', price: '65' }] },
    );
    const rent = lines(t, LeaseLineKind.RENT);
    expect(rent.find((l) => l.from === '2026-12-01')!.amountFen).toBe(600_000);
    expect(rent.find((l) => l.from === '2027-01-01')).toMatchObject({ amountFen: 650_000, price: '65' });
  });

  it('prices the property fee by the rate in force each day', () => {
    const t = terms({ startOn: '2026-02-01', endOn: '2026-02-28' }, {});
    t.propertyFee!.rates.push({ from: '2026-02-15', price: '7' });
    // (6.5 × 14 + 7 × 14) / 28 × 100 = 675 yuan.
    expect(lines(t, LeaseLineKind.PROPERTY_FEE)[0]).toMatchObject({ amountFen: 67_500, price: '6.5' });
  });

  it('rounds an exact half fen by the rule: up, down or half up', () => {
    const half = (rounding: MoneyRounding, area: string) =>
      lines(
        terms(
          { startOn: '2026-02-01', endOn: '2026-02-28', area, propertyFee: null },
          { price: '0.0001', rounding },
        ),
        LeaseLineKind.RENT,
      )[0]!.amountFen;
    expect([
      half(MoneyRounding.HALF_UP, '50'),
      half(MoneyRounding.DOWN, '50'),
      half(MoneyRounding.UP, '50'),
    ]).toEqual([1, 0, 1]);
    expect([half(MoneyRounding.HALF_UP, '49'), half(MoneyRounding.UP, '49')]).toEqual([0, 1]);
  });

  it('bills by calendar quarter, the first and last cut to the term', () => {
    expect(cyclesOf('2026-02-10', '2026-11-20', PaymentCycle.QUARTERLY)).toEqual([
      { from: '2026-02-10', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-06-30' },
      { from: '2026-07-01', to: '2026-09-30' },
      { from: '2026-10-01', to: '2026-11-20' },
    ]);
  });

  it('covers every day of any term once, in contiguous cycles, for either cycle', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), fc.boolean(), (start, length, quarterly) => {
        const endOn = addDays(start, length);
        const t = terms({
          startOn: start,
          endOn,
          cycle: quarterly ? PaymentCycle.QUARTERLY : PaymentCycle.MONTHLY,
          depositFen: 0,
        });
        const cycles = rentSchedule(t);
        expect(cycles[0]!.from).toBe(start);
        expect(cycles.at(-1)!.to).toBe(endOn);
        for (const [i, c] of cycles.slice(1).entries()) expect(c.from).toBe(addDays(cycles[i]!.to, 1));
        const rentDays = cycles.flatMap((c) => c.lines).filter((l) => l.kind === 'RENT');
        expect(rentDays.reduce((s, l) => s + l.days, 0)).toBe(length + 1);
        for (const c of cycles) expect(c.totalFen).toBe(c.lines.reduce((s, l) => s + l.amountFen, 0));
      }),
      { numRuns: 200 },
    );
  });
});
