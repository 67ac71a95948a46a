/**
 * What an operation can require besides a permission (`@Authorized(...)`, `authorize(ctx, ...)`).
 * The kernel knows no permission names: `Requirement<P>` is filled in with the union the features
 * declare (`modules/auth/permissions.ts`).
 */

/** Operations open to anyone (login, refresh, kiosk pairing) — still audited and rate-limited. */
export const PUBLIC = 'public';
/** Operations for any signed-in user, device or key (e.g. `viewer`). */
export const SIGNED_IN = 'signedIn';
/** What a paired lobby kiosk may do; kiosks have no roles. */
export const KIOSK = 'kiosk';
/** Fields of a user record: the user themselves, or whoever holds user.read. */
export const SELF_OR_USER_READ = 'selfOrUserRead';

/** The requirements that are not permissions. */
export const SPECIAL_REQUIREMENTS = [PUBLIC, SIGNED_IN, KIOSK, SELF_OR_USER_READ] as const;
export type SpecialRequirement = (typeof SPECIAL_REQUIREMENTS)[number];

/** A permission `P`, or one of the requirements above. */
export type Requirement<P extends string = string> = P | SpecialRequirement;

/** What reading an object type needs: a requirement, or `inherit` for wrappers and payloads. */
export type TypeRequirement<P extends string = string> = Requirement<P> | 'inherit';
