import { describe, expect, it } from 'vitest';
import { durationParts, formatDuration } from './duration.js';

const ZH: Record<string, string> = {
  'duration.d': '{d} 天',
  'duration.dh': '{d} 天 {h} 小时',
  'duration.h': '{h} 小时',
  'duration.hm': '{h} 小时 {m} 分钟',
  'duration.m': '{m} 分钟',
};
const t = (key: string, values: Record<string, number>) =>
  ZH[key]!.replace(/\{(\w)\}/g, (_, k: string) => String(values[k]));

describe('durations in words (issue 16: "剩余 1650 分钟")', () => {
  it('says days and hours from a day on, hours and minutes from an hour on, minutes below', () => {
    expect(formatDuration(1650, t)).toBe('1 天 3 小时');
    expect(formatDuration(2880, t)).toBe('2 天');
    expect(formatDuration(125, t)).toBe('2 小时 5 分钟');
    expect(formatDuration(120, t)).toBe('2 小时');
    expect(formatDuration(45, t)).toBe('45 分钟');
    expect(formatDuration(0, t)).toBe('0 分钟');
  });

  it('counts an overdue (negative) span by its size, and rounds to whole minutes', () => {
    expect(formatDuration(-1650, t)).toBe('1 天 3 小时');
    expect(durationParts(59.6)).toEqual({ d: 0, h: 1, m: 0 });
  });
});
