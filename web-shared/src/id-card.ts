/**
 * Mainland resident identity card numbers (GB 11643-1999): six digits of address code, the
 * birth date as YYYYMMDD, three digits of sequence and a check character (ISO 7064 MOD 11-2,
 * `X` standing for 10). Foreigners' permanent residence cards (since 2017, starting with 9) and
 * the residence permits of Hong Kong, Macao and Taiwan residents (81/82/83) use the same layout.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** Why a number is not a valid ID card number, or null when it is. */
export type IdCardProblem = 'LENGTH' | 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

/** As typed on a keypad or read by a scanner: spaces dropped, a lower-case x made upper. */
export const normalizeIdCard = (value: string) => value.replace(/\s+/g, '').toUpperCase();

/** The check character the first 17 digits call for. */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/**
 * Checks a number as typed (after `normalizeIdCard`). `today` bounds the birth date (no one is
 * born tomorrow); the earliest accepted is 1900-01-01.
 */
export function idCardProblem(value: string, today: Date = new Date()): IdCardProblem | null {
  if (value.length !== 18) return 'LENGTH';
  if (!/^[1-9]\d{16}[\dX]$/.test(value)) return 'FORMAT';
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  const real = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
  if (!real || y < 1900 || birth.getTime() > today.getTime()) return 'BIRTH_DATE';
  if (idCardCheckChar(value) !== value[17]) return 'CHECK_DIGIT';
  return null;
}

/** Shown to anyone without the right to see it: `110***********1234`. */
export const maskIdCard = (value: string) =>
  value.length < 8
    ? '*'.repeat(value.length)
    : `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
