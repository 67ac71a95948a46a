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

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const userLoaders = {
  userById: (em: EntityManager) => byIdLoader(em, AppUser),
  roleById: (em: EntityManager) => byIdLoader(em, Role),
  /** Role ids of many users in one query. */
  roleIdsByUser: (em: EntityManager) =>
    new DataLoader<string, string[]>(async (ids) => grouped(ids, await userRepository.roleLinks(em, ids))),
  /** Park ids a staff user is bound to, in one query for many users. */
  parkIdsByUser: (em: EntityManager) =>
    new DataLoader<string, string[]>(async (ids) => grouped(ids, await userRepository.parkLinks(em, ids))),
};
