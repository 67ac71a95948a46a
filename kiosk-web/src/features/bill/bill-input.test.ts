import { describe, expect, it } from 'vitest';
import { backspaceBillNumber, canLookUp, parseBillScan, typeBillNumber } from './bill-input.js';

const typed = (keys: string, from = 'ZD') => [...keys].reduce(typeBillNumber, from);

describe('typing a bill number on the pad', () => {
  it('adds the hyphen after the month by itself', () => {
    expect(typed('2026120001')).toBe('ZD202612-0001');
  });

  it('takes a hyphen typed by hand once, and never right after the prefix', () => {
    expect(typed('202612-0001')).toBe('ZD202612-0001');
    expect(typed('202612--0001')).toBe('ZD202612-0001');
    expect(typed('-')).toBe('ZD');
  });

  it('types an adjustment bill number', () => {
    expect(typed('2026120001-A1')).toBe('ZD202612-0001-A1');
  });

  it('stops at thirty characters', () => {
    expect(typed('9'.repeat(40))).toHaveLength(30);
  });

  it('keeps the prefix on backspace', () => {
    expect(backspaceBillNumber('ZD202612-')).toBe('ZD202612');
    expect(backspaceBillNumber('ZD2')).toBe('ZD');
    expect(backspaceBillNumber('ZD')).toBe('ZD');
  });
});

describe('looking a bill up', () => {
  it('needs a number past its prefix and all six digits of the code', () => {
    expect(canLookUp('ZD202612-0001', '123456')).toBe(true);
    expect(canLookUp('ZD', '123456')).toBe(false);
    expect(canLookUp('ZD202612-0001', '12345')).toBe(false);
  });
});

describe('the QR code printed on a bill', () => {
  it('gives the bill number and check code', () => {
    expect(parseBillScan('BILL:ZD202612-0001:042917')).toEqual({
      number: 'ZD202612-0001',
      checkCode: '042917',
    });
    expect(parseBillScan(' bill:zd202612-0001-a1:042917\n')).toEqual({
      number: 'ZD202612-0001-A1',
      checkCode: '042917',
    });
  });

  it('is not any other code', () => {
    expect(parseBillScan('VP1.k1.eyJwIjoiYWJjIn0.c2ln')).toBeNull();
    expect(parseBillScan('BILL:ZD202612-0001:12345')).toBeNull();
    expect(parseBillScan('BILL:ZD 202612:123456')).toBeNull();
    expect(parseBillScan('BILL::123456')).toBeNull();
  });
});
