import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { ActorSession, SignedInActor, VerifiedCredential } from '../../kernel/actor.js';
import type { ApiKeyScopes } from '../api-key/scopes.js';
import { authRepository } from './auth.repository.js';
import type { Permission } from './permissions.js';

/**
 * Sets the actor for the current transaction (transaction-local settings that row-level
 * security reads) and returns it; undefined when the database no longer accepts the credential
 * (session revoked or expired, user disabled, device revoked, key expired). One round trip.
 */
async function beginActor(
  em: EntityManager,
  credential: VerifiedCredential,
  scopes: ApiKeyScopes<Permission>,
): Promise<SignedInActor<Permission> | undefined> {
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
        permissions: scopes.permissionsOf(row.scopes),
        label: row.label,
      };
    }
  }
}

/** The `system` actor sees the credential tables only; login, refresh and pairing use it. */
export async function beginSystem(em: EntityManager): Promise<void> {
  await authRepository.beginSystem(em);
}

/** Row-level security sees a job as staff of every park, with no user of its own. */
export async function beginJob(em: EntityManager): Promise<void> {
  await authRepository.beginJob(em);
}

/**
 * What the request context opens its transactions with, supplied through `modules/registry.ts`,
 * which also gives it every feature's partner key scopes.
 */
export const actorSessionWith = (scopes: ApiKeyScopes<Permission>): ActorSession<Permission> => ({
  begin: (em, credential) => beginActor(em, credential, scopes),
  beginJob,
});

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
