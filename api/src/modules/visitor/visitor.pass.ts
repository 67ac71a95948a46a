import { randomBytes, sign, verify } from 'node:crypto';
import { parse as parseUuid, stringify as stringifyUuid } from 'uuid';
import type { PassKeys } from './visitor.settings.js';

/**
 * A visitor pass as its QR code carries it: `VP1.<key id>.<payload>.<signature>` (base64url),
 * where the payload is only the pass (visit) id, its validity and the pass's nonce (16 + 4 + 4 +
 * 8 bytes) and the signature is Ed25519 over everything before it. The key id names the
 * verifying key, so a new signing key does not invalidate passes already handed out while the
 * old one is still listed. Nothing personal is in the code.
 */
export type PassClaims = { visitId: string; validFrom: Date; validUntil: Date; nonce: Buffer };

const PREFIX = 'VP1';
const PAYLOAD_BYTES = 32;
export const NONCE_BYTES = 8;

/** A fresh per-pass nonce: a new one retires every earlier code of the same visit. */
export const newPassNonce = () => randomBytes(NONCE_BYTES);

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

export function signPass(keys: PassKeys, claims: PassClaims): string {
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  Buffer.from(parseUuid(claims.visitId)).copy(payload, 0);
  payload.writeUInt32BE(seconds(claims.validFrom), 16);
  payload.writeUInt32BE(seconds(claims.validUntil), 20);
  claims.nonce.copy(payload, 24, 0, NONCE_BYTES);
  const signed = `${PREFIX}.${keys.signing.id}.${payload.toString('base64url')}`;
  return `${signed}.${sign(null, Buffer.from(signed), keys.signing.key).toString('base64url')}`;
}

/** Why a pass read from a code is not accepted before the database is asked. */
export type PassReadFailure = 'FORGED';

/** The claims of a code whose signature verifies under a listed key, or `FORGED`. */
export function readPass(keys: PassKeys, token: string): PassClaims | PassReadFailure {
  const parts = token.trim().split('.');
  if (parts.length !== 4 || parts[0] !== PREFIX) return 'FORGED';
  const [, keyId, payloadText, signatureText] = parts as [string, string, string, string];
  const key = keys.verifying.get(keyId);
  if (!key) return 'FORGED';
  const payload = Buffer.from(payloadText, 'base64url');
  const signature = Buffer.from(signatureText, 'base64url');
  if (payload.length !== PAYLOAD_BYTES || signature.length !== 64) return 'FORGED';
  // The exact text signed: a payload re-encoded differently would not match.
  if (payload.toString('base64url') !== payloadText) return 'FORGED';
  if (!verify(null, Buffer.from(`${PREFIX}.${keyId}.${payloadText}`), key, signature)) return 'FORGED';
  return {
    visitId: stringifyUuid(payload.subarray(0, 16)),
    validFrom: new Date(payload.readUInt32BE(16) * 1000),
    validUntil: new Date(payload.readUInt32BE(20) * 1000),
    nonce: payload.subarray(24, 32),
  };
}
