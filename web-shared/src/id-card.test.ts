import { describe, expect, it } from 'vitest';
import { idCardCheckChar, idCardProblem, maskIdCard, normalizeIdCard } from './id-card.js';

const today = new Date('2026-12-05T00:00:00Z');

describe('ID card numbers (GB 11643-1999)', () => {
  it('accepts numbers whose check character matches, X included', () => {
    // The standard's own example, and numbers completed with the computed check character.
    expect(idCardProblem('11010519491231002X', today)).toBeNull();
    for (const first17 of ['44030419900101123', '31011519850615004', '91000020200229001']) {
      const full = first17 + idCardCheckChar(first17);
      expect(idCardProblem(full, today), full).toBeNull();
    }
  });

  it('names what is wrong', () => {
    expect(idCardProblem('11010519491231002', today)).toBe('LENGTH');
    expect(idCardProblem('11010519491231002XX', today)).toBe('LENGTH');
    expect(idCardProblem('01010519491231002X', today)).toBe('FORMAT');
    expect(idCardProblem('1101051949123100X2', today)).toBe('FORMAT');
    expect(idCardProblem('110105194912310021', today)).toBe('CHECK_DIGIT');
    const feb30 = '11010519900230001';
    expect(idCardProblem(feb30 + idCardCheckChar(feb30), today)).toBe('BIRTH_DATE');
    const tomorrow = '11010520261206001';
    expect(idCardProblem(tomorrow + idCardCheckChar(tomorrow), today)).toBe('BIRTH_DATE');
    const old = '11010518991231001';
    expect(idCardProblem(old + idCardCheckChar(old), today)).toBe('BIRTH_DATE');
  });

  it('finds every single-digit typo', () => {
    const good = '11010519491231002X';
    for (let i = 0; i < 17; i++)
      for (let d = 0; d <= 9; d++) {
        if (String(d) === good[i]) continue;
        const typo = good.slice(0, i) + d + good.slice(i + 1);
        expect(idCardProblem(typo, today), typo).not.toBeNull();
      }
  });

  it('normalises what a keypad or scanner gives, and masks for display', () => {
    expect(normalizeIdCard(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(maskIdCard('110105194912311234')).toBe('110***********1234');
    expect(maskIdCard('12345')).toBe('*****');
  });
});
