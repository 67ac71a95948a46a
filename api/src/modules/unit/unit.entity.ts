import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';

export enum UnitType {
  OFFICE = 'OFFICE',
  FACTORY = 'FACTORY',
  WAREHOUSE = 'WAREHOUSE',
  LAB = 'LAB',
  RETAIL = 'RETAIL',
  PUBLIC = 'PUBLIC',
}

export enum UnitStatus {
  VACANT = 'VACANT',
  RESERVED = 'RESERVED',
  LEASED = 'LEASED',
  SELF_USE = 'SELF_USE',
  UNDER_RENOVATION = 'UNDER_RENOVATION',
}

/** A leasable or public space on a floor (房源/空间). */
export const Unit = defineEntity({
  name: 'Unit',
  uniques: [{ properties: ['building', 'code'] }],
  indexes: [{ properties: ['park', 'status'] }, { properties: ['floor'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    building: () => p.manyToOne(Building),
    floor: () => p.manyToOne(Floor),
    /** Room number within the building, e.g. `A1-0301`. */
    code: p.string().length(32),
    type: p.enum(() => UnitType).nativeEnumName('unit_type'),
    status: p.enum(() => UnitStatus).nativeEnumName('unit_status'),
    grossArea: p.decimal('number').precision(10).scale(2),
    usableArea: p.decimal('number').precision(10).scale(2),
    /** The company occupying the unit: required when LEASED, allowed when RESERVED, else empty. */
    tenant: () => p.manyToOne(TenantCompany).nullable().index(),
    /** When the unit was retired (停用): out of the lettable stock, kept for its history. */
    retiredAt: p.datetime().nullable(),
  },
});
export type Unit = InferEntity<typeof Unit>;
