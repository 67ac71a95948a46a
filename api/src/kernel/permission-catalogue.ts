/** Who a role (and so a permission) is for. */
export type Audience = 'STAFF' | 'TENANT';

/** A text in both languages of the product (SPEC §4), as operators read it. */
export type Localized = { zh: string; en: string };

/** One capability a feature checks, as its manifest declares it. */
export type PermissionSpec<RoleKey extends string = string> = {
  audience: Audience | 'BOTH';
  /** Its short name in the role editor, e.g. 派单 / Dispatch work orders. */
  name: Localized;
  /** What it allows. */
  description: Localized;
  /**
   * The built-in roles that hold it. The HQ admin role holds every staff permission without
   * being named; `'HQ_ONLY'` says on purpose that no other built-in role does.
   */
  grants: readonly RoleKey[] | 'HQ_ONLY';
};

/** A built-in role as its owner defines it; its permissions come from the features' grants. */
export type BuiltinRoleDefinition = {
  id: string;
  key: string;
  name: string;
  nameEn: string;
  description: string;
  audience: Audience;
  /** Holds every permission its audience may hold (the HQ admin). */
  holdsAll?: boolean;
};

export type BuiltinRole<P extends string> = Omit<BuiltinRoleDefinition, 'holdsAll'> & { permissions: P[] };

/**
 * The permissions of every feature, in the order of the module list, and the built-in roles
 * made from their grants. Built once at start-up from the manifests; the code checks these
 * names, admins group them into roles.
 */
export class PermissionCatalogue<P extends string> {
  readonly specs: Readonly<Record<P, PermissionSpec>>;
  readonly all: readonly P[];
  readonly builtinRoles: readonly BuiltinRole<P>[];

  constructor(declared: readonly Record<string, PermissionSpec>[], roles: readonly BuiltinRoleDefinition[]) {
    const specs: Record<string, PermissionSpec> = {};
    for (const permissions of declared)
      for (const [key, spec] of Object.entries(permissions)) {
        if (Object.hasOwn(specs, key)) throw new Error(`Permission ${key} is declared twice`);
        specs[key] = spec;
      }
    const roleKeys = new Set(roles.map((r) => r.key));
    for (const [key, spec] of Object.entries(specs))
      if (spec.grants !== 'HQ_ONLY')
        for (const role of spec.grants)
          if (!roleKeys.has(role)) throw new Error(`Permission ${key} is granted to unknown role ${role}`);
    this.specs = specs as Record<P, PermissionSpec>;
    this.all = Object.keys(specs) as P[];
    this.builtinRoles = roles.map(({ holdsAll, ...role }) => ({
      ...role,
      permissions: this.all.filter((p) => {
        const spec = this.specs[p];
        if (!this.fits(p, role.audience)) return false;
        return holdsAll || (spec.grants !== 'HQ_ONLY' && spec.grants.includes(role.key));
      }),
    }));
  }

  has(value: string): value is P {
    return Object.hasOwn(this.specs, value);
  }

  /** Whether a role for `audience` may hold the permission. */
  fits(permission: P, audience: Audience): boolean {
    const a = this.specs[permission].audience;
    return a === 'BOTH' || a === audience;
  }
}
