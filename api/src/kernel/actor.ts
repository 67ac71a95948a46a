import type { EntityManager } from '@mikro-orm/postgresql';

type Scoped = { parkIds: readonly string[]; allParks: boolean; label: string };

/**
 * Who a request acts for, as the database confirmed it at the start of the request. `P` is the
 * permission names: the kernel knows no feature, so the request context fills in the union the
 * features declare (`Actor<Permission>`, `modules/auth/permissions.ts`).
 */
export type Actor<P extends string = string> =
  | { kind: 'anonymous' }
  | ({
      kind: 'staff' | 'tenant';
      id: string;
      sessionId: string;
      tenantId: string | null;
      permissions: ReadonlySet<P>;
      /** After an admin reset or at first sign-in: only changing the password is allowed. */
      mustChangePassword: boolean;
    } & Scoped)
  | ({ kind: 'device'; id: string; buildingId: string | null; permissions: ReadonlySet<P> } & Scoped)
  | ({
      /** A background job (SLA timers, maintenance schedules): staff of every park, no session. */
      kind: 'job';
      id: string;
      permissions: ReadonlySet<P>;
    } & Scoped)
  | ({
      kind: 'partner';
      id: string;
      scopes: readonly string[];
      rateLimitPerMinute: number;
      permissions: ReadonlySet<P>;
    } & Scoped);

export type SignedInActor<P extends string = string> = Exclude<Actor<P>, { kind: 'anonymous' }>;
/** No one: no transaction, no actor settings, so row-level security shows no park or tenant rows. */
export const ANONYMOUS: Actor<never> = Object.freeze({ kind: 'anonymous' });

/**
 * A credential whose signature (tokens) or shape (devices, keys) has been checked in process; the
 * database confirms it when the operation begins.
 */
export type VerifiedCredential =
  | { type: 'user'; userId: string; sessionId: string; expiresAt: Date }
  | { type: 'device'; deviceId: string; secretHash: Buffer }
  | { type: 'apiKey'; keyId: string; secretHash: Buffer };

/**
 * The actor background jobs act as, holding every permission of the catalogue; its id is the
 * nil UUID, its label names it in histories.
 */
/** The job actor's id (the nil UUID), as histories record it. */
export const JOB_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

export const jobActor = <P extends string>(permissions: readonly P[]): SignedInActor<P> =>
  Object.freeze({
    kind: 'job',
    id: JOB_ACTOR_ID,
    parkIds: [],
    allParks: true,
    permissions: new Set(permissions),
    label: '系统 / System',
  });

/**
 * Has the database confirm who a unit of work acts for, as the first statement of its
 * transaction (transaction-local settings that row-level security reads). The auth feature
 * supplies it (`modules/auth/actor.ts`, through `modules/registry.ts`); the request context
 * calls it, knowing no feature.
 */
export interface ActorSession<P extends string> {
  /** The actor the credential stands for, or undefined when the database no longer accepts it. */
  begin(em: EntityManager, credential: VerifiedCredential): Promise<SignedInActor<P> | undefined>;
  /** Row-level security sees a background job as staff of every park, with no user of its own. */
  beginJob(em: EntityManager): Promise<void>;
}
