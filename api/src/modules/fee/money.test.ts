import { describe, expect, it } from 'vitest';
import { fraction, MoneyRounding, scaled, toFen, yuanText } from './money.js';

describe('money', () => {
  it('reads decimals exactly and refuses more places than allowed', () => {
    expect(scaled('6.5', 4)).toBe(65_000n);
    expect(scaled('0.0001', 4)).toBe(1n);
    expect(scaled(120.5, 2)).toBe(12_050n);
    expect(() => scaled('1.23456', 4)).toThrow(RangeError);
    expect(() => scaled('-1', 4)).toThrow(RangeError);
    expect(() => scaled('1e3', 4)).toThrow(RangeError);
  });

  it('rounds to fen by the rule', () => {
    expect(toFen(fraction(5n, 2n), MoneyRounding.HALF_UP)).toBe(3);
    expect(toFen(fraction(5n, 2n), MoneyRounding.DOWN)).toBe(2);
    expect(toFen(fraction(11n, 5n), MoneyRounding.UP)).toBe(3);
    expect(toFen(fraction(11n, 5n), MoneyRounding.HALF_UP)).toBe(2);
    expect(toFen(fraction(10n, 5n), MoneyRounding.UP)).toBe(2);
  });

  it('writes fen as yuan', () => {
    expect(yuanText(123_456)).toBe('1234.56');
    expect(yuanText(5)).toBe('0.05');
    expect(yuanText(-1_050)).toBe('-10.50');
  });
});
