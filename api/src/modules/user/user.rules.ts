import type { SignedInActor } from '../../kernel/actor.js';
import type { Permission } from '../auth/permissions.js';

/**
 * Nobody hands out more than they hold: a role may be granted, and a user managed, only when
 * all of its permissions are the actor's own. This keeps a park manager from minting an HQ
 * admin and a tenant admin from touching staff.
 */
export function missingPermissions(actor: SignedInActor, permissions: readonly string[]): string[] {
  return permissions.filter((p) => !actor.permissions.has(p as Permission));
}
