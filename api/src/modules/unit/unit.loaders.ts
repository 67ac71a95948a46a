import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../graphql/loader-utils.js';
import { Unit } from './unit.entity.js';

export const unitLoaders = (em: EntityManager) => ({
  unitById: byIdLoader(em, Unit),
  unitsByFloor: childrenLoader(em, Unit, 'floor', { code: 'asc' }),
  unitsByTenant: childrenLoader(em, Unit, 'tenant', { code: 'asc' }),
});
