import { describe, expect, it } from 'vitest';
import { formatFen } from './bill-money.js';

describe('money on the kiosk', () => {
  it('shows fen as yuan with two decimals and thousands grouped', () => {
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(29)).toBe('¥0.29');
    expect(formatFen(100)).toBe('¥1.00');
    expect(formatFen(123_450)).toBe('¥1,234.50');
    expect(formatFen(100_000_000)).toBe('¥1,000,000.00');
  });

  it('keeps amounts a float would round wrongly exact', () => {
    // 1.005 and 0.29 are not what they seem in binary floating point.
    expect(formatFen(1_005)).toBe('¥10.05');
    expect(formatFen(9_007_199_254_740_991)).toBe('¥90,071,992,547,409.91');
  });

  it('marks a credit with a minus sign', () => {
    expect(formatFen(-1_200)).toBe('-¥12.00');
    expect(formatFen(-7)).toBe('-¥0.07');
  });

  it('refuses what is not whole fen', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError);
    expect(() => formatFen(Number.NaN)).toThrow(RangeError);
  });
});
