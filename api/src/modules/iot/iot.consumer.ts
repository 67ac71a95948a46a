import { type Socket, connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { generate, type IPublishPacket, type Packet, parser as packetParser } from 'mqtt-packet';
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
  /** Most payload bytes in one transaction (a batch holds at least one message). */
  maxBatchBytes?: number;
  /** How long a batch waits for more messages before it is written. */
  lingerMs?: number;
  /**
   * Transactions written at once. Messages are dealt to lanes by topic, so one device's messages
   * stay in order in one lane and two lanes never wait on each other's meters.
   */
  lanes?: number;
};

/** A message received and not yet acknowledged; `written` once its batch has committed. */
type Held = { packet: IPublishPacket; bytes: number; generation: number; written: boolean };

/**
 * A flood is written in batches of up to 5,000 messages or 4 MiB: a batch folds the readings of a
 * meter that fall in the same hour, day and month into one rollup row each, so larger batches
 * write fewer rows per reading (S9, tests/bench/README.md). The broker must let the consumer hold
 * that many unacknowledged (Mosquitto's `max_inflight_messages`, README › Devices over MQTT).
 */
export const MAX_BATCH = 5000;
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

const KEEPALIVE_S = 30;
const RECONNECT_MS = 250;
const PROTOCOL = { protocolVersion: 4 } as const;

/**
 * The product's reader of device telemetry: an MQTT 3.1.1 session with a fixed client id and a
 * persistent session (`clean: false`), subscribed at QoS 1. A message is acknowledged (PUBACK)
 * only after the transaction of its batch has committed, so the broker keeps and redelivers
 * whatever a crashed or killed consumer had not committed; PUBACKs go out in the order the
 * messages came, as MQTT 3.1.1 §4.6 requires. A redelivered message that was committed before the
 * crash reaches the handlers again: they de-duplicate (`TelemetryHandler`).
 *
 * The session speaks MQTT through `mqtt-packet` (the codec mqtt.js and aedes are built on) rather
 * than through mqtt.js: mqtt.js sends a QoS 1 PUBACK when its `handleMessage` calls back and
 * handles one packet at a time until then (README: "backpressure support, one at a time"), so
 * acknowledging after the commit there makes every batch one message long, and it has no API to
 * acknowledge later. Here the acknowledgement is ours to send. While more than a few batches wait
 * to be written the socket is paused, so a flood backs up in the broker, not in this process.
 *
 * Batches are written in `lanes` transactions at once (the database and this process work side
 * by side). A device's messages always go to the same lane, in order. PUBACKs still go out in the
 * order the messages came: a message is acknowledged once it and every message before it are
 * committed.
 */
export class TelemetryConsumer {
  private socket: Socket | undefined;
  /** Every message not yet acknowledged, in the order it came. */
  private held: Held[] = [];
  /** Their payload bytes. */
  private heldBytes = 0;
  /** Per lane: its messages not yet handed to a batch (and their bytes), its batch being written. */
  private lanes: { queue: Held[]; bytes: number; running: Promise<void> | undefined }[];
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private keepalive: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private coolTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private paused = false;
  /** After a failed batch: no batch starts until the pause is over. */
  private cooling = false;
  private lastHeard = 0;
  private nextId = 1;
  private readonly maxBatch: number;
  private readonly maxBatchBytes: number;
  private readonly lingerMs: number;
  /** Resolves on the first accepted subscription; rejects if the first connection fails. */
  private ready: { resolve: () => void; reject: (err: Error) => void } | undefined;
  /** Messages written (accepted by handlers), refused, and batches committed. */
  readonly stats = { accepted: 0, rejected: 0, ignored: 0, batches: 0, failures: 0 };

  private constructor(private readonly opts: ConsumerOptions) {
    this.maxBatch = opts.maxBatch ?? MAX_BATCH;
    this.maxBatchBytes = opts.maxBatchBytes ?? MAX_BATCH_BYTES;
    this.lingerMs = opts.lingerMs ?? 5;
    this.lanes = Array.from({ length: Math.max(1, opts.lanes ?? 2) }, () => ({
      queue: [],
      bytes: 0,
      running: undefined,
    }));
  }

  /** Connects and subscribes; resolves once the broker has accepted the subscription. */
  static async start(opts: ConsumerOptions): Promise<TelemetryConsumer> {
    const consumer = new TelemetryConsumer(opts);
    await new Promise<void>((resolve, reject) => {
      consumer.ready = { resolve, reject };
      consumer.connect();
    });
    return consumer;
  }

