import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../graphql/loader-utils.js';
import { occupancyLoader } from '../occupancy/occupancy.loaders.js';
import { Building } from './building.entity.js';
import { Floor } from './floor.entity.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const buildingLoaders = {
  buildingById: (em: EntityManager) => byIdLoader(em, Building),
  buildingsByPark: (em: EntityManager) => childrenLoader(em, Building, 'park', { code: 'asc' }),
  floorById: (em: EntityManager) => byIdLoader(em, Floor),
  floorsByBuilding: (em: EntityManager) => childrenLoader(em, Floor, 'building', { level: 'asc' }),
  occupancyByBuilding: (em: EntityManager) => occupancyLoader(em, 'building_id'),
  occupancyByFloor: (em: EntityManager) => occupancyLoader(em, 'floor_id'),
};
