import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { scopePermissions } from '../api-key/scopes.js';
import { authRepository } from './auth.repository.js';
import type { Credential } from './credentials.js';
import type { Permission } from './permissions.js';

type Scoped = { parkIds: readonly string[]; allParks: boolean; label: string };

/** Who a request acts for, as the database confirmed it at the start of the request. */
export type Actor =
  | { kind: 'anonymous' }
  | ({
      kind: 'staff' | 'tenant';
      id: string;
      sessionId: string;
      tenantId: string | null;
      permissions: ReadonlySet<Permission>;
      /** After an admin reset or at first sign-in: only changing the password is allowed. */
      mustChangePassword: boolean;
    } & Scoped)
  | ({ kind: 'device'; id: string; buildingId: string | null; permissions: ReadonlySet<Permission> } & Scoped)
  | ({
      /** A background job (SLA timers, maintenance schedules): staff of every park, no session. */
      kind: 'job';
      id: string;
      permissions: ReadonlySet<Permission>;
    } & Scoped)
  | ({
      kind: 'partner';
      id: string;
      scopes: readonly string[];
      rateLimitPerMinute: number;
      permissions: ReadonlySet<Permission>;
    } & Scoped);

export type SignedInActor = Exclude<Actor, { kind: 'anonymous' }>;
export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });

/** A credential whose signature (tokens) or shape (devices, keys) has been checked in process. */
export type VerifiedCredential =
  | { type: 'user'; userId: string; sessionId: string; expiresAt: Date }
  | Exclude<Credential, { type: 'token' }>;

/**
 * Sets the actor for the current transaction (transaction-local settings that row-level
 * security reads) and returns it; undefined when the database no longer accepts the credential
 * (session revoked or expired, user disabled, device revoked, key expired). One round trip.
 */
export async function beginActor(
  em: EntityManager,
  credential: VerifiedCredential,
): Promise<SignedInActor | undefined> {
  switch (credential.type) {
    case 'user': {
      const row = await authRepository.beginUser(em, credential.sessionId, credential.userId);
      if (!row) return undefined;
      return {
        kind: row.kind,
        id: credential.userId,
        sessionId: credential.sessionId,
        tenantId: row.tenant_id,
        parkIds: row.park_ids,
        allParks: row.all_parks,
        permissions: new Set(row.permissions as Permission[]),
        label: row.label,
        mustChangePassword: row.must_change_password,
      };
    }
    case 'device': {
      const row = await authRepository.beginDevice(em, credential.deviceId, credential.secretHash);
      if (!row) return undefined;
      return {
        kind: 'device',
        id: credential.deviceId,
        buildingId: row.building_id,
        parkIds: [row.park_id],
        allParks: false,
        permissions: new Set(),
        label: row.label,
      };
    }
    case 'apiKey': {
      const row = await authRepository.beginApiKey(em, credential.keyId, credential.secretHash);
      if (!row) return undefined;
      return {
        kind: 'partner',
        id: credential.keyId,
        scopes: row.scopes,
        parkIds: row.park_ids,
        allParks: false,
        rateLimitPerMinute: row.rate_limit_per_minute,
        permissions: scopePermissions(row.scopes),
        label: row.label,
      };
    }
  }
}

/** The `system` actor sees the credential tables only; login, refresh and pairing use it. */
export async function beginSystem(em: EntityManager): Promise<void> {
  await authRepository.beginSystem(em);
}

/**
 * The actor background jobs act as, holding every permission of the catalogue; its id is the
 * nil UUID, its label names it in histories.
 */
export const jobActor = (permissions: readonly Permission[]): SignedInActor =>
  Object.freeze({
    kind: 'job',
    id: '00000000-0000-0000-0000-000000000000',
    parkIds: [],
    allParks: true,
    permissions: new Set(permissions),
    label: '系统 / System',
  });

/** Row-level security sees a job as staff of every park, with no user of its own. */
export async function beginJob(em: EntityManager): Promise<void> {
  await authRepository.beginJob(em);
}

/**
 * The one way to do privileged work outside a request's actor: `fn` runs in its own transaction
 * as `system` (the credential tables only: login, refresh, pairing) or, with `as: 'job'`, as the
 * job actor (staff of every park: a signed file link was the authorization).
 */
export async function withSystem<T>(
  orm: MikroORM,
  fn: (em: EntityManager) => Promise<T>,
  opts: { as?: 'system' | 'job' } = {},
): Promise<T> {
  return orm.em.fork().transactional(async (em) => {
    await (opts.as === 'job' ? beginJob(em) : beginSystem(em));
    return fn(em);
  });
}
