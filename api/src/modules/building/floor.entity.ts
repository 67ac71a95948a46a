import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { Building } from './building.entity.js';

/** A storey of a building; `level` is 1-based above ground and negative below (B1 = -1). */
export const Floor = defineEntity({
  name: 'Floor',
  uniques: [{ properties: ['building', 'level'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park).index(),
    building: () => p.manyToOne(Building),
    level: p.smallint(),
    name: p.string().length(32),
    grossArea: p.decimal('number').precision(12).scale(2).nullable(),
    /** When the floor was retired (停用): no new units on it. */
    retiredAt: p.datetime().nullable(),
  },
});
export type Floor = InferEntity<typeof Floor>;
