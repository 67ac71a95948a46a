import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../graphql/loader-utils.js';
import { occupancyLoader } from '../occupancy/occupancy.loaders.js';
import { Park } from './park.entity.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const parkLoaders = {
  parkById: (em: EntityManager) => byIdLoader(em, Park),
  occupancyByPark: (em: EntityManager) => occupancyLoader(em, 'park_id'),
};
