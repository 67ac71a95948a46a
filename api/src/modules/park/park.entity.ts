import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';

/** An industrial park: the unit of operation that staff are bound to. */
export const Park = defineEntity({
  name: 'Park',
  properties: {
    ...baseProperties,
    /** Short operator code, unique across the operator (e.g. `SZ-XH`). */
    code: p.string().length(32).unique(),
    name: p.string().length(100),
    city: p.string().length(50),
    address: p.string().length(200),
    /** IANA zone the park's dates are shown in. */
    timeZone: p.string().length(64).default('Asia/Shanghai'),
    /** Land area in m². */
    landArea: p.decimal('number').precision(12).scale(2).nullable(),
    /** When the park was retired (停用): kept for its history, closed to new records. */
    retiredAt: p.datetime().nullable(),
  },
});
export type Park = InferEntity<typeof Park>;
