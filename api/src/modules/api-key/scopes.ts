/** What a feature's manifest declares a partner key scope as (`apiKeyScopes`). */
export type ApiKeyScopeSpec<P extends string = string> = {
  readonly description: string;
  readonly permissions: readonly P[];
};

/**
 * What a partner key may be granted: every feature's `apiKeyScopes`, in module order. A scope
 * opens a fixed set of permissions inside the key's parks. Built once by `modules/registry.ts`
 * and reached through `ctx.services.apiKeyScopes` (and the actor session, which turns a key's
 * scopes into its permissions).
 */
export class ApiKeyScopes<P extends string = string> {
  private readonly specs = new Map<string, ApiKeyScopeSpec<P>>();

  constructor(declared: readonly Readonly<Record<string, ApiKeyScopeSpec<P>>>[]) {
    for (const group of declared)
      for (const [scope, spec] of Object.entries(group)) {
        if (this.specs.has(scope)) throw new Error(`API key scope ${scope} is declared twice`);
        this.specs.set(scope, spec);
      }
  }

  has(scope: string): boolean {
    return this.specs.has(scope);
  }

  /** Scope names and descriptions, in module order (`apiKeyScopes` query). */
  list(): { scope: string; description: string }[] {
    return [...this.specs].map(([scope, s]) => ({ scope, description: s.description }));
  }

  /** The permissions the scopes open together; unknown scopes (since retired) open nothing. */
  permissionsOf(scopes: readonly string[]): ReadonlySet<P> {
    const out = new Set<P>();
    for (const s of scopes) for (const p of this.specs.get(s)?.permissions ?? []) out.add(p);
    return out;
  }

  /** Every scope with the permissions it opens (the access tests probe each). */
  entries(): [string, ApiKeyScopeSpec<P>][] {
    return [...this.specs];
  }
}
