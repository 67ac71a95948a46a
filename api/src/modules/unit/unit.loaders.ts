import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../graphql/loader-utils.js';
import { Unit } from './unit.entity.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const unitLoaders = {
  unitById: (em: EntityManager) => byIdLoader(em, Unit),
  unitsByFloor: (em: EntityManager) => childrenLoader(em, Unit, 'floor', { code: 'asc' }),
  unitsByTenant: (em: EntityManager) => childrenLoader(em, Unit, 'tenant', { code: 'asc' }),
};
