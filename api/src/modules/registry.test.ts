import { describe, expect, it } from 'vitest';
import { BUILTIN_ROLE_DEFINITIONS } from './auth/builtin-roles.js';
import { ALL_PERMISSIONS, BUILTIN_ROLES, PERMISSIONS } from './registry.js';

const hq = new Set<string>(BUILTIN_ROLE_DEFINITIONS.filter((r) => 'holdsAll' in r).map((r) => r.key));
const holders = (permission: string) =>
  BUILTIN_ROLES.filter((r) => (r.permissions as string[]).includes(permission)).map((r) => r.key);

describe('the permission catalogue', () => {
  it.each(ALL_PERMISSIONS)(
    '%s is granted to a built-in role besides the HQ admin, or marked HQ-only',
    (p) => {
      const grants = PERMISSIONS[p].grants;
      const others = holders(p).filter((key) => !hq.has(key));
      if (grants === 'HQ_ONLY') expect(others).toEqual([]);
      else {
        expect(others.length).toBeGreaterThan(0);
        // A grant to a role of the wrong audience would be dropped silently; each one must land.
        expect(others.sort()).toEqual([...grants].sort());
      }
    },
  );
});
