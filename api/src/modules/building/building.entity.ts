import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';

export const Building = defineEntity({
  name: 'Building',
  uniques: [{ properties: ['park', 'code'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park).index(),
    /** Code within the park, e.g. `A1`. */
    code: p.string().length(16),
    name: p.string().length(100),
    floorsAbove: p.smallint(),
    floorsBelow: p.smallint().default(0),
    /** Gross floor area in m². */
    grossArea: p.decimal('number').precision(12).scale(2),
    completedYear: p.smallint().nullable(),
    /** When the building was retired (停用) with its floors; kept for its history. */
    retiredAt: p.datetime().nullable(),
  },
});
export type Building = InferEntity<typeof Building>;
