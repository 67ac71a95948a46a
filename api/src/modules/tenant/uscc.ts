/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-symbol
 * alphabet (no I, O, S, V, Z). Positions: 1 registering authority, 2 organisation type,
 * 3–8 administrative division, 9–17 organisation code (GB 11714, with its own check character),
 * 18 check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The GB 32100 check character for the first 17 characters. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** The GB 11714 check character of an 8-character organisation code body. */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number.parseInt(body8[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export type UsccProblem = 'LENGTH' | 'CHARACTERS' | 'CHECK_DIGIT';

/** Why a code is not a valid USCC, or null when it is. Lower case is accepted and normalised. */
export function usccProblem(raw: string): UsccProblem | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return 'LENGTH';
  if (!SHAPE.test(code)) return 'CHARACTERS';
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return 'CHECK_DIGIT';
  return null;
}

/**
 * Builds a valid code from an authority/type prefix (e.g. `91` = enterprise registered with the
 * market regulator), a 6-digit division and an 8-character organisation body. Used by the demo
 * seed and test factories.
 */
export function makeUscc(prefix: string, division: string, orgBody: string): string {
  const first17 = `${prefix}${division}${orgBody}${orgCodeCheckChar(orgBody)}`;
  return first17 + usccCheckChar(first17);
}