  private connect() {
    if (this.stopped) return;
    const url = new URL(this.opts.url);
    const secure = url.protocol === 'mqtts:';
    const port = Number(url.port || (secure ? 8883 : 1883));
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const socket = secure ? tlsConnect({ host, port, servername: host }) : tcpConnect({ host, port });
    const generation = ++this.generation;
    this.socket = socket;
    this.paused = false;
    socket.setNoDelay(true);
    const parser = packetParser(PROTOCOL);
    parser.on('packet', (packet: Packet) => this.onPacket(packet, generation));
    parser.on('error', (err: Error) => {
      this.opts.logger.warn({ err: err.message }, 'iot consumer: bad packet from the broker');
      socket.destroy();
    });
    socket.on('data', (chunk: Buffer) => {
      this.lastHeard = performance.now();
      parser.parse(chunk);
    });
    socket.once(secure ? 'secureConnect' : 'connect', () => {
      this.lastHeard = performance.now();
      this.send(socket, {
        cmd: 'connect',
        protocolId: 'MQTT',
        protocolVersion: 4,
        clean: false,
        clientId: this.opts.username,
        keepalive: KEEPALIVE_S,
        username: this.opts.username,
        password: Buffer.from(this.opts.password),
      });
    });
    socket.on('error', (err) => {
      this.opts.logger.warn({ err: err.message }, 'iot consumer: connection error');
      this.fail(err);
    });
    socket.once('close', () => this.onClose(socket));
  }

  private send(socket: Socket | undefined, packet: Packet) {
    if (socket && !socket.destroyed) socket.write(generate(packet, PROTOCOL));
  }

  private fail(err: Error) {
    const ready = this.ready;
    if (!ready) return;
    this.ready = undefined;
    this.stopped = true;
    this.socket?.destroy();
    ready.reject(err);
  }

  private onPacket(packet: Packet, generation: number) {
    if (generation !== this.generation) return;
    switch (packet.cmd) {
      case 'connack': {
        if (packet.returnCode !== 0) {
          const err = new Error(
            `connection refused: ${connackText[packet.returnCode ?? -1] ?? packet.returnCode}`,
          );
          this.opts.logger.error({ err: err.message }, 'iot consumer: broker refused the connection');
          this.fail(err);
          this.socket?.destroy();
          return;
        }
        // Subscribes on every connection, a session present or not: subscribing again to the same
        // filter replaces the subscription and keeps the session's queue (MQTT 3.1.1 §3.8.4), and a
        // broker that restarted from its store may not have the subscription active again.
        this.send(this.socket, {
          cmd: 'subscribe',
          messageId: this.messageId(),
          subscriptions: [{ topic: TELEMETRY_SUBSCRIPTION, qos: 1 }],
        });
        clearInterval(this.keepalive);
        this.keepalive = setInterval(() => this.ping(), (KEEPALIVE_S * 1000) / 2);
        return;
      }
      case 'suback': {
        if ((packet.granted as number[]).some((g) => g > 2)) {
          const err = new Error('subscription to telemetry refused');
          this.opts.logger.error('iot consumer: subscription refused');
          this.fail(err);
          return;
        }
        const ready = this.ready;
        this.ready = undefined;
        ready?.resolve();
        return;
      }
      case 'publish': {
        const held: Held = { packet, bytes: packet.payload.length, generation, written: false };
        this.held.push(held);
        this.heldBytes += held.bytes;
        const lane = this.laneOf(packet.topic);
        lane.queue.push(held);
        lane.bytes += held.bytes;
        if (!this.paused && this.holding(4)) {
          this.paused = true;
          this.socket?.pause();
        }
        this.schedule();
        return;
      }
      default:
        return; // pingresp, unsuback: nothing to do
    }
  }

  private messageId() {
    const id = this.nextId;
    this.nextId = id === 0xffff ? 1 : id + 1;
    return id;
  }

  private ping() {
    const socket = this.socket;
    if (!socket || socket.destroyed) return;
    // Paused, we read nothing and hear nothing: only a live, reading connection can time out.
    if (!this.paused && performance.now() - this.lastHeard > KEEPALIVE_S * 1500) {
      this.opts.logger.warn('iot consumer: broker silent past the keepalive; reconnecting');
      socket.destroy();
      return;
    }
    this.send(socket, { cmd: 'pingreq' });
  }

  private onClose(socket: Socket) {
    if (socket !== this.socket) return;
    clearInterval(this.keepalive);
    // What was not committed is redelivered on the next connection, under new message ids.
    this.generation += 1;
    this.drop();
    this.socket = undefined;
    if (this.stopped) return;
    this.reconnectTimer = setTimeout(() => this.connect(), RECONNECT_MS);
  }

