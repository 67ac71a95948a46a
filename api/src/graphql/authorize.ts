import {
  type GraphQLField,
  GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  type OperationDefinitionNode,
} from 'graphql';
import { type AuthCheckerFn, getMetadataStorage } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../kernel/errors.js';
import {
  type Requirement as AnyRequirement,
  KIOSK,
  PUBLIC,
  SELF_OR_USER_READ,
  SIGNED_IN,
  type TypeRequirement,
} from '../kernel/requirements.js';
import type { Permission } from '../modules/index.js';
import type { RequestContext } from './context.js';

export type Requirement = AnyRequirement<Permission>;

/**
 * What reading each object type needs, and the personal fields, as the features declare them in
 * their manifests (`typeAccess`, `personalFields`); `modules/registry.ts` gathers them (`ACCESS`).
 */
export type TypeAccess = {
  types: Readonly<Record<string, TypeRequirement<Permission>>>;
  personalFields: readonly string[];
};

/** Whether the context's actor meets a requirement; throws the error the client should see. */
export function authorize(
  ctx: RequestContext,
  requirement: Requirement,
  operation: string,
  root?: unknown,
  nested = false,
): void {
  if (requirement === PUBLIC) return;
  const actor = ctx.actor;
  if (actor.kind === 'anonymous') {
    const error = ctx.authError ?? new UnauthenticatedError();
    ctx.audit.deny(operation, error.domainCode);
    throw error;
  }
  // Until the password is changed only signed-in root fields run; what they return is theirs.
  if (
    !nested &&
    (actor.kind === 'staff' || actor.kind === 'tenant') &&
    actor.mustChangePassword &&
    requirement !== SIGNED_IN
  ) {
    ctx.audit.deny(operation, 'PASSWORD_CHANGE_REQUIRED');
    throw new ForbiddenError('Set a new password first (changePassword)', 'PASSWORD_CHANGE_REQUIRED');
  }
  const allowed =
    requirement === SIGNED_IN ||
    (requirement === KIOSK
      ? actor.kind === 'device'
      : requirement === SELF_OR_USER_READ
        ? actor.permissions.has('user.read') || (root as { id?: unknown } | undefined)?.id === actor.id
        : actor.permissions.has(requirement));
  if (!allowed) {
    ctx.audit.deny(operation, 'FORBIDDEN');
    throw new ForbiddenError(
      requirement === KIOSK
        ? 'Only a paired kiosk may do this'
        : requirement === SELF_OR_USER_READ
          ? 'Only the user themselves or a holder of user.read may read this'
          : `This needs the permission ${requirement}`,
    );
  }
}

/**
 * The one permission check (SPEC §4 "authorization in one place"): every root field, and every
 * nested field that crosses into another module's data or exposes personal data, declares
 * `@Authorized(<requirement>)`, and this runs before its resolver. Root mutation fields that
 * pass open their audit entry here, so no mutation goes unrecorded.
 */
export const authChecker: AuthCheckerFn<RequestContext, Requirement> = (
  { context, info, args, root },
  requirements,
) => {
  const [requirement] = requirements;
  if (requirement === undefined)
    throw new Error(`${info.parentType.name}.${info.fieldName} has no requirement`);
  const operation = info.fieldName;
  authorize(context, requirement, operation, root, info.path.prev !== undefined);
  if (info.parentType.name === 'Mutation' && info.path.prev === undefined)
    context.audit.open(String(info.path.key), operation, args);
  return true;
};

/**
 * Whether an operation consists of public fields only (login, refresh, pairing). Such an
 * operation runs as anonymous whatever credential came with it, so a client that attaches a
 * stale or current token to a refresh gets the same, predictable result.
 */
export function isPublicOperation(
  op: OperationDefinitionNode,
  requirements: Map<string, Requirement>,
): boolean {
  let known = publicByOperation.get(requirements);
  if (!known) {
    known = new WeakMap();
    publicByOperation.set(requirements, known);
  }
  let isPublic = known.get(op);
  if (isPublic === undefined) {
    const root =
      op.operation === 'mutation' ? 'Mutation' : op.operation === 'subscription' ? 'Subscription' : 'Query';
    const fields = op.selectionSet.selections.flatMap((s) =>
      s.kind === 'Field' && s.name.value !== '__typename' ? [s.name.value] : [null],
    );
    isPublic =
      fields.length > 0 && fields.every((f) => f !== null && requirements.get(`${root}.${f}`) === PUBLIC);
    known.set(op, isPublic);
  }
  return isPublic;
}

