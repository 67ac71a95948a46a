import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DeviceKind, DeviceStatus, RejectionReason } from './iot.enums.js';
import { deviceTopics } from './iot.protocol.js';
import type { DeviceRow, RejectionRow } from './iot.repository.js';

registerEnumType(DeviceKind, {
  name: 'DeviceKind',
  description: 'What an MQTT device is.',
  valuesConfig: {
    METER: { description: 'Energy or water meter 计量表' },
    SENSOR: { description: 'Environment sensor 传感器' },
    FIRE_PANEL: { description: 'Fire alarm control panel 消防主机' },
    GATE: { description: 'Barrier or door controller 道闸/门禁' },
    PARKING_CAMERA: { description: 'Licence-plate camera 车牌识别相机' },
  },
});
registerEnumType(DeviceStatus, {
  name: 'DeviceStatus',
  description: 'Whether a device may connect.',
  valuesConfig: {
    ACTIVE: { description: 'May connect and publish' },
    DISABLED: { description: 'Refused at connect' },
  },
});
registerEnumType(RejectionReason, {
  name: 'RejectionReason',
  description: 'Why a device message or connection was refused.',
  valuesConfig: {
    BAD_CREDENTIALS: { description: 'Wrong secret, or a disabled device' },
    FORBIDDEN_TOPIC: { description: "Another device's topic, a wildcard or $SYS" },
    RETAINED: { description: 'A retained message on a data topic' },
    RATE_LIMITED: { description: 'Over the per-device message rate' },
    MALFORMED: { description: 'Not a JSON object' },
    UNKNOWN_DEVICE: { description: 'The topic names no registered device' },
    TOPIC_MISMATCH: { description: "The topic's kind is not the device's" },
    INVALID_VALUE: { description: 'A field of the wrong type, unit or range' },
  },
});

@ObjectType('DeviceTopics', { description: 'The MQTT topics of a device (scheme v1, README).' })
export class DeviceTopicsType {
  @Field({ description: 'Where it publishes its telemetry (QoS 1, not retained).' })
  telemetry!: string;

  @Field({ description: 'What it may subscribe to.' })
  command!: string;
}

@ObjectType('DeviceRejection', { description: 'Refused messages of one device code and reason.' })
export class DeviceRejectionType {
  @Field({ description: 'The device code the topic or username named.' })
  deviceCode!: string;

  @Field(() => ID, { nullable: true, description: 'The device; null for a code no device has.' })
  deviceId!: string | null;

  @Field(() => RejectionReason, { description: 'Why they were refused.' })
  reason!: RejectionReason;

  @Field(() => Int, { description: 'How many.' })
  count!: number;

  @Field({ description: 'When the last one was refused.' })
  lastAt!: Date;

  @Field(() => String, { nullable: true, description: 'What was wrong with the last one.' })
  lastDetail!: string | null;
}

@ObjectType('IotDevice', { description: 'A device that talks to the park over MQTT.' })
export class IotDeviceType {
  @Field(() => ID, { description: 'Device id; also its MQTT username and client id.' })
  id!: string;

  @Field(() => ID, { description: 'Its park.' })
  parkId!: string;

  parkCode!: string;

  @Field({ description: 'Code, unique in its park; part of its topics.' })
  code!: string;

  @Field(() => DeviceKind, { description: 'What it is.' })
  kind!: DeviceKind;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Where it is installed.' })
  location!: string | null;

  @Field(() => DeviceStatus, { description: 'Whether it may connect.' })
  status!: DeviceStatus;

  @Field({ description: 'When its current secret was issued.' })
  secretIssuedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'When a well-formed message of its own last arrived, to within 30 seconds (also when a feature then refused a reading in it, which its rejections count).',
  })
  lastSeenAt!: Date | null;

  @Field({ description: 'When it was registered.' })
  createdAt!: Date;

  @Field(() => DeviceTopicsType, { description: 'Its topics.' })
  get topics(): DeviceTopicsType {
    return deviceTopics(this.parkCode, this.kind, this.code);
  }
}

@ObjectType('IotDeviceSecret', { description: 'A device with its new secret, shown this once.' })
export class IotDeviceSecretType {
  @Field(() => IotDeviceType, { description: 'The device.' })
  device!: IotDeviceType;

  @Field({ description: 'MQTT username and client id (the device id).' })
  username!: string;

  @Field({ description: 'MQTT password; only its hash is kept, so it cannot be shown again.' })
  secret!: string;
}

export const toDeviceType = (row: DeviceRow): IotDeviceType =>
  Object.assign(new IotDeviceType(), {
    id: row.id,
    parkId: row.parkId,
    parkCode: row.parkCode,
    code: row.code,
    kind: row.kind,
    name: row.name,
    location: row.location,
    status: row.status,
    // Raw rows carry time stamps as the driver parsed them (a string or a Date).
    secretIssuedAt: new Date(row.secretIssuedAt),
    lastSeenAt: row.lastSeenAt === null ? null : new Date(row.lastSeenAt),
    createdAt: new Date(row.createdAt),
  });

export const toRejectionType = (row: RejectionRow): DeviceRejectionType =>
  Object.assign(new DeviceRejectionType(), {
    ...row,
    count: Number(row.count),
    lastAt: new Date(row.lastAt),
  });
