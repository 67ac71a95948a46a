import { pgText } from './pg-text.js';

/** Keys whose values never reach the audit log at all. */
const SECRET = /password|secret|credential|token|pairingcode/i;
/** Keys whose values are personal data and are kept only masked (SPEC §4). */
const PHONE = /phone|mobile|tel/i;
const EMAIL = /email/i;
const ID_NUMBER = /idnumber|idcard|passport/i;

// Masks cut by code point, never inside a surrogate pair (a half emoji cannot be stored).
export function maskPhone(v: string): string {
  const c = Array.from(v);
  return c.length >= 7 ? `${c.slice(0, 3).join('')}****${c.slice(-4).join('')}` : '****';
}
export function maskEmail(v: string): string {
  const c = Array.from(v);
  const at = c.indexOf('@');
  return at > 0 ? `${c[0]}***${c.slice(at).join('')}` : '***';
}
function maskId(v: string): string {
  const c = Array.from(v);
  return c.length > 4 ? `${'*'.repeat(c.length - 4)}${c.slice(-4).join('')}` : '****';
}

/** Longest string kept in an audit entry's before/after; longer ones are clipped. */
const MAX_AUDIT_STRING = 2000;

/**
 * A copy of `value` fit for the audit log (and for jsonb: no NUL, no lone surrogate): secrets dropped, phone numbers, e-mails and ID
 * numbers masked, dates as ISO strings. Walks nested objects and arrays.
 */
export function maskForAudit(value: unknown, key = ''): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return undefined;
  if (Array.isArray(value)) return value.map((v) => maskForAudit(v, key));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (SECRET.test(k)) continue;
      const masked = maskForAudit(v, k);
      if (masked !== undefined) out[k] = masked;
    }
    return out;
  }
  if (typeof value === 'string') {
    const text = pgText(value, MAX_AUDIT_STRING) ?? '';
    if (PHONE.test(key)) return maskPhone(text);
    if (EMAIL.test(key)) return maskEmail(text);
    if (ID_NUMBER.test(key)) return maskId(text);
    return text;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}
