import type { Requirement as AnyRequirement } from '../../kernel/requirements.js';
import type { Permission } from '../index.js';

export { KIOSK, PUBLIC, SELF_OR_USER_READ, SIGNED_IN } from '../../kernel/requirements.js';
/**
 * What an operation requires (`@Authorized(...)`, `authorize(ctx, ...)`): a permission, or one of
 * the requirements of `kernel/requirements.ts`. Permissions are declared by the features in their
 * manifests (`modules/<feature>/index.ts`) and gathered in `modules/registry.ts`; the built-in
 * roles that hold them are written to the database at every boot (`db/reference-data.ts`).
 */
export type { Permission };
export type Requirement = AnyRequirement<Permission>;
