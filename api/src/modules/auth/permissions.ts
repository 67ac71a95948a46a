import type { Permission } from '../index.js';

/**
 * What an operation requires (`@Authorized(...)`, `authorize(ctx, ...)`): a permission, or one of
 * the requirements below. Permissions are declared by the features in their manifests
 * (`modules/<feature>/index.ts`) and gathered in `modules/registry.ts`; the built-in roles that
 * hold them are written to the database at every boot (`db/reference-data.ts`).
 */
export type { Permission };

/** Operations open to anyone (login, refresh, kiosk pairing) — still audited and rate-limited. */
export const PUBLIC = 'public';
/** Operations for any signed-in user, device or key (e.g. `viewer`). */
export const SIGNED_IN = 'signedIn';
/** What a paired lobby kiosk may do; kiosks have no roles. */
export const KIOSK = 'kiosk';
/** Fields of a user record: the user themselves, or whoever holds user.read. */
export const SELF_OR_USER_READ = 'selfOrUserRead';
export type Requirement =
  | Permission
  | typeof PUBLIC
  | typeof SIGNED_IN
  | typeof KIOSK
  | typeof SELF_OR_USER_READ;
