import type { Permission } from './index.js';

/**
 * What a feature's API tests check about access, kept in its own folder as
 * `modules/<feature>/<feature>.access-cases.ts` (exporting `accessCases`) and found there by file
 * name (`api/test/access-cases.ts`): `api/test/roles.test.ts` runs every probe as every built-in
 * role and fails on a permission without one, `api/test/isolation.test.ts` runs every isolation
 * case as a tenant. A new feature adds its file; no central test changes. These files are test
 * data: the build leaves them out (`tsconfig.build.json`).
 */
export type AccessCases = {
  /**
   * One operation per permission that changes nothing: a read, or a write aimed at an id that does
   * not exist (`none`). Allowed shows as data or NOT_FOUND, denied as FORBIDDEN; inputs are valid,
   * so no other error can stand in for either.
   */
  probes?: Partial<Record<Permission, (env: ProbeEnv) => string>>;
  /** Permissions no operation requires, each with why, so they have no probe. */
  unprobed?: Partial<Record<Permission, string>>;
  /** The tables its probes could write to: the roles test proves their rows unchanged. */
  tables?: readonly string[];
  /**
   * What a caller without one of its types' own permission may still see of it once a declared
   * field led there (a work order's equipment, the company in a unit): names that identify,
   * nothing more. `api/test/field-access.test.ts` walks the schema per role and fails on any
   * other field reached that way. Empty lists say on purpose that nothing is.
   */
  identity?: Readonly<Record<string, readonly string[]>>;
  /** Its tenant-owned records, each read as one company's user (see {@link IsolationCase}). */
  isolation?: readonly IsolationCase[];
  /**
   * Tables with a `tenant_id` column it owns but checks elsewhere, each with where or why. The
   * isolation test fails on a table with `tenant_id` that has neither a case nor an entry here.
   */
  isolatedElsewhere?: Readonly<Record<string, string>>;
};

/** What a probe may refer to: an id that exists nowhere, the demo park. */
export type ProbeEnv = { none: string; parkId: string };

/**
 * Records of a table with a `tenant_id` column, as a tenant's user reads them: the rows of other
 * companies are NOT_FOUND by id (the same answer as an id that exists nowhere) and absent from
 * lists; the caller's own are there.
 */
export type IsolationCase = {
  /** The table; a company owns the rows whose `ownerColumn` (`tenant_id` unless named) is its id. */
  table: string;
  ownerColumn?: string;
  /** Reads one record, `$id: ID!`, aliased `r` and selecting `id`: `query ($id: ID!) { r: workOrder(id: $id) { id } }`. */
  byId: string;
  /** Lists the caller's records, aliased `r`, as a connection with `nodes { id }` (first page of 100). */
  list?: string;
};

/** Keeps a feature's access cases checked against the types above. */
export const defineAccessCases = (cases: AccessCases): AccessCases => cases;