/** The answer per operation node (Apollo reuses a document's nodes for every request sending it). */
const publicByOperation = new WeakMap<Map<string, Requirement>, WeakMap<OperationDefinitionNode, boolean>>();

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);
/** Connections, their edges and `PageInfo` (`graphql/connection.ts`) belong to no feature. */
const isWrapper = (name: string) => /(Connection|Edge)$/.test(name) || name === 'PageInfo';

/** `Type.field` → requirement, from the `@Authorized` metadata of the built schema. */
function declaredRequirements(): Map<string, Requirement> {
  const storage = getMetadataStorage();
  const typeName = new Map<Function, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  const out = new Map<string, Requirement>();
  const add = (type: string | undefined, field: string, roles: unknown[] | undefined) => {
    if (!type || !roles || roles.length === 0) return;
    if (roles.length !== 1) throw new Error(`${type}.${field}: @Authorized takes exactly one requirement`);
    out.set(`${type}.${field}`, roles[0] as Requirement);
  };
  for (const q of storage.queries) add('Query', q.schemaName, q.roles);
  for (const m of storage.mutations) add('Mutation', m.schemaName, m.roles);
  for (const s of storage.subscriptions) add('Subscription', s.schemaName, s.roles);
  for (const f of storage.fieldResolvers) {
    const cls = f.getObjectType?.() ?? f.resolverClassMetadata?.getObjectType();
    add(cls ? typeName.get(cls as Function) : undefined, f.schemaName, f.roles);
  }
  for (const o of storage.objectTypes) for (const f of o.fields ?? []) add(o.name, f.name, f.roles);
  return out;
}

/** What reading values of `type` needs; wrappers (connections, edges) are their nodes'. */
function accessOf(type: GraphQLObjectType, access: TypeAccess): TypeRequirement<Permission> | undefined {
  if (isWrapper(type.name)) return 'inherit';
  return Object.hasOwn(access.types, type.name) ? access.types[type.name] : undefined;
}

/**
 * The requirement of every field that declares one, keyed `Type.field`. Starting the API fails
 * when a root field has none, when an object type has no entry in any manifest's `typeAccess`,
 * when a field leads to a type whose access differs from its parent's (it crosses modules)
 * without declaring one, or when a personal field declares none: a forgotten check cannot ship.
 */
export function fieldRequirements(schema: GraphQLSchema, access: TypeAccess): Map<string, Requirement> {
  const declared = declaredRequirements();
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const root = ROOTS.has(type.name);
    const own = root ? undefined : accessOf(type, access);
    if (!root && own === undefined) problems.push(`${type.name}: no entry in a module manifest's typeAccess`);
    // Wrappers and payloads are reached only through the field that returned them, whose
    // requirement covers what they hold.
    if (own === 'inherit') continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const key = `${type.name}.${field.name}`;
      if (declared.has(key)) continue;
      if (root) {
        problems.push(`${key}: root field without @Authorized`);
        continue;
      }
      const target = getNamedType(field.type);
      const targetAccess = target instanceof GraphQLObjectType ? accessOf(target, access) : undefined;
      if (targetAccess !== undefined && targetAccess !== 'inherit' && targetAccess !== own)
        problems.push(
          `${key}: leads from ${type.name} to ${target.name} (another module) without @Authorized`,
        );
    }
  }
  for (const type of Object.keys(access.types))
    if (!(schema.getType(type) instanceof GraphQLObjectType))
      problems.push(`${type}: in a manifest's typeAccess but no object type of the schema`);
  for (const key of access.personalFields)
    if (!declared.has(key)) problems.push(`${key}: personal field without @Authorized`);
  if (problems.length > 0) throw new Error(`Fields without a requirement:\n  ${problems.join('\n  ')}`);
  return declared;
}

/** The requirement of every root field, `Query.units` → `asset.read`. */
export function rootRequirements(schema: GraphQLSchema, access: TypeAccess): Map<string, Requirement> {
  const all = fieldRequirements(schema, access);
  return new Map([...all].filter(([key]) => ROOTS.has(key.slice(0, key.indexOf('.')))));
}
