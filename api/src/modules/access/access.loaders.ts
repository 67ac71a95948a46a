import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader } from '../../graphql/loader-utils.js';
import { accessRepository } from './access.repository.js';
import type { AccessGroupMemberType } from './access.type.js';
import { AccessEvent } from './access-event.entity.js';
import { AccessPoint } from './access-point.entity.js';

function grouped<T>(ids: readonly string[], rows: { group_id: string; value: T }[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) groups.get(r.group_id)?.push(r.value);
  return ids.map((id) => groups.get(id) ?? []);
}

/** DataLoader factories of the access feature. */
export const accessLoaders = {
  accessPointById: (em: EntityManager) => byIdLoader(em, AccessPoint),
  accessEventById: (em: EntityManager) => byIdLoader(em, AccessEvent),
  /** Point ids of many groups in one statement. */
  pointIdsByAccessGroup: (em: EntityManager) =>
    new DataLoader<string, string[]>(async (ids) =>
      grouped(
        ids,
        (await accessRepository.pointLinks(em, ids)).map((r) => ({
          group_id: r.group_id,
          value: r.point_id,
        })),
      ),
    ),
  /** Members of many groups in one statement. */
  membersByAccessGroup: (em: EntityManager) =>
    new DataLoader<string, AccessGroupMemberType[]>(async (ids) =>
      grouped(
        ids,
        (await accessRepository.memberLinks(em, ids)).map((r) => ({
          group_id: r.group_id,
          value: { userId: r.user_id, name: r.name ?? '' },
        })),
      ),
    ),
};
