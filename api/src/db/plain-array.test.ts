import { describe, expect, it } from 'vitest';
import { plainArray } from './sql.js';

describe('plainArray', () => {
  it('writes uuids, numbers, instants, labels and nulls as an array literal', () => {
    expect(
      plainArray([
        '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
        -2.5,
        '1000.000',
        new Date(Date.UTC(2026, 11, 6, 2, 15)),
        'QUARTER',
        null,
      ]),
    ).toBe('{0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b,-2.5,1000.000,2026-12-06T02:15:00.000Z,QUARTER,NULL}');
    expect(plainArray([])).toBe('{}');
  });

  it('refuses what would need quoting, so no value can change the literal', () => {
    for (const bad of ['a,b', 'x}', '{y', 'say "hi"', 'back\\slash', 'two words', '', 'null', 'NULL'])
      expect(() => plainArray([bad]), bad).toThrow(/would need quoting/);
    expect(() => plainArray([Number.NaN])).toThrow(/finite/);
    expect(() => plainArray([Number.POSITIVE_INFINITY])).toThrow(/finite/);
  });
});
