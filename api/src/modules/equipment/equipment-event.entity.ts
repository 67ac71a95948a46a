import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { Park } from '../park/park.entity.js';
import { Equipment } from './equipment.entity.js';

export enum EquipmentEventKind {
  INSTALLED = 'INSTALLED',
  INSPECTED = 'INSPECTED',
  MAINTAINED = 'MAINTAINED',
  REPAIRED = 'REPAIRED',
  MOVED = 'MOVED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  UPDATED = 'UPDATED',
  RETIRED = 'RETIRED',
}

/** One entry of an equipment's life-cycle history. Rows are only ever added. */
export const EquipmentEvent = defineEntity({
  name: 'EquipmentEvent',
  tableName: 'equipment_event',
  indexes: [{ properties: ['equipment', 'occurredAt'] }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    park: () => p.manyToOne(Park),
    equipment: () => p.manyToOne(Equipment),
    kind: p.enum(() => EquipmentEventKind).nativeEnumName('equipment_event_kind'),
    occurredAt: p.datetime(),
    note: p.string().length(500).nullable(),
    /** What changed: `{ from, to }` per field for updates and moves. */
    data: p.json<Record<string, unknown>>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type EquipmentEvent = InferEntity<typeof EquipmentEvent>;
