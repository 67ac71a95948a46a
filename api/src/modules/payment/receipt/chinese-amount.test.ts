import { describe, expect, it } from 'vitest';
import { chineseAmount } from './chinese-amount.js';

describe('amounts in Chinese financial numerals', () => {
  // A leading ten is written 壹拾, as the People's Bank's rules for 大写金额 require (¥16.00 is
  // 人民币壹拾陆元整), so no digit can be added in front of it.
  it.each([
    [0, '零元整'],
    [1, '壹分'],
    [10, '壹角整'],
    [11, '壹角壹分'],
    [100, '壹元整'],
    [105, '壹元零伍分'],
    [150, '壹元伍角整'],
    [1000, '壹拾元整'],
    [1_000_000, '壹万元整'],
    [1_020_350, '壹万零贰佰零叁元伍角整'],
    [10_000_100, '壹拾万零壹元整'],
    [12_345_678, '壹拾贰万叁仟肆佰伍拾陆元柒角捌分'],
    [100_010_000_00, '壹亿零壹万元整'],
    [100_000_000_00, '壹亿元整'],
    [1_234_567_890_12, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'],
    [88_800, '捌佰捌拾捌元整'],
    [200_000_000_0, '贰仟万元整'],
    [30_005_00, '叁万零伍元整'],
    [1_100_000_00, '壹佰壹拾万元整'],
  ])('%i fen is %s', (fen, words) => {
    expect(chineseAmount(fen)).toBe(words);
  });

  it('refuses what is not a whole, non-negative number of fen', () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 60]) expect(() => chineseAmount(bad)).toThrow(RangeError);
  });
});
