import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader } from '../../graphql/loader-utils.js';
import { Role } from './role.entity.js';
import { AppUser } from './user.entity.js';
import { userRepository } from './user.repository.js';

/** Groups rows of `select user_id, <other> ...` by user, in the order of `ids`. */
function grouped<T>(ids: readonly string[], rows: { user_id: string; value: T }[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) groups.get(r.user_id)?.push(r.value);
  return ids.map((id) => groups.get(id) ?? []);
}

export const userLoaders = (em: EntityManager) => ({
  userById: byIdLoader(em, AppUser),
  roleById: byIdLoader(em, Role),
  /** Role ids of many users in one query. */
  roleIdsByUser: new DataLoader<string, string[]>(async (ids) =>
    grouped(ids, await userRepository.roleLinks(em, ids)),
  ),
  /** Park ids a staff user is bound to, in one query for many users. */
  parkIdsByUser: new DataLoader<string, string[]>(async (ids) =>
    grouped(ids, await userRepository.parkLinks(em, ids)),
  ),
});
