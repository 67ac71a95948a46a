import { BadInputError } from './errors.js';

/**
 * The one plate rule of the product: every feature that takes a plate (parking's gates and
 * vehicle lists, visitor invitations and walk-ins, access-control plate credentials) parses it
 * here. Chinese licence plates (GA 36-2018 and its 2022 amendment for new-energy letters), normalised
 * to what a camera or a person might type: full-width letters and digits become ASCII, letters
 * upper case, spaces, dots and dashes dropped (苏E·12345 → 苏E12345).
 */

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** Plate letters and digits: I and O are never used (they read as 1 and 0). */
const SERIAL = '[A-HJ-NP-Z0-9]';
/** The energy letter of a new-energy plate: D A B C E pure electric, F G H J K other. */
const ENERGY = '[DABCEFGHJK]';

export type PlateKind =
  | 'ORDINARY'
  | 'NEW_ENERGY'
  | 'TRAILER'
  | 'COACH'
  | 'POLICE'
  | 'HK_MACAU'
  | 'CONSULATE'
  | 'EMBASSY';

const RULES: readonly [PlateKind, RegExp][] = [
  // Small new-energy cars: the energy letter, a letter or digit, four digits (粤BD12345, 粤BDF1234).
  ['NEW_ENERGY', new RegExp(`^[${PROVINCES}][A-HJ-NP-Z]${ENERGY}${SERIAL}\\d{4}$`)],
  // Large new-energy vehicles: the energy letter comes last (粤B12345D).
  ['NEW_ENERGY', new RegExp(`^[${PROVINCES}][A-HJ-NP-Z]\\d{5}${ENERGY}$`)],
  ['ORDINARY', new RegExp(`^[${PROVINCES}][A-HJ-NP-Z]${SERIAL}{5}$`)],
  ['TRAILER', new RegExp(`^[${PROVINCES}][A-HJ-NP-Z]${SERIAL}{4}挂$`)],
  ['COACH', new RegExp(`^[${PROVINCES}][A-HJ-NP-Z]${SERIAL}{4}学$`)],
  ['POLICE', new RegExp(`^[${PROVINCES}][A-HJ-NP-Z]${SERIAL}{4}警$`)],
  ['HK_MACAU', new RegExp(`^粤Z${SERIAL}{4}[港澳]$`)],
  ['CONSULATE', new RegExp(`^[${PROVINCES}][A-HJ-NP-Z]\\d{4}领$`)],
  // Embassies: 使 and six digits (the first three name the mission), or the older 123456使.
  ['EMBASSY', /^使\d{6}$/],
  ['EMBASSY', /^\d{6}使$/],
];

/** The plate as stored and compared: ASCII upper case, no separators. */
export function normalizePlate(raw: string): string {
  return raw
    .normalize('NFKC') // full-width Ａ１ → A1
    .replace(/[\s·•.\-_]/g, '')
    .toUpperCase();
}

/** The normalised plate and its kind, or null when it is no Chinese plate. */
export function parsePlate(raw: string): { plate: string; kind: PlateKind } | null {
  const plate = normalizePlate(raw);
  if (plate.length < 7 || plate.length > 8) return null;
  for (const [kind, rule] of RULES) if (rule.test(plate)) return { plate, kind };
  return null;
}

/** Whether the plate is a new-energy one (green plate): such cars may take EV charging spaces. */
export const isNewEnergy = (plate: string) => parsePlate(plate)?.kind === 'NEW_ENERGY';

/** Why a plate is refused, in English for API users (the apps translate `error.INVALID_PLATE`). */
export const PLATE_MESSAGE = 'Not a Chinese licence plate (e.g. 苏E12345, 苏ED12345)';

/** A plate as typed or read, normalised, or BAD_USER_INPUT (`INVALID_PLATE`) naming `field`. */
export function plateOrFail(raw: string, field: string): string {
  const parsed = parsePlate(raw);
  if (!parsed) throw new BadInputError(field, PLATE_MESSAGE, 'INVALID_PLATE');
  return parsed.plate;
}
