import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { ConfigError } from '../../config/env.js';
import { wallClock } from '../../kernel/clock.js';
import { BUILTIN_ROLE_DEFINITIONS } from '../auth/builtin-roles.js';
import { checkPasswordPolicy, hashPassword } from '../auth/password.js';
import { Role, UserKind } from './role.entity.js';
import { AppUser } from './user.entity.js';

/**
 * An install without the demo seed starts with no users, so nobody could sign in. When
 * ADMIN_PASSWORD is set and no user exists yet, this creates one HQ admin (every park) who must
 * change the password at first sign-in. Runs as the owner; does nothing once any user exists.
 */
export async function bootstrapAdmin(
  em: EntityManager,
  opts: { login: string; password: string | undefined; logger: Logger },
): Promise<boolean> {
  if (!opts.password || (await em.count(AppUser, {})) > 0) return false;
  try {
    checkPasswordPolicy(opts.password, opts.login, 'ADMIN_PASSWORD');
  } catch (err) {
    throw new ConfigError(`Invalid environment configuration:\n  ADMIN_PASSWORD: ${(err as Error).message}`);
  }
  const user = em.create(AppUser, {
    kind: UserKind.STAFF,
    login: opts.login,
    displayName: 'Administrator',
    phone: null,
    email: null,
    tenant: null,
    park: null,
    passwordHash: await hashPassword(opts.password),
    passwordChangedAt: wallClock.now(),
    mustChangePassword: true,
  });
  user.roles.add(em.getReference(Role, BUILTIN_ROLE_DEFINITIONS.find((r) => r.key === 'hq_admin')!.id));
  await em.flush();
  opts.logger.info({ login: opts.login }, 'created the first HQ admin; they must change the password');
  return true;
}
