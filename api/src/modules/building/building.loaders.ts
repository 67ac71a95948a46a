import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../graphql/loader-utils.js';
import { occupancyLoader } from '../occupancy/occupancy.loaders.js';
import { Building } from './building.entity.js';
import { Floor } from './floor.entity.js';

export const buildingLoaders = (em: EntityManager) => ({
  buildingById: byIdLoader(em, Building),
  buildingsByPark: childrenLoader(em, Building, 'park', { code: 'asc' }),
  floorById: byIdLoader(em, Floor),
  floorsByBuilding: childrenLoader(em, Floor, 'building', { level: 'asc' }),
  occupancyByBuilding: occupancyLoader(em, 'building_id'),
  occupancyByFloor: occupancyLoader(em, 'floor_id'),
});
