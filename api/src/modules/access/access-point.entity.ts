import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { Park } from '../park/park.entity.js';
import { AccessPointKind } from './access.enums.js';

/** A gate, door, barrier or elevator reader of a park; devices report as `vendorDeviceId`. */
export const AccessPoint = defineEntity({
  name: 'AccessPoint',
  tableName: 'access_point',
  uniques: [{ properties: ['park', 'code'] }, { properties: ['park', 'vendorDeviceId'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park).index(),
    building: () => p.manyToOne(Building).nullable(),
    floor: () => p.manyToOne(Floor).nullable(),
    code: p.string().length(32),
    name: p.string().length(100),
    kind: p.enum(() => AccessPointKind).nativeEnumName('access_point_kind'),
    /** The device's own id, as the vendor's events name it. */
    vendorDeviceId: p.string().length(64),
    active: p.boolean().default(true),
  },
});
export type AccessPoint = InferEntity<typeof AccessPoint>;
