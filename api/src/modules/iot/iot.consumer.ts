import mqtt, { type IPublishPacket, type MqttClient, type Packet } from 'mqtt';
import type { Logger } from 'pino';
import type { Ingest } from './iot.ingest.js';
import { TELEMETRY_SUBSCRIPTION } from './iot.protocol.js';

export type ConsumerOptions = {
  url: string;
  /** The service credential; its username is also the fixed client id of the persistent session. */
  username: string;
  password: string;
  ingest: Ingest;
  logger: Logger;
  /** Most messages in one transaction. */
  maxBatch?: number;
  /** How long a batch waits for more messages before it is written. */
  lingerMs?: number;
};

type Held = { packet: IPublishPacket; generation: number };
type SendPacket = (
  packet: Packet,
  cb?: (err?: Error) => void,
  cbStorePut?: unknown,
  noStore?: boolean,
) => void;

/**
 * The product's reader of device telemetry: an MQTT 3.1.1 client with a fixed client id and a
 * persistent session (`clean: false`), subscribed at QoS 1. A message is acknowledged (PUBACK)
 * only after the transaction of its batch has committed, so the broker keeps and redelivers
 * whatever a crashed or killed consumer had not committed; PUBACKs go out in the order the
 * messages came, as MQTT requires. A redelivered message that was committed before the crash
 * reaches the handlers again: they de-duplicate (`TelemetryHandler`).
 *
 * mqtt.js answers a QoS 1 PUBLISH as soon as `handleMessage` calls back and handles one packet at
 * a time, so waiting there would make every batch one message long. The client therefore calls
 * back at once and this class holds back the PUBACK mqtt.js then sends (its `_sendPacket`),
 * releasing it after the commit; a PUBACK of a connection that has since closed is dropped, the
 * broker redelivering that message on the next one.
 */
export class TelemetryConsumer {
  private readonly client: MqttClient;
  private readonly send: SendPacket;
  private pending: Held[] = [];
  private readonly releasable = new Map<number, Packet>();
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly maxBatch: number;
  private readonly lingerMs: number;
  /** Messages written (accepted by handlers), refused, and batches committed. */
  readonly stats = { accepted: 0, rejected: 0, ignored: 0, batches: 0, failures: 0 };

  private constructor(private readonly opts: ConsumerOptions) {
    this.maxBatch = opts.maxBatch ?? 1000;
    this.lingerMs = opts.lingerMs ?? 5;
    this.client = mqtt.connect(opts.url, {
      clientId: opts.username,
      username: opts.username,
      password: opts.password,
      clean: false,
      protocolVersion: 4,
      reconnectPeriod: 250,
      connectTimeout: 5000,
      keepalive: 30,
      resubscribe: false,
    });
    const client = this.client as unknown as { _sendPacket: SendPacket };
    this.send = client._sendPacket.bind(this.client);
    client._sendPacket = (packet, cb, cbStorePut, noStore) => {
      if (
        packet.cmd === 'puback' &&
        packet.messageId !== undefined &&
        this.releasable.has(packet.messageId)
      ) {
        // Held until its batch commits; the packet pump carries on with the next message.
        this.releasable.set(packet.messageId, packet);
        cb?.();
        return;
      }
      this.send(packet, cb, cbStorePut, noStore);
    };
    this.client.handleMessage = (packet, callback) => {
      if (packet.cmd === 'publish') {
        if (packet.qos > 0 && packet.messageId !== undefined) this.releasable.set(packet.messageId, packet);
        this.pending.push({ packet, generation: this.generation });
        this.schedule();
      }
      callback();
    };
    // Subscribes on every connection, a session present or not: subscribing again to the same
    // filter replaces the subscription and keeps the session's queue (MQTT 3.1.1 §3.8.4), and a
    // broker that restarted from its store may not have the subscription active again.
    this.client.on('connect', () =>
      this.client.subscribe(TELEMETRY_SUBSCRIPTION, { qos: 1 }, (err) => {
        if (err) opts.logger.error({ err }, 'iot consumer: subscribe failed');
      }),
    );
    this.client.on('close', () => {
      // What was not committed is redelivered on the next connection, under new message ids.
      this.generation += 1;
      this.releasable.clear();
      this.pending = this.pending.filter((h) => h.generation === this.generation);
    });
    this.client.on('error', (err) =>
      opts.logger.warn({ err: err.message }, 'iot consumer: connection error'),
    );
  }

  /** Connects and subscribes; resolves once the broker has accepted the session. */
  static async start(opts: ConsumerOptions): Promise<TelemetryConsumer> {
    const consumer = new TelemetryConsumer(opts);
    await new Promise<void>((resolve, reject) => {
      const fail = (err: Error) => {
        consumer.client.end(true);
        reject(err);
      };
      consumer.client.once('error', fail);
      consumer.client.once('connect', () => {
        consumer.client.off('error', fail);
        // Resolves with the SUBACK of the subscription the connect handler sent.
        consumer.client.once('packetreceive', function onPacket(packet) {
          if (packet.cmd === 'suback') resolve();
          else consumer.client.once('packetreceive', onPacket);
        });
      });
    });
    return consumer;
  }

  private schedule() {
    if (this.running) return;
    if (this.pending.length >= this.maxBatch) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.running = this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        if (!this.running) this.running = this.flush();
      }, this.lingerMs);
    }
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length > 0 && !this.stopped) {
        const batch = this.pending.splice(0, this.maxBatch);
        try {
          const result = await this.opts.ingest.run(
            batch.map(({ packet }) => ({
              topic: packet.topic,
              payload: Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload),
              retain: packet.retain,
            })),
          );
          this.stats.accepted += result.accepted;
          this.stats.rejected += result.rejected;
          this.stats.ignored += result.ignored;
          this.stats.batches += 1;
        } catch (err) {
          // Nothing of the batch is acknowledged: reconnecting makes the broker send it again.
          this.stats.failures += 1;
          this.opts.logger.error({ err }, 'iot consumer: batch failed; reconnecting for redelivery');
          this.pending = [];
          this.releasable.clear();
          await new Promise((r) => setTimeout(r, 500));
          if (!this.stopped) this.client.reconnect();
          return;
        }
        for (const { packet, generation } of batch) {
          if (generation !== this.generation || packet.messageId === undefined) continue;
          const ack = this.releasable.get(packet.messageId);
          this.releasable.delete(packet.messageId);
          if (ack && ack !== packet) this.send(ack);
          else if (packet.qos === 1) this.send({ cmd: 'puback', messageId: packet.messageId });
        }
      }
    } finally {
      this.running = undefined;
      if (this.pending.length > 0 && !this.stopped) this.schedule();
    }
  }

  /** Writes what arrived, acknowledges it and disconnects; the session stays with the broker. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    while (this.running) await this.running;
    if (this.pending.length > 0) {
      this.running = this.flush();
      await this.running;
    }
    this.stopped = true;
    await this.client.endAsync();
  }

  /** Drops the connection at once, committing and acknowledging nothing more (a crash, for tests). */
  kill(): void {
    this.stopped = true;
    this.generation += 1;
    clearTimeout(this.timer);
    this.pending = [];
    this.releasable.clear();
    this.client.end(true);
  }
}
