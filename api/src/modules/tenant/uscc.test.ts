import { describe, expect, it } from 'vitest';
import { makeUscc, orgCodeCheckChar, usccCheckChar, usccProblem } from './uscc.js';

describe('unified social credit code', () => {
  // The worked example code used in explanations of GB 32100-2015.
  const published = ['91350100M000100Y43'];

  it.each(published)('accepts the published code %s', (code) => {
    expect(usccProblem(code)).toBeNull();
  });

  it('accepts lower case by normalising', () => {
    expect(usccProblem('91350100m000100y43')).toBeNull();
  });

  it('finds every single-character change in the last position', () => {
    const good = published[0]!;
    for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
      if (c === good[17]) continue;
      expect(usccProblem(good.slice(0, 17) + c)).toBe('CHECK_DIGIT');
    }
  });

  it('names the problem: length, characters, check digit', () => {
    expect(usccProblem('9135010')).toBe('LENGTH');
    expect(usccProblem('91350100M000100I43')).toBe('CHARACTERS'); // I is not in the alphabet
    expect(usccProblem('91350100M000100Y44')).toBe('CHECK_DIGIT');
  });

  it('computes the GB 11714 organisation check character', () => {
    // 组织机构代码 D2143569-X, the worked example of GB 11714, and the body of the code above.
    expect(orgCodeCheckChar('D2143569')).toBe('X');
    expect(orgCodeCheckChar('M000100Y')).toBe('4');
  });

  it('builds codes that validate', () => {
    const code = makeUscc('91', '320594', 'MA1XK2P7');
    expect(code).toHaveLength(18);
    expect(usccProblem(code)).toBeNull();
    expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
  });
});
