import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../graphql/loader-utils.js';
import { occupancyLoader } from '../occupancy/occupancy.loaders.js';
import { Park } from './park.entity.js';

export const parkLoaders = (em: EntityManager) => ({
  parkById: byIdLoader(em, Park),
  occupancyByPark: occupancyLoader(em, 'park_id'),
});
