import { z } from 'zod';
import { DeviceKind, RejectionReason } from './iot.enums.js';
import type { TelemetryMessage } from './iot.telemetry.js';

/**
 * The topic scheme, version 1 (README › Devices over MQTT):
 *
 *   park/{parkCode}/v1/{kind}/{deviceCode}/telemetry   the device publishes (QoS 1, not retained)
 *   park/{parkCode}/v1/{kind}/{deviceCode}/command     the device may subscribe
 *
 * `kind` is the device kind in lower case with dashes (`meter`, `fire-panel`, `parking-camera`).
 * A new payload version gets a new level (`v2`), so old and new devices can run side by side.
 */
export const TOPIC_VERSION = 'v1';
/** What the product's consumer subscribes to: every device's telemetry of every park. */
export const TELEMETRY_SUBSCRIPTION = `park/+/${TOPIC_VERSION}/+/+/telemetry`;

export const topicKind = (kind: DeviceKind) => kind.toLowerCase().replaceAll('_', '-');
const KINDS = new Map(Object.values(DeviceKind).map((k) => [topicKind(k), k]));

export type DeviceTopics = { telemetry: string; command: string };
export function deviceTopics(parkCode: string, kind: DeviceKind, deviceCode: string): DeviceTopics {
  const base = `park/${parkCode}/${TOPIC_VERSION}/${topicKind(kind)}/${deviceCode}`;
  return { telemetry: `${base}/telemetry`, command: `${base}/command` };
}

export type ParsedTopic = { parkCode: string; kind: DeviceKind | undefined; deviceCode: string };
/** The parts of a telemetry topic, or undefined when it is none. */
export function parseTelemetryTopic(topic: string): ParsedTopic | undefined {
  const parts = topic.split('/');
  if (parts.length !== 6 || parts[0] !== 'park' || parts[2] !== TOPIC_VERSION || parts[5] !== 'telemetry')
    return undefined;
  const [, parkCode, , kind, deviceCode] = parts as [string, string, string, string, string, string];
  if (!parkCode || !deviceCode) return undefined;
  return { parkCode, kind: KINDS.get(kind), deviceCode };
}

const base = {
  /** The device's time of the measurement or event, ISO 8601 with an offset. */
  ts: z.iso.datetime({ offset: true }),
  /** Its message counter, when it keeps one. */
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
};
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const register = {
  meter: z.string().min(1).max(40).optional(),
  value: finite.refine((v) => v >= 0, 'must not be negative'),
  unit: z.enum(['kWh', 'm3', 'GJ']),
};
/** Most registers in one gateway message. */
export const MAX_GATEWAY_READINGS = 200;
/**
 * A gateway's message (a data concentrator polling the meters of its RS-485 bus): the registers
 * it read in one pass, each at the message's `ts` unless it gives its own.
 */
const METER_GATEWAY = z.strictObject({
  ...base,
  readings: z
    .array(z.strictObject({ ...register, meter: register.meter.unwrap(), ts: base.ts.optional() }))
    .min(1)
    .max(MAX_GATEWAY_READINGS),
});
const PAYLOADS = {
  METER: z.strictObject({ ...base, ...register }),
  SENSOR: z.strictObject({
    ...base,
    metrics: z
      .record(z.string().regex(/^[a-z][a-z0-9_]{0,31}$/), finite)
      .refine((m) => Object.keys(m).length > 0 && Object.keys(m).length <= 32, '1 to 32 metrics'),
  }),
  FIRE_PANEL: z.strictObject({
    ...base,
    event: z.enum(['ALARM', 'FAULT', 'SUPERVISORY', 'RESET']),
    zone: z.string().min(1).max(40),
  }),
  GATE: z.strictObject({
    ...base,
    event: z.enum(['OPENED', 'CLOSED', 'FORCED', 'HELD_OPEN']),
    credential: z.string().min(1).max(64).optional(),
  }),
  PARKING_CAMERA: z.strictObject({
    ...base,
    plate: z.string().min(2).max(12),
    direction: z.enum(['IN', 'OUT']),
    confidence: z.number().min(0).max(1).optional(),
  }),
} satisfies Record<DeviceKind, z.ZodType>;

/**
 * Largest payload accepted; larger ones are MALFORMED without being parsed. A gateway message of
 * MAX_GATEWAY_READINGS registers is about 16 KB.
 */
export const MAX_PAYLOAD_BYTES = 32_768;

export type Refusal = { reason: RejectionReason; detail: string };

/**
 * Reads a payload of a device of `kind`: the message, or why it is refused (MALFORMED when it is
 * no JSON object, INVALID_VALUE when a field has the wrong type, unit or range).
 */
export function parsePayload(
  device: { id: string; parkId: string; code: string; kind: DeviceKind },
  payload: Buffer,
): TelemetryMessage | Refusal {
  if (payload.length > MAX_PAYLOAD_BYTES)
    return { reason: RejectionReason.MALFORMED, detail: `payload over ${MAX_PAYLOAD_BYTES} bytes` };
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    return { reason: RejectionReason.MALFORMED, detail: 'not JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { reason: RejectionReason.MALFORMED, detail: 'not a JSON object' };
  const schema = device.kind === 'METER' && 'readings' in json ? METER_GATEWAY : PAYLOADS[device.kind];
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      reason: RejectionReason.INVALID_VALUE,
      detail: `${issue.path.join('.') || '(payload)'}: ${issue.message}`.slice(0, 200),
    };
  }
  const { ts, seq, ...rest } = parsed.data;
  return {
    deviceId: device.id,
    parkId: device.parkId,
    deviceCode: device.code,
    kind: device.kind,
    at: new Date(ts),
    ...(seq !== undefined && { seq }),
    payload: rest,
  } as TelemetryMessage;
}

export const isRefusal = (r: TelemetryMessage | Refusal): r is Refusal => 'reason' in r;
