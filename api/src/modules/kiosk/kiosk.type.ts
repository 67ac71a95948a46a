import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { KioskDevice } from './kiosk-device.entity.js';

@ObjectType('KioskDevice', { description: 'A lobby touch screen paired to one park.' })
export class KioskDeviceType {
  @Field(() => ID, { description: 'Device id.' })
  id!: string;

  @Field({ description: 'Name, e.g. A1 大堂 1 号机.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Where it stands.' })
  location!: string | null;

  @Field({ description: 'PENDING (waiting for its pairing code), ACTIVE or REVOKED.' })
  state!: string;

  @Field(() => Date, { nullable: true, description: 'When the pairing code runs out (PENDING only).' })
  pairingExpiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was paired.' })
  pairedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last request, to the minute.' })
  lastSeenAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  revokedAt!: Date | null;

  @Field({ description: 'When it was registered.' })
  createdAt!: Date;

  parkId!: string;
  buildingId!: string | null;
}

export function toKioskDeviceType(d: KioskDevice): KioskDeviceType {
  return {
    id: d.id,
    name: d.name,
    location: d.location ?? null,
    state: d.revokedAt ? 'REVOKED' : d.pairedAt ? 'ACTIVE' : 'PENDING',
    pairingExpiresAt: d.pairedAt || d.revokedAt ? null : (d.pairingExpiresAt ?? null),
    pairedAt: d.pairedAt ?? null,
    lastSeenAt: d.lastSeenAt ?? null,
    revokedAt: d.revokedAt ?? null,
    createdAt: d.createdAt,
    parkId: d.park.id,
    buildingId: d.building?.id ?? null,
  };
}

@ObjectType('KioskPairingCode', { description: 'A one-time code to type on the kiosk; shown once.' })
export class KioskPairingCode {
  @Field(() => KioskDeviceType, { description: 'The device waiting for it.' })
  device!: KioskDeviceType;

  @Field({ description: 'Eight digits, valid for 15 minutes, single use.' })
  pairingCode!: string;
}

@ObjectType('KioskPairing', { description: 'What a kiosk receives when it pairs; store the credential.' })
export class KioskPairing {
  @Field(() => KioskDeviceType, { description: 'This kiosk.' })
  device!: KioskDeviceType;

  @Field({ description: 'Send as `Authorization: Device <credential>`; shown once.' })
  credential!: string;
}

@InputType({ description: 'A kiosk to register.' })
export class CreateKioskDeviceInput {
  @Field(() => ID, { description: 'Park it serves.' })
  parkId!: string;

  @Field(() => ID, { nullable: true, description: 'Building whose lobby it stands in.' })
  buildingId?: string;

  @Field({ description: 'Name.' })
  @Length(1, 60)
  name!: string;

  @Field({ nullable: true, description: 'Where it stands.' })
  @IsOptional()
  @Length(1, 100)
  location?: string;
}

@InputType({ description: 'A pairing attempt from the kiosk.' })
export class PairKioskInput {
  @Field({ description: 'The eight-digit code from the admin console.' })
  @Matches(/^\d{8}$/, { message: 'pairingCode is eight digits' })
  @MaxLength(8)
  pairingCode!: string;
}
