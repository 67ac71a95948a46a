import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../graphql/loader-utils.js';
import { Equipment } from './equipment.entity.js';

export const equipmentLoaders = (em: EntityManager) => ({
  equipmentById: byIdLoader(em, Equipment),
});
