import { GraphQLJSONObject } from 'graphql-scalars';
import { Authorized, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { type Equipment, EquipmentCategory, EquipmentStatus } from './equipment.entity.js';
import { type EquipmentEvent, EquipmentEventKind } from './equipment-event.entity.js';

registerEnumType(EquipmentCategory, {
  name: 'EquipmentCategory',
  description: 'Kind of equipment in the ledger.',
  valuesConfig: {
    POWER_DISTRIBUTION: { description: 'Power distribution 供配电' },
    HVAC: { description: 'Heating, ventilation and air conditioning 暖通空调' },
    ELEVATOR: { description: 'Elevators and escalators 电梯' },
    WATER_SUPPLY_DRAINAGE: { description: 'Water supply and drainage 给排水' },
    FIRE_PROTECTION: { description: 'Fire protection 消防' },
    WEAK_CURRENT_CCTV: { description: 'Weak current and CCTV 弱电/监控' },
    LIGHTING: { description: 'Lighting 照明' },
    EV_CHARGER: { description: 'EV chargers 充电桩' },
    OTHER: { description: 'Other 其他' },
  },
});
registerEnumType(EquipmentStatus, {
  name: 'EquipmentStatus',
  description: 'Operating state of equipment.',
  valuesConfig: {
    RUNNING: { description: 'In normal operation 运行' },
    FAULT: { description: 'Faulty 故障' },
    UNDER_MAINTENANCE: { description: 'Being maintained 维保中' },
    RETIRED: { description: 'Taken out of service for good 报废' },
  },
});
registerEnumType(EquipmentEventKind, {
  name: 'EquipmentEventKind',
  description: 'What happened in an equipment life cycle.',
  valuesConfig: {
    INSTALLED: { description: 'Put into the ledger at installation 安装' },
    INSPECTED: { description: 'Inspected 巡检' },
    MAINTAINED: { description: 'Scheduled maintenance done 保养' },
    REPAIRED: { description: 'Repaired 维修' },
    MOVED: { description: 'Location changed 移位' },
    STATUS_CHANGED: { description: 'Operating state changed 状态变更' },
    UPDATED: { description: 'Ledger details corrected 信息变更' },
    RETIRED: { description: 'Taken out of service for good 报废' },
  },
});

@ObjectType('Equipment', { description: 'An asset of the equipment ledger (设备台账).' })
export class EquipmentType {
  @Field(() => ID, { description: 'Equipment id.' })
  id!: string;

  parkId!: string;
  buildingId!: string | null;
  floorId!: string | null;
  unitId!: string | null;

  @Field({ description: 'Unique digital code, printed on the label.' })
  code!: string;

  // Reached through a work order by staff without equipment.read: the label's link is not theirs.
  @Authorized('equipment.read')
  @Field({
    description:
      'The random token of its QR label: the public report page is /portal/report/<token> (no sign-in).',
  })
  publicToken!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => EquipmentCategory, { description: 'Kind of equipment.' })
  category!: EquipmentCategory;

  @Field(() => EquipmentStatus, { description: 'Operating state.' })
  status!: EquipmentStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Where it is when no unit says so (roof, garage B1 east...).',
  })
  locationNote!: string | null;
  @Authorized('equipment.read')

  @Field(() => String, { nullable: true, description: 'Maker.' })
  manufacturer!: string | null;
  @Authorized('equipment.read')

  @Field(() => String, { nullable: true, description: 'Model.' })
  model!: string | null;
  @Authorized('equipment.read')

  @Field(() => String, { nullable: true, description: 'Serial number.' })
  serialNumber!: string | null;
  @Authorized('equipment.read')

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date installed.' })
  installDate!: string | null;
  @Authorized('equipment.read')

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the warranty.' })
  warrantyEnd!: string | null;
  @Authorized('equipment.read')

  @Field(() => GraphQLJSONObject, { description: 'Technical parameters by name.' })
  parameters!: Record<string, unknown>;

  @Field({ description: 'When the record was created.' })
  createdAt!: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt!: Date;
}

@ObjectType('EquipmentEvent', { description: 'One entry of an equipment life-cycle history.' })
export class EquipmentEventType {
  @Field(() => ID, { description: 'Event id.' })
  id!: string;

  @Field(() => EquipmentEventKind, { description: 'What happened.' })
  kind!: EquipmentEventKind;

  @Field({ description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Remarks.' })
  note!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What changed: { field: { from, to } }.' })
  data!: Record<string, unknown> | null;
}

export function toEquipmentType(e: Equipment): EquipmentType {
  return {
    id: e.id,
    parkId: e.park.id,
    buildingId: e.building?.id ?? null,
    floorId: e.floor?.id ?? null,
    unitId: e.unit?.id ?? null,
    code: e.code,
    publicToken: e.publicToken,
    name: e.name,
    category: e.category,
    status: e.status,
    locationNote: e.locationNote ?? null,
    manufacturer: e.manufacturer ?? null,
    model: e.model ?? null,
    serialNumber: e.serialNumber ?? null,
    installDate: e.installDate ?? null,
    warrantyEnd: e.warrantyEnd ?? null,
    parameters: e.parameters ?? {},
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toEquipmentEventType(e: EquipmentEvent): EquipmentEventType {
  return { id: e.id, kind: e.kind, occurredAt: e.occurredAt, note: e.note ?? null, data: e.data ?? null };
}