  /** The lane of a topic (FNV-1a of it): a device's messages always take the same one. */
  private laneOf(topic: string) {
    let h = 0x811c9dc5;
    for (let i = 0; i < topic.length; i += 1) h = Math.imul(h ^ topic.charCodeAt(i), 0x01000193);
    return this.lanes[(h >>> 0) % this.lanes.length]!;
  }

  /** Whether the messages held come to `batches` full batches, by count or by bytes. */
  private holding(batches: number) {
    return this.held.length >= batches * this.maxBatch || this.heldBytes >= batches * this.maxBatchBytes;
  }

  /** Whether a lane's queue fills a batch. */
  private full(lane: (typeof this.lanes)[number]) {
    return lane.queue.length >= this.maxBatch || lane.bytes >= this.maxBatchBytes;
  }

  /** Forgets every message not acknowledged: the broker sends them again on the next connection. */
  private drop() {
    this.held = [];
    this.heldBytes = 0;
    for (const lane of this.lanes) {
      lane.queue = [];
      lane.bytes = 0;
    }
  }

  /** Starts a batch in every idle lane that has a full one, or, after the linger, any. */
  private schedule(now = false) {
    if (this.cooling) return;
    let waiting = false;
    for (const lane of this.lanes) {
      if (lane.running || lane.queue.length === 0) continue;
      if (now || this.full(lane)) lane.running = this.write(lane);
      else waiting = true;
    }
    if (waiting && !this.timer)
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.schedule(true);
      }, this.lingerMs);
  }

  private async write(lane: (typeof this.lanes)[number]): Promise<void> {
    let n = 0;
    let bytes = 0;
    while (
      n < lane.queue.length &&
      n < this.maxBatch &&
      (n === 0 || bytes + lane.queue[n]!.bytes <= this.maxBatchBytes)
    ) {
      bytes += lane.queue[n]!.bytes;
      n += 1;
    }
    const batch = lane.queue.splice(0, n);
    lane.bytes -= bytes;
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
      for (const held of batch) held.written = true;
      this.acknowledge();
    } catch (err) {
      // Nothing of the batch is acknowledged: a new connection makes the broker send it again.
      this.stats.failures += 1;
      this.opts.logger.error({ err }, 'iot consumer: batch failed; reconnecting for redelivery');
      this.drop();
      this.socket?.destroy();
      this.cooling = true;
      clearTimeout(this.coolTimer);
      this.coolTimer = setTimeout(() => {
        this.cooling = false;
        this.schedule();
      }, 500);
    } finally {
      lane.running = undefined;
      if (!this.stopped) this.schedule(lane.queue.length > 0 && !this.full(lane));
    }
  }

  /**
   * Acknowledges the committed messages at the head of the arrival order, stopping at the first
   * one still being written (PUBACKs in order, MQTT 3.1.1 §4.6). Only on the connection that
   * delivered them: after a reconnect the broker sends them again under new ids, and these ids
   * may already name other messages.
   */
  private acknowledge() {
    let n = 0;
    while (n < this.held.length && this.held[n]!.written) n += 1;
    if (n === 0) return;
    const done = this.held.splice(0, n);
    for (const held of done) this.heldBytes -= held.bytes;
    const socket = this.socket;
    for (const { packet, generation } of done)
      if (generation === this.generation && packet.qos === 1 && packet.messageId !== undefined)
        this.send(socket, { cmd: 'puback', messageId: packet.messageId });
    if (this.paused && !this.holding(2)) {
      this.paused = false;
      this.socket?.resume();
    }
  }

  /** Until no lane is writing. */
  private async idle() {
    for (;;) {
      const running = this.lanes.map((l) => l.running).filter((r) => r !== undefined);
      if (running.length === 0) return;
      await Promise.all(running);
    }
  }

  /** Writes what arrived, acknowledges it and disconnects; the session stays with the broker. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.idle();
    while (!this.cooling && this.lanes.some((l) => l.queue.length > 0)) {
      this.schedule(true);
      await this.idle();
    }
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.coolTimer);
    clearInterval(this.keepalive);
    const socket = this.socket;
    if (!socket || socket.destroyed) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.end(generate({ cmd: 'disconnect' }, PROTOCOL));
      setTimeout(() => socket.destroy(), 2000).unref();
    });
  }

  /** Drops the connection at once, committing and acknowledging nothing more (a crash, for tests). */
  kill(): void {
    this.stopped = true;
    this.generation += 1;
    clearTimeout(this.timer);
    clearTimeout(this.reconnectTimer);
    clearInterval(this.keepalive);
    clearTimeout(this.coolTimer);
    this.drop();
    this.socket?.destroy();
  }
}

const connackText: Record<number, string> = {
  1: 'unacceptable protocol version',
  2: 'identifier rejected',
  3: 'server unavailable',
  4: 'bad username or password',
  5: 'not authorized',
};
