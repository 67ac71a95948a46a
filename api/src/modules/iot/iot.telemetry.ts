import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeviceKind, RejectionReason } from './iot.enums.js';

type MeterUnit = 'kWh' | 'm3' | 'GJ';
/**
 * A meter's reading as the v1 payload carries it (`park/{park}/v1/meter/{device}/telemetry`), or a
 * gateway's registers read in one pass, each named and dated (its own `ts`, else the message's).
 */
export type MeterPayload =
  | { meter?: string; value: number; unit: MeterUnit }
  | { readings: { meter: string; value: number; unit: MeterUnit; ts?: string }[] };
export type SensorPayload = { metrics: Record<string, number> };
export type FirePanelPayload = { event: 'ALARM' | 'FAULT' | 'SUPERVISORY' | 'RESET'; zone: string };
export type GatePayload = { event: 'OPENED' | 'CLOSED' | 'FORCED' | 'HELD_OPEN'; credential?: string };
export type ParkingCameraPayload = { plate: string; direction: 'IN' | 'OUT'; confidence?: number };

type Payloads = {
  METER: MeterPayload;
  SENSOR: SensorPayload;
  FIRE_PANEL: FirePanelPayload;
  GATE: GatePayload;
  PARKING_CAMERA: ParkingCameraPayload;
};

/**
 * One validated message of a registered, active device, as the ingest hands it to the feature
 * that registered for its kind: the device is known, the topic is its own, the payload is well
 * typed. `at` is the device's own time stamp, `seq` its counter when it sends one: with the
 * device they identify the message, so a redelivery (QoS 1 is at least once) can be recognised.
 */
export type TelemetryMessage<K extends DeviceKind = DeviceKind> = {
  [Kind in K]: {
    deviceId: string;
    parkId: string;
    deviceCode: string;
    kind: Kind;
    at: Date;
    seq?: number;
    payload: Payloads[Kind];
  };
}[K];

/**
 * What a feature does with one batch of its kind's messages, inside the batch's transaction (the
 * ingest commits it, then acknowledges the messages to the broker). It must be idempotent: a
 * message can arrive again after a crash between commit and acknowledgement. Throwing rolls the
 * batch back and the broker delivers it again.
 */
export type TelemetryHandler<K extends DeviceKind = DeviceKind> = (
  em: EntityManager,
  messages: readonly TelemetryMessage<K>[],
) => Promise<HandlerResult>;

/**
 * What a handler made of its messages: how many it stored and refused, and for the refused ones
 * the device and why, which the ingest counts against the device like its own refusals.
 */
export type HandlerResult = {
  accepted: number;
  rejected: number;
  refused?: readonly { deviceId: string; reason: RejectionReason; detail: string }[];
};

/** A manifest's `telemetry`: its handler per device kind. */
export type TelemetryHandlers = { readonly [K in DeviceKind]?: TelemetryHandler<K> };
