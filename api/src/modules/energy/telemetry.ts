import type { EntityManager } from '@mikro-orm/postgresql';
import { type DeviceKind, type HandlerResult, RejectionReason, type TelemetryMessage } from '../iot/index.js';
import { recordMeterReadings } from './ingest.js';

/**
 * What the IoT ingest hands energy: a batch of meter messages (already checked against the topic
 * scheme and the device's kind), inside the batch's system transaction. Each becomes a reading of
 * the meter linked to its device (and register); `recordMeterReadings` validates, deduplicates a
 * redelivered message by (meter, instant) and keeps the rollups. Readings of a device no meter is
 * linked to, and values it refuses, come back as rejected: the ingest counts them.
 */
export async function meterTelemetry(
  em: EntityManager,
  messages: readonly TelemetryMessage<DeviceKind.METER>[],
): Promise<HandlerResult> {
  const outcome = await recordMeterReadings(
    em,
    messages.flatMap((m) =>
      'readings' in m.payload
        ? m.payload.readings.map((r) => ({
            deviceId: m.deviceId,
            meter: r.meter,
            at: r.ts === undefined ? m.at : new Date(r.ts),
            seq: m.seq,
            value: r.value,
            unit: r.unit,
          }))
        : [
            {
              deviceId: m.deviceId,
              meter: m.payload.meter,
              at: m.at,
              seq: m.seq,
              value: m.payload.value,
              unit: m.payload.unit,
            },
          ],
    ),
  );
  // A duplicate was booked the first time; a flagged reading is stored (counted in `accepted`).
  return {
    accepted: outcome.accepted + outcome.duplicates,
    rejected: outcome.unknownDevice + outcome.rejected,
    refused: outcome.refused.map((r) => ({
      deviceId: r.deviceId,
      reason: r.why === 'NO_METER' ? RejectionReason.UNKNOWN_DEVICE : RejectionReason.INVALID_VALUE,
      detail: r.detail,
    })),
  };
}
