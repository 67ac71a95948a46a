import { describe, expect, it } from 'vitest';
import { normalizePlate, parsePlate } from './plate.js';

describe('Chinese plates', () => {
  it.each([
    ['苏E12345', '苏E12345', 'ORDINARY'],
    ['苏e·1a2b3', '苏E1A2B3', 'ORDINARY'],
    [' 京 A-88888 ', '京A88888', 'ORDINARY'],
    ['沪ＡＢ１２３４', '沪AB1234', 'ORDINARY'],
    ['粤BD12345', '粤BD12345', 'NEW_ENERGY'],
    ['粤BF12345', '粤BF12345', 'NEW_ENERGY'],
    ['粤BDF1234', '粤BDF1234', 'NEW_ENERGY'],
    ['浙AA12345', '浙AA12345', 'NEW_ENERGY'],
    ['粤B12345D', '粤B12345D', 'NEW_ENERGY'],
    ['苏E1234挂', '苏E1234挂', 'TRAILER'],
    ['苏E1234学', '苏E1234学', 'COACH'],
    ['京A1234警', '京A1234警', 'POLICE'],
    ['粤Z1234港', '粤Z1234港', 'HK_MACAU'],
    ['粤Z1A34澳', '粤Z1A34澳', 'HK_MACAU'],
    ['沪A1234领', '沪A1234领', 'CONSULATE'],
    ['使014578', '使014578', 'EMBASSY'],
    ['224578使', '224578使', 'EMBASSY'],
  ])('%s is %s (%s)', (raw, plate, kind) => {
    expect(parsePlate(raw)).toEqual({ plate, kind });
  });

  it.each([
    ['', 'empty'],
    ['苏E1234', 'too short'],
    ['苏E123456', 'seven serial characters without an energy letter'],
    ['苏E12O45', 'letter O'],
    ['苏I12345', 'letter I as the authority'],
    ['港E12345', 'not a province'],
    ['AE12345', 'no province character'],
    ['苏112345', 'digit as the authority letter'],
    ['粤BX12345', 'X is no energy letter'],
    ['粤BD1234A', 'a small new-energy plate ends in four digits'],
    ['粤B1234港', 'HK/Macau plates are 粤Z only'],
    ['使01457', 'embassy plates have six digits'],
    ['粤BF1A234', 'a letter inside the digits of a new-energy plate'],
    ['苏E12345领', 'consulate plates have four digits before 领'],
    ['苏E12A4领', 'consulate digits only'],
    ['苏E123456789', 'too long'],
  ])('refuses %s (%s)', (raw) => {
    expect(parsePlate(raw)).toBeNull();
  });

  it('normalises what cameras and people type', () => {
    expect(normalizePlate('苏 e . 12345')).toBe('苏E12345');
  });
});
