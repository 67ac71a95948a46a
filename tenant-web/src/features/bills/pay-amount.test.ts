import { describe, expect, it } from 'vitest';
import { amountProblem, parseYuan } from './pay-amount.js';

describe('parseYuan', () => {
  it('reads yuan with up to two decimals as integer fen, without float error', () => {
    expect(parseYuan('100')).toBe(10_000);
    expect(parseYuan('100.5')).toBe(10_050);
    expect(parseYuan('100.')).toBe(10_000);
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1.15')).toBe(115);
    expect(parseYuan('4.35')).toBe(435);
    expect(parseYuan('12345678.91')).toBe(1_234_567_891);
    expect(parseYuan('0.01')).toBe(1);
  });

  it('takes grouping, a yuan sign, spaces and full-width digits', () => {
    expect(parseYuan(' 1,234.56 ')).toBe(123_456);
    expect(parseYuan('¥88.00')).toBe(8_800);
    expect(parseYuan('１００．５')).toBe(10_050);
  });

  it('refuses what is not such an amount', () => {
    for (const text of ['', '.', '.5', 'abc', '1.234', '-5', '1e3', '1.2.3', '0x10', '21474836.48'])
      expect(parseYuan(text), text).toBeNull();
    expect(parseYuan('21474836.47')).toBe(2_147_483_647);
  });
});

describe('amountProblem', () => {
  it('asks for more than zero and at most what is owed', () => {
    expect(amountProblem('100', 20_000)).toBeNull();
    expect(amountProblem('200.00', 20_000)).toBeNull();
    expect(amountProblem('200.01', 20_000)).toBe('over');
    expect(amountProblem('0.00', 20_000)).toBe('zero');
    expect(amountProblem('1.001', 20_000)).toBe('invalid');
  });
});
