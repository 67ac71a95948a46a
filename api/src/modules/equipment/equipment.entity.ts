import { randomBytes } from 'node:crypto';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { Park } from '../park/park.entity.js';
import { Unit } from '../unit/unit.entity.js';

export enum EquipmentCategory {
  POWER_DISTRIBUTION = 'POWER_DISTRIBUTION',
  HVAC = 'HVAC',
  ELEVATOR = 'ELEVATOR',
  WATER_SUPPLY_DRAINAGE = 'WATER_SUPPLY_DRAINAGE',
  FIRE_PROTECTION = 'FIRE_PROTECTION',
  WEAK_CURRENT_CCTV = 'WEAK_CURRENT_CCTV',
  LIGHTING = 'LIGHTING',
  EV_CHARGER = 'EV_CHARGER',
  OTHER = 'OTHER',
}

export enum EquipmentStatus {
  RUNNING = 'RUNNING',
  FAULT = 'FAULT',
  UNDER_MAINTENANCE = 'UNDER_MAINTENANCE',
  RETIRED = 'RETIRED',
}

/** One asset of the equipment ledger (设备台账). Its label shows the code and a QR of its public report link. */
export const Equipment = defineEntity({
  name: 'Equipment',
  indexes: [{ properties: ['park', 'category', 'status'] }, { properties: ['building'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    /** Operator-wide unique digital code (数字编码), e.g. `SZXH-ELV-A1-001`. */
    code: p.string().length(40).unique(),
    name: p.string().length(100),
    category: p.enum(() => EquipmentCategory).nativeEnumName('equipment_category'),
    status: p.enum(() => EquipmentStatus).nativeEnumName('equipment_status'),
    building: () => p.manyToOne(Building).nullable(),
    floor: () => p.manyToOne(Floor).nullable(),
    unit: () => p.manyToOne(Unit).nullable(),
    /** Free-text place for what has no unit: 屋顶, 地下车库 B1 东侧 ... */
    locationNote: p.string().length(200).nullable(),
    manufacturer: p.string().length(100).nullable(),
    model: p.string().length(100).nullable(),
    serialNumber: p.string().length(100).nullable(),
    installDate: p.date().nullable(),
    warrantyEnd: p.date().nullable(),
    /** Technical parameters by name, e.g. `{ "ratedLoadKg": 1000 }`. */
    parameters: p.json<Record<string, unknown>>().default('{}'),
    /**
     * What its QR label carries: 128 random bits, so a label's link cannot be guessed from the
     * sequential code or from another label. Opens the public fault-report page (no sign-in).
     */
    publicToken: p
      .string()
      .length(32)
      .unique()
      .defaultRaw(`replace(gen_random_uuid()::text, '-', '')`)
      .onCreate(() => randomBytes(16).toString('hex')),
    /** When someone last reported a fault through the label; the report locks the row here. */
    lastReportedAt: p.datetime().nullable(),
  },
});
export type Equipment = InferEntity<typeof Equipment>;
