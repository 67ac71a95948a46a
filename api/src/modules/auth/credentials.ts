import { createHash, randomBytes } from 'node:crypto';
import type { VerifiedCredential } from '../../kernel/actor.js';

/** What a caller presented, before it is checked against the database. */
export type Credential = { type: 'token'; token: string } | Exclude<VerifiedCredential, { type: 'user' }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();

/** A random secret for credentials: 32 bytes, URL-safe. Random secrets need no slow hash. */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Device credentials read `<device id>.<secret>`. */
export const deviceCredential = (deviceId: string, secret: string) => `${deviceId}.${secret}`;

/**
 * Partner keys read `psk_<key id without dashes>_<secret>`; the first 16 characters are the
 * prefix shown in lists. Key ids are random (v4), so prefixes do not share a time stamp.
 */
export function apiKeyToken(keyId: string, secret: string): string {
  return `psk_${keyId.replaceAll('-', '')}_${secret}`;
}
export const apiKeyPrefix = (keyId: string) => apiKeyToken(keyId, '').slice(0, 16);

function parseApiKey(token: string): Credential | undefined {
  const m = /^psk_([0-9a-f]{32})_([A-Za-z0-9_-]{20,})$/.exec(token);
  if (!m) return undefined;
  const hex = m[1]!;
  const keyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { type: 'apiKey', keyId, secretHash: sha256(m[2]!) };
}

/**
 * Reads an `Authorization` value: `Bearer <access token>`, `Bearer psk_…` or `ApiKey psk_…`
 * (partner key), or `Device <id>.<secret>` (kiosk). Returns undefined when there is none, and
 * `'malformed'` when something was sent that cannot be a credential.
 */
export function parseAuthorization(value: string | undefined): Credential | 'malformed' | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const [scheme, token, ...rest] = value.trim().split(/\s+/);
  if (!token || rest.length > 0) return 'malformed';
  switch (scheme?.toLowerCase()) {
    case 'bearer':
      return token.startsWith('psk_') ? (parseApiKey(token) ?? 'malformed') : { type: 'token', token };
    case 'apikey':
      return parseApiKey(token) ?? 'malformed';
    case 'device': {
      const dot = token.indexOf('.');
      const deviceId = token.slice(0, dot);
      const secret = token.slice(dot + 1);
      if (dot < 0 || !UUID.test(deviceId) || secret.length < 20) return 'malformed';
      return { type: 'device', deviceId, secretHash: sha256(secret) };
    }
    default:
      return 'malformed';
  }
}
