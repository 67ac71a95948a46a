import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../../kernel/clock.js';
import { type DeviceKind, DeviceStatus, RejectionReason } from './iot.enums.js';
import { isRefusal, parsePayload, parseTelemetryTopic, type Refusal } from './iot.protocol.js';
import { type DeviceRecord, iotRepository, type Rejection } from './iot.repository.js';
import type { HandlerResult, TelemetryHandlers, TelemetryMessage } from './iot.telemetry.js';

/** Opens a transaction as the system (row-level security: staff of every park), runs `fn`, commits. */
export type SystemTransaction = <T>(fn: (em: EntityManager) => Promise<T>) => Promise<T>;

/** The message of a known device, or why it is refused. */
function check(
  device: DeviceRecord,
  kind: DeviceKind | undefined,
  message: RawMessage,
): TelemetryMessage | Refusal {
  if (device.status !== DeviceStatus.ACTIVE)
    return { reason: RejectionReason.BAD_CREDENTIALS, detail: 'device disabled' };
  if (kind !== device.kind)
    return { reason: RejectionReason.TOPIC_MISMATCH, detail: `device is a ${device.kind}` };
  if (message.retain) return { reason: RejectionReason.RETAINED, detail: 'retained message on a data topic' };
  return parsePayload(device, message.payload);
}

/** One MQTT message as it came off the wire. */
export type RawMessage = { topic: string; payload: Buffer; retain?: boolean };

export type BatchResult = { accepted: number; rejected: number; ignored: number };

/**
 * Turns a batch of raw messages into one transaction: each message is checked (a telemetry topic
 * of a registered, active device of the topic's kind, a well-typed payload); refusals are counted
 * per device and reason and never written; the valid ones go to the features registered for their
 * kind, all in the same transaction, which commits before the caller acknowledges anything. A
 * message no feature handles (no registration for its kind) only marks its device seen.
 */
export class Ingest {
  constructor(
    private readonly transaction: SystemTransaction,
    private readonly handlers: TelemetryHandlers,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async run(batch: readonly RawMessage[]): Promise<BatchResult> {
    return this.transaction(async (em) => {
      const now = this.clock.now();
      const topics = batch.map((m) => parseTelemetryTopic(m.topic));
      const keys = new Map<string, { parkCode: string; deviceCode: string }>();
      for (const t of topics) if (t) keys.set(`${t.parkCode}/${t.deviceCode}`, t);
      const devices = await iotRepository.byTopic(em, [...keys.values()]);
      const unknownParks = [...keys.values()].filter((k) => !devices.has(`${k.parkCode}/${k.deviceCode}`));
      const parks =
        unknownParks.length > 0
          ? await iotRepository.parksByCode(em, [...new Set(unknownParks.map((k) => k.parkCode))])
          : new Map<string, string>();

      const rejections: Rejection[] = [];
      const byKind = new Map<string, TelemetryMessage[]>();
      const seen = new Set<string>();
      let ignored = 0;
      for (const [i, message] of batch.entries()) {
        const topic = topics[i];
        if (!topic) {
          // Not a telemetry topic of this scheme: nothing to count it against.
          ignored += 1;
          continue;
        }
        const device = devices.get(`${topic.parkCode}/${topic.deviceCode}`);
        if (!device) {
          const parkId = parks.get(topic.parkCode);
          if (parkId)
            rejections.push({
              parkId,
              deviceCode: topic.deviceCode.slice(0, 40),
              deviceId: null,
              reason: RejectionReason.UNKNOWN_DEVICE,
              at: now,
              lastDetail: 'no device of this code in the park',
            });
          else ignored += 1;
          continue;
        }
        const parsed = check(device, topic.kind, message);
        if (isRefusal(parsed)) {
          rejections.push({
            parkId: device.parkId,
            deviceCode: device.code,
            deviceId: device.id,
            reason: parsed.reason,
            at: now,
            lastDetail: parsed.detail,
          });
          continue;
        }
        seen.add(device.id);
        const list = byKind.get(device.kind) ?? [];
        list.push(parsed);
        byKind.set(device.kind, list);
      }

      let accepted = 0;
      let handlerRejected = 0;
      const byId = new Map([...devices.values()].map((d) => [d.id, d]));
      const handlerRefusals: Rejection[] = [];
      for (const [kind, messages] of byKind) {
        const handler = this.handlers[kind as keyof TelemetryHandlers] as
          | ((em: EntityManager, m: readonly TelemetryMessage[]) => Promise<HandlerResult>)
          | undefined;
        if (!handler) {
          ignored += messages.length;
          continue;
        }
        const result = await handler(em, messages);
        accepted += result.accepted;
        handlerRejected += result.rejected;
        for (const r of result.refused ?? []) {
          const device = byId.get(r.deviceId);
          if (device)
            handlerRefusals.push({
              parkId: device.parkId,
              deviceCode: device.code,
              deviceId: device.id,
              reason: r.reason,
              at: now,
              lastDetail: r.detail.slice(0, 200),
            });
        }
      }
      await iotRepository.countRejections(em, [...rejections, ...handlerRefusals]);
      await iotRepository.touch(em, [...seen], now);
      if (rejections.length > 0) this.logger.debug({ rejected: rejections.length }, 'iot: messages rejected');
      return { accepted, rejected: rejections.length + handlerRejected, ignored };
    });
  }
}
