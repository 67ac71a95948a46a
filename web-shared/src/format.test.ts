import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, formatPercent, localDate } from './format.js';

describe('formatting', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(formatMoney(123450)).toBe('¥1,234.50');
    expect(formatMoney(5)).toBe('¥0.05');
    expect(formatMoney(-9900, 'en')).toMatch(/-CN¥99\.00|-¥99\.00/);
  });

  it('shows instants in the park’s time zone, not the browser’s', () => {
    const instant = '2026-03-01T17:30:00Z'; // 01:30 the next day in Shanghai
    expect(formatDateTime(instant, 'Asia/Shanghai')).toBe('2026/03/02 01:30');
    expect(localDate(instant, 'Asia/Shanghai')).toBe('2026-03-02');
    expect(localDate(instant, 'Europe/London')).toBe('2026-03-01');
  });

  it('shows ratios as percentages', () => {
    expect(formatPercent(0.8239)).toBe('82.4%');
  });
});
