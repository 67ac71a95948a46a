import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { VisitorSettings } from './visitor.settings.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** An 18-character resident ID-card number (GB 11643) with its ISO 7064 MOD 11-2 check character. */
export function isIdCardNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(value[i]), 0);
  if (CHECK[sum % 11] !== value[17]) return false;
  const [y, m, d] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(Number) as [
    number,
    number,
    number,
  ];
  const born = new Date(Date.UTC(y, m - 1, d));
  return born.getUTCFullYear() === y && born.getUTCMonth() === m - 1 && born.getUTCDate() === d && y >= 1900;
}

/** Upper-cases the check character and drops spaces: how an ID number is stored and compared. */
export const normalizeIdNumber = (value: string) => value.replace(/\s+/g, '').toUpperCase();

/** `110***********1234`: the region's first three and the last four, as the apps show it. */
export const maskIdNumber = (value: string) =>
  `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;

/** `138****5678`. */
export const maskPhone = (value: string) =>
  value.length >= 7
    ? `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`
    : '*'.repeat(value.length);

/** A value encrypted at rest, with the id of the key beside it so keys can rotate. */
export type Sealed = { keyId: string; data: Buffer };

/** AES-256-GCM: 12-byte nonce, 16-byte tag, then the ciphertext, in one column. */
export function seal(settings: VisitorSettings, plain: string): Sealed {
  const { id, key } = settings.currentDataKey;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(id));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return { keyId: id, data: Buffer.concat([iv, cipher.getAuthTag(), body]) };
}

/** Decrypts with the key the value names; throws when that key is gone or the value was altered. */
export function unseal(settings: VisitorSettings, sealed: Sealed): string {
  const key = settings.dataKeys.get(sealed.keyId);
  if (!key) throw new Error(`No visitor data key ${sealed.keyId}`);
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.data.subarray(0, 12));
  decipher.setAAD(Buffer.from(sealed.keyId));
  decipher.setAuthTag(sealed.data.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.data.subarray(28)), decipher.final()]).toString('utf8');
}

/**
 * What an ID number is matched by (the watchlist) without decrypting anything: an HMAC under a
 * key derived from the first data key, stable across rotations of the current one.
 */
export function idDigest(settings: VisitorSettings, idNumber: string): Buffer {
  const [first] = settings.dataKeys.values();
  const macKey = createHmac('sha256', first!).update('visitor id-number digest').digest();
  return createHmac('sha256', macKey).update(normalizeIdNumber(idNumber)).digest();
}
