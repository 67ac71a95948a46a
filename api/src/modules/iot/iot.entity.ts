import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { DeviceKind, DeviceStatus, RejectionReason } from './iot.enums.js';

/**
 * A device that talks to the park over MQTT (电表, 传感器, 消防主机, 道闸, 车牌识别相机). Its
 * credential is `username = id`, password = a secret shown once; only its scrypt hash is kept.
 */
export const IotDevice = defineEntity({
  name: 'IotDevice',
  tableName: 'iot_device',
  uniques: [{ name: 'iot_device_park_code_unique', properties: ['park', 'code'] }],
  indexes: [{ properties: ['park', 'kind'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    /** Unique in its park; the last level but one of its topics. */
    code: p.string().length(40),
    kind: p.enum(() => DeviceKind).nativeEnumName('iot_device_kind'),
    name: p.string().length(100),
    location: p.string().length(200).nullable(),
    status: p.enum(() => DeviceStatus).nativeEnumName('iot_device_status'),
    /** `scrypt$N$r$p$salt$hash` of the device's secret (`iot.secret.ts`). */
    secretHash: p.string().length(200),
    secretIssuedAt: p.datetime(),
    /** When its last accepted message arrived. */
    lastSeenAt: p.datetime().nullable(),
  },
});
export type IotDevice = InferEntity<typeof IotDevice>;

/**
 * Messages refused, counted per park, device code and reason: the code as the topic or the
 * username named it, so messages of unknown devices are counted too (`device` is then null).
 */
export const IotRejection = defineEntity({
  name: 'IotRejection',
  tableName: 'iot_rejection',
  uniques: [{ name: 'iot_rejection_device_reason_unique', properties: ['park', 'deviceCode', 'reason'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    deviceCode: p.string().length(40),
    device: () => p.manyToOne(IotDevice).nullable().deleteRule('cascade'),
    reason: p.enum(() => RejectionReason).nativeEnumName('iot_rejection_reason'),
    count: p.integer().default(0),
    lastAt: p.datetime(),
    /** What was wrong with the last one, clipped (never the payload itself). */
    lastDetail: p.string().length(200).nullable(),
  },
});
export type IotRejection = InferEntity<typeof IotRejection>;
