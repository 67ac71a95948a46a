import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { type AuthCheckerFn, getMetadataStorage } from 'type-graphql';
import { KIOSK, PUBLIC, type Requirement, SIGNED_IN } from '../modules/auth/permissions.js';
import type { RequestContext } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

/** Whether the context's actor meets a requirement; throws the error the client should see. */
export function authorize(ctx: RequestContext, requirement: Requirement, operation: string): void {
  if (requirement === PUBLIC) return;
  const actor = ctx.actor;
  if (actor.kind === 'anonymous') {
    const error = ctx.authError ?? new UnauthenticatedError();
    ctx.audit.deny(operation, error.domainCode);
    throw error;
  }
  if (
    (actor.kind === 'staff' || actor.kind === 'tenant') &&
    actor.mustChangePassword &&
    requirement !== SIGNED_IN
  ) {
    ctx.audit.deny(operation, 'PASSWORD_CHANGE_REQUIRED');
    throw new ForbiddenError('Set a new password first (changePassword)', 'PASSWORD_CHANGE_REQUIRED');
  }
  const allowed =
    requirement === SIGNED_IN ||
    (requirement === KIOSK ? actor.kind === 'device' : actor.permissions.has(requirement));
  if (!allowed) {
    ctx.audit.deny(operation, 'FORBIDDEN');
    throw new ForbiddenError(
      requirement === KIOSK ? 'Only a paired kiosk may do this' : `This needs the permission ${requirement}`,
    );
  }
}

/**
 * The one permission check (SPEC §4 "authorization in one place"): every root field declares
 * `@Authorized(<requirement>)`, and this runs before its resolver. Root mutation fields that
 * pass open their audit entry here, so no mutation goes unrecorded.
 */
export const authChecker: AuthCheckerFn<RequestContext, Requirement> = (
  { context, info, args },
  requirements,
) => {
  const [requirement] = requirements;
  if (requirement === undefined)
    throw new Error(`${info.parentType.name}.${info.fieldName} has no requirement`);
  const operation = info.fieldName;
  authorize(context, requirement, operation);
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
  const root =
    op.operation === 'mutation' ? 'Mutation' : op.operation === 'subscription' ? 'Subscription' : 'Query';
  const fields = op.selectionSet.selections.flatMap((s) =>
    s.kind === 'Field' && s.name.value !== '__typename' ? [s.name.value] : [null],
  );
  return fields.length > 0 && fields.every((f) => f !== null && requirements.get(`${root}.${f}`) === PUBLIC);
}

/**
 * The requirement of every root field, from the `@Authorized` metadata. Building the schema
 * fails when a root field has none, so a forgotten check cannot ship.
 */
export function rootRequirements(schema: GraphQLSchema): Map<string, Requirement> {
  const declared = new Map<string, Requirement>();
  for (const a of getMetadataStorage().authorizedFields) {
    if (a.roles.length !== 1) throw new Error(`${a.fieldName}: @Authorized takes exactly one requirement`);
    declared.set(a.fieldName, a.roles[0] as Requirement);
  }
  const out = new Map<string, Requirement>();
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const name of Object.keys(root?.getFields() ?? {})) {
      const requirement = declared.get(name);
      if (requirement === undefined) missing.push(`${root!.name}.${name}`);
      else out.set(`${root!.name}.${name}`, requirement);
    }
  }
  if (missing.length > 0) throw new Error(`Root fields without @Authorized: ${missing.join(', ')}`);
  return out;
}
