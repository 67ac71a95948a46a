import type { Permission } from '../auth/permissions.js';

/**
 * What a partner key may be granted. A scope opens a fixed set of permissions inside the key's
 * parks; later modules (parking, access, energy) add their scopes here.
 */
export const API_KEY_SCOPES = {
  'assets:read': {
    description: 'Read buildings, floors and units.',
    permissions: ['asset.read'],
  },
  'equipment:read': {
    description: 'Read the equipment ledger and its history.',
    permissions: ['asset.read', 'equipment.read'],
  },
  'equipment:write': {
    description: 'Maintain equipment records and log inspections and repairs (maintenance vendors).',
    permissions: ['asset.read', 'equipment.read', 'equipment.write'],
  },
  'supervisor:read': {
    description: 'Read-only oversight for government supervisors (OM 5.1): assets, equipment and tenants.',
    permissions: ['asset.read', 'equipment.read', 'tenant.read'],
  },
} as const satisfies Record<string, { description: string; permissions: Permission[] }>;

export type ApiKeyScope = keyof typeof API_KEY_SCOPES;
export const isApiKeyScope = (s: string): s is ApiKeyScope => Object.hasOwn(API_KEY_SCOPES, s);

export function scopePermissions(scopes: readonly string[]): ReadonlySet<Permission> {
  const out = new Set<Permission>();
  for (const s of scopes) if (isApiKeyScope(s)) for (const p of API_KEY_SCOPES[s].permissions) out.add(p);
  return out;
}
