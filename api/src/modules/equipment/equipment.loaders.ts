import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../graphql/loader-utils.js';
import { Equipment } from './equipment.entity.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const equipmentLoaders = {
  equipmentById: (em: EntityManager) => byIdLoader(em, Equipment),
};
