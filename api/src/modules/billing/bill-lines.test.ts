import { describe, expect, it } from 'vitest';
import { MoneyRounding } from '../fee/money.js';
import { type DesiredLine, differences, lateFeeLines, priceSegments, utilityLines } from './bill-lines.js';
import { BillLineSource } from './billing.enums.js';

const line = (key: string, amountFen: number): DesiredLine => ({
  source: BillLineSource.LEASE_RENT,
  sourceKey: key,
  sourceId: '00000000-0000-0000-0000-000000000001',
  description: '租金',
  periodFrom: '2026-11-01',
  periodTo: '2026-11-30',
  quantity: '100.00',
  unit: 'm²',
  unitPrice: '60.0000',
  amountFen,
  evidence: {},
});

describe('differences', () => {
  it('adds nothing when the sources are as billed, the difference when one changed, and takes back one gone', () => {
    const billed = new Map([
      ['a', { amountFen: 600_000, line: line('a', 0) }],
      ['b', { amountFen: 65_000, line: line('b', 0) }],
    ]);
    expect(differences([line('a', 600_000), line('b', 65_000)], billed)).toEqual([]);
    const changed = differences([line('a', 610_000), line('c', 5_000)], billed);
    expect(changed.map((l) => [l.sourceKey, l.amountFen])).toEqual([
      ['a', 10_000],
      ['c', 5_000],
      ['b', -65_000],
    ]);
    expect(changed[2]!.evidence).toMatchObject({ withdrawn: true });
  });
});

describe('utility lines', () => {
  const usage = (consumption: string) => ({
    meter_id: 'm1',
    code: 'E-1',
    name: '企业分表',
    tenant_id: 't1',
    kind: 'ELECTRICITY' as never,
    consumption,
    estimated: '0',
    open_ts: null,
    open_value: null,
    close_ts: null,
    close_value: null,
    flagged: 0,
  });
  it('cuts a month where a price changes and prices each stretch by its own rate, rounded once', () => {
    const price = {
      standardCode: 'DF',
      rounding: MoneyRounding.HALF_UP,
      rates: [
        { from: '2025-01-01', price: '0.8600' },
        { from: '2026-11-16', price: '0.9000' },
      ],
    };
    expect(priceSegments('2026-11-01', '2026-11-30', [price])).toEqual([
      { from: '2026-11-01', to: '2026-11-15' },
      { from: '2026-11-16', to: '2026-11-30' },
    ]);
    const lines = utilityLines(
      't1',
      [
        { from: '2026-11-01', to: '2026-11-15', usage: [usage('1234.567')] },
        {
          from: '2026-11-16',
          to: '2026-11-30',
          usage: [usage('1000.005'), { ...usage('5'), tenant_id: 't2' }],
        },
      ],
      new Map([['ELECTRICITY', price]]),
    );
    // 1,234.567 kWh × 0.86 = 1,061.72762 yuan; 1,000.005 × 0.9 = 900.0045 yuan.
    expect(lines.map((l) => [l.periodFrom, l.quantity, l.unitPrice, l.amountFen])).toEqual([
      ['2026-11-01', '1234.567', '0.8600', 106_173],
      ['2026-11-16', '1000.005', '0.9000', 90_000],
    ]);
  });
});

describe('late fees', () => {
  const bill = (id: string, tenant: string, days: number, fenDays: number, first: string, last: string) => ({
    id,
    tenant_id: tenant,
    number: `ZD-${id}`,
    due_on: '2026-10-16',
    days,
    fen_days: String(fenDays),
    first_day: first,
    last_day: last,
    owed_fen: '0',
  });
  const overdue = [
    // Owed 10,000 yuan all of November.
    bill('b1', 't1', 30, 1_000_000 * 30, '2026-11-01', '2026-11-30'),
    // 3,333.33 yuan from 21 to 30 November.
    bill('b2', 't1', 10, 333_333 * 10, '2026-11-21', '2026-11-30'),
    // 10,000 yuan until half was paid on the 10th (9 days), then 5,000 yuan until paid in full on the 20th (10 days).
    bill('b3', 't1', 19, 1_000_000 * 9 + 500_000 * 10, '2026-11-01', '2026-11-19'),
    bill('b4', 't2', 30, 5000 * 30, '2026-11-01', '2026-11-30'),
  ];
  it('charges each day’s balance at the lease’s rate, summed over the month and rounded half up once', () => {
    const lines = lateFeeLines('t1', overdue, '0.50', { from: '2026-11-01', to: '2026-11-30' });
    // 10,000 × 0.5‰ × 30 = 150 yuan; 3,333.33 × 0.5‰ × 10 = 16.666… yuan;
    // (10,000 × 9 + 5,000 × 10) × 0.5‰ = 70 yuan: the days after the part payment at the lower balance.
    expect(lines.map((l) => [l.sourceKey, l.periodFrom, l.periodTo, l.evidence.days, l.amountFen])).toEqual([
      ['late:b1:2026-11-01', '2026-11-01', '2026-11-30', 30, 15_000],
      ['late:b2:2026-11-01', '2026-11-21', '2026-11-30', 10, 1_667],
      ['late:b3:2026-11-01', '2026-11-01', '2026-11-19', 19, 7_000],
    ]);
  });
  it('charges nothing without a late fee in the lease', () => {
    expect(lateFeeLines('t1', overdue, '0.00', { from: '2026-11-01', to: '2026-11-30' })).toEqual([]);
    expect(lateFeeLines('t1', overdue, undefined, { from: '2026-11-01', to: '2026-11-30' })).toEqual([]);
  });
});
