import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Meter } from './energy.entity.js';
import { MeterKind, MeterLevel, ReadingFlag, ReadingSource, UNIT_OF } from './energy.enums.js';
import './meter.inputs.js';

@ObjectType('VirtualMeterTerm', { description: 'One term of a virtual meter.' })
export class VirtualMeterTermType {
  @Field(() => ID, { description: 'The meter added or taken away.' })
  meterId!: string;

  @Field(() => Int, { description: '+1 or −1.' })
  sign!: number;
}

@ObjectType('Meter', { description: 'A meter of the park’s metering tree (SPEC §3.2).' })
export class MeterType {
  @Field(() => ID, { description: 'Meter id.' })
  id!: string;

  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field({ description: 'Code, unique in the park.' })
  code!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => MeterKind, { description: 'What it measures.' })
  kind!: MeterKind;

  @Field({ description: 'Unit of its register and consumption (kWh, m³).' })
  unit!: string;

  @Field(() => MeterLevel, { description: 'Its level in the tree.' })
  level!: MeterLevel;

  @Field(() => ID, { nullable: true, description: 'Upstream meter.' })
  parentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Building where it is.' })
  buildingId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Floor where it is.' })
  floorId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Unit where it is.' })
  unitId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The company it measures for; none: public area.' })
  tenantId!: string | null;

  @Field(() => Float, { description: 'CT/PT ratio.' })
  multiplier!: number;

  @Field(() => Int, { nullable: true, description: 'Integer digits of the register.' })
  registerDigits!: number | null;

  @Field(() => Float, { nullable: true, description: 'Most it can pass in 15 minutes (its unit).' })
  spikeLimit!: number | null;

  @Field(() => Int, { description: 'How often it reports, minutes.' })
  intervalMinutes!: number;

  @Field({ description: 'A virtual meter: the signed sum of its terms.' })
  virtual!: boolean;

  @Field(() => [VirtualMeterTermType], { description: 'Terms of a virtual meter (empty for real meters).' })
  terms!: VirtualMeterTermType[];

  @Field(() => ID, { nullable: true, description: 'The IoT device that reports it.' })
  deviceId!: string | null;

  @Field(() => String, { nullable: true, description: 'Its register on a multi-register device.' })
  deviceRegister!: string | null;

  @Field({ description: 'Inactive meters take no readings.' })
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'Newest reading.' })
  lastReadingAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'The last accepted register value (the baseline).' })
  baselineValue!: number | null;
}

export const toMeterType = (m: Meter, terms: VirtualMeterTermType[] = []): MeterType => ({
  id: m.id,
  parkId: m.park.id,
  code: m.code,
  name: m.name,
  kind: m.kind,
  unit: UNIT_OF[m.kind],
  level: m.level,
  parentId: m.parent?.id ?? null,
  buildingId: m.building?.id ?? null,
  floorId: m.floor?.id ?? null,
  unitId: m.unit?.id ?? null,
  tenantId: m.tenant?.id ?? null,
  multiplier: Number(m.multiplier),
  registerDigits: m.registerDigits ?? null,
  spikeLimit: m.spikeLimit === null || m.spikeLimit === undefined ? null : Number(m.spikeLimit),
  intervalMinutes: m.intervalMinutes,
  virtual: m.virtual,
  terms,
  deviceId: m.deviceId ?? null,
  deviceRegister: m.deviceRegister ?? null,
  active: m.active,
  lastReadingAt: m.lastReadingAt ?? null,
  baselineValue: m.baselineValue === null || m.baselineValue === undefined ? null : Number(m.baselineValue),
});

@ObjectType('MeterReading', { description: 'A stored reading with its validation verdict.' })
export class MeterReadingType {
  @Field(() => ID, { description: 'Meter.' })
  meterId!: string;

  @Field({ description: 'When the register showed it.' })
  at!: Date;

  @Field(() => Float, { description: 'Register value (its unit, before the multiplier).' })
  value!: number;

  @Field(() => ReadingFlag, { description: 'Validation verdict.' })
  flag!: ReadingFlag;

  @Field(() => Float, { description: 'Consumption it booked (after the multiplier; 0 when flagged).' })
  consumption!: number;

  @Field({ description: 'Its consumption is interpolated over missed readings.' })
  estimated!: boolean;

  @Field(() => ReadingSource, { description: 'Where it came from.' })
  source!: ReadingSource;

  /** Its photo's attachment (a manual reading's evidence); read through `photo`. */
  attachmentId!: string | null;
}

@ObjectType('RecordReadingResult', { description: 'What became of a manual reading.' })
export class RecordReadingResultType {
  @Field({ description: 'Stored (false: a reading for that meter and instant was already stored).' })
  stored!: boolean;

  @Field(() => ReadingFlag, { nullable: true, description: 'Its verdict once stored.' })
  flag!: ReadingFlag | null;
}
