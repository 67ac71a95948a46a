import { createHmac, createSecretKey, type KeyObject, randomBytes, timingSafeEqual } from 'node:crypto';
import { Cursor } from '@mikro-orm/core';
import { BadInputError } from '../kernel/errors.js';

/**
 * Cursors are signed: a client can only hand back a cursor this API made, so no forged value
 * ever reaches a keyset condition (where a wrong type would fail the statement). The key comes
 * from the token secret (`useCursorSecret` at start), so every node of a deployment accepts the
 * others' cursors; a process that never sets it (a CLI, a bench) uses a random one.
 */
let key: KeyObject = createSecretKey(randomBytes(32));

/** A key object made once: HMAC with a raw key buffer imports the key again on every call. */
export function useCursorSecret(secret: string): void {
  key = createSecretKey(createHmac('sha256', secret).update('park:cursor:v1').digest());
}

const mac = (inner: string) => createHmac('sha256', key).update(inner).digest().subarray(0, 16);

/** `inner` (base64url, as MikroORM encodes cursors) with its signature. */
export function signCursor(inner: string): string {
  return `${inner}.${mac(inner).toString('base64url')}`;
}

/** The inner cursor when `value` carries a valid signature; undefined otherwise. */
export function openCursor(value: string): string | undefined {
  const dot = value.lastIndexOf('.');
  if (dot <= 0 || value.length > 2048) return undefined;
  const inner = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64url');
  const expected = mac(inner);
  return given.length === expected.length && timingSafeEqual(given, expected) ? inner : undefined;
}

/**
 * The one cursor format of every list: the sort values of an item, its id last, as a JSON array
 * (base64url, as MikroORM's `Cursor` writes it, so its `findByCursor` reads ours), signed.
 */
export function encodeCursor(values: readonly unknown[]): string {
  return signCursor(Cursor.encode([...values]));
}

/**
 * The unsigned inner cursor and its values when `value` is a cursor this API made for a list
 * sorted by `width` keys; otherwise `INVALID_CURSOR` on the argument `field`.
 */
export function decodeCursor(
  value: string,
  field: string,
  width: number,
): { inner: string; values: unknown[] } {
  const inner = openCursor(value);
  let decoded: unknown;
  try {
    decoded = inner === undefined ? undefined : Cursor.decode(inner);
  } catch {
    decoded = undefined;
  }
  if (inner === undefined || !Array.isArray(decoded) || decoded.length !== width) {
    throw new BadInputError(field, `${field} is not a cursor of this list and order`, 'INVALID_CURSOR');
  }
  return { inner, values: decoded };
}
