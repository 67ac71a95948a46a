import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Cursors are signed: a client can only hand back a cursor this API made, so no forged value
 * ever reaches a keyset condition (where a wrong type would fail the statement). The key comes
 * from the token secret (`useCursorSecret` at start), so every node of a deployment accepts the
 * others' cursors; a process that never sets it (a CLI, a bench) uses a random one.
 */
let key: Buffer = randomBytes(32);

export function useCursorSecret(secret: string): void {
  key = createHmac('sha256', secret).update('park:cursor:v1').digest();
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
