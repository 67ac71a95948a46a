import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer, type Server, type Socket } from 'node:net';
import { Aedes, type AuthenticateError, type Client } from 'aedes';
import persistenceLevel from 'aedes-persistence-level';
import { ClassicLevel } from 'classic-level';
import type { Logger } from 'pino';
import { isUuid } from '../../graphql/validate.js';
import type { Clock } from '../../kernel/clock.js';
import { DeviceStatus, RejectionReason } from './iot.enums.js';
import type { SystemTransaction } from './iot.ingest.js';
import { type DeviceTopics, deviceTopics } from './iot.protocol.js';
import { type DeviceRecord, iotRepository, type Rejection } from './iot.repository.js';
import { verifyDeviceSecret } from './iot.secret.js';

export type BrokerOptions = {
  host: string;
  port: number;
  /** Folder of its LevelDB store (sessions, queued messages), so a restart loses nothing. */
  dataDir: string;
  /** The product's own consumer: username (= its client id) and password. */
  service: { username: string; password: string };
  /** Per device: messages per second on average, and the burst allowed above it. */
  rate: { perSecond: number; burst: number };
  transaction: SystemTransaction;
  clock: Clock;
  logger: Logger;
};

type Session =
  | { role: 'service' }
  | { role: 'device'; device: DeviceRecord; topics: DeviceTopics; tokens: number; refilledAt: number };

const authError = (message: string, returnCode: 2 | 4 | 5): AuthenticateError =>
  Object.assign(new Error(message), { returnCode });

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

type EnqueuePersistence = {
  outgoingEnqueueCombi(
    subs: unknown[],
    packet: unknown,
    cb?: (err: Error | null, p?: unknown) => void,
  ): unknown;
};

/**
 * The persistence with its queuing of a published message for the persistent sessions
 * (`outgoingEnqueueCombi`) completing in the order the messages were published.
 *
 * Why: aedes numbers each published message (`brokerCounter`) and, before writing it to a
 * subscriber, drops any message whose number is not above the last one that subscriber got
 * (`dedupe` in aedes' `lib/client.js`, meant for overlapping subscriptions). A QoS 1 message
 * reaches the subscribers only after it is queued in the store, and LevelDB writes of messages
 * published at the same time finish in any order; a message overtaken by a later one is then
 * dropped as a "duplicate" and stays in the store until the consumer's next connection (aedes
 * issue #955, "Not all messages are consumed when dedupe is enabled", open). Measured before
 * this: of 20,000 messages from 20 devices, all acknowledged to the devices, 205 did not reach the
 * consumer until it reconnected. Writes still run concurrently; only their completions are
 * released in publishing order.
 */
function inPublishOrder<P>(persistence: P): P {
  const p = persistence as P & EnqueuePersistence;
  const enqueue = p.outgoingEnqueueCombi.bind(p);
  let last: Promise<unknown> = Promise.resolve();
  p.outgoingEnqueueCombi = (subs, packet, cb) => {
    const written = Promise.resolve(enqueue(subs, packet));
    const ordered = last.then(
      () => written,
      () => written,
    );
    last = ordered.catch(() => undefined);
    if (!cb) return ordered;
    ordered.then(
      () => cb(null, packet),
      (err: Error) => cb(err),
    );
    return undefined;
  };
  return p;
}

/**
 * The MQTT broker that runs inside the API when no `MQTT_URL` is configured (aedes 1.x over TCP),
 * with its sessions and queues in a LevelDB folder. Who may do what:
 * - the product's consumer (the service credential) subscribes to telemetry and may publish
 *   commands under `park/`;
 * - a device authenticates as `username = its id`, `password = its secret`, with its id as client
 *   id; it publishes only to its own telemetry topic, not retained, within its rate, and
 *   subscribes only to its own command topic. Anything else is refused and counted against it:
 *   a refused PUBLISH closes the connection (MQTT 3.1.1 has no negative PUBACK; the message is
 *   not acknowledged), a refused SUBSCRIBE is answered 0x80.
 */
export class EmbeddedBroker {
  private readonly sessions = new WeakMap<Client, Session>();
  private readonly sockets = new Set<Socket>();
  private refused: Rejection[] = [];
  private flushTimer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  port = 0;

  private constructor(
    private readonly opts: BrokerOptions,
    private readonly aedes: Aedes,
    private readonly db: ClassicLevel,
    private readonly server: Server,
  ) {}

  static async start(opts: BrokerOptions): Promise<EmbeddedBroker> {
    const db = new ClassicLevel(opts.dataDir);
    await db.open();
    let broker: EmbeddedBroker | undefined;
    const aedes = await Aedes.createBroker({
      id: 'park-embedded',
      persistence: inPublishOrder(persistenceLevel(db)),
      authenticate: (client, username, password, done) =>
        void broker!.authenticate(client, username, password).then(
          () => done(null, true),
          (err: AuthenticateError) => done(err, false),
        ),
      authorizePublish: (client, packet, done) => done(broker!.authorizePublish(client, packet)),
      authorizeSubscribe: (client, sub, done) =>
        done(null, broker!.authorizeSubscribe(client, sub.topic) ? sub : null),
    });
    const server = createServer((socket) => {
      broker!.sockets.add(socket);
      socket.once('close', () => broker!.sockets.delete(socket));
      aedes.handle(socket);
    });
    broker = new EmbeddedBroker(opts, aedes, db, server);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port, opts.host, () => resolve());
      });
    } catch (err) {
      await new Promise<void>((r) => aedes.close(() => r()));
      await db.close();
      throw err;
    }
    broker.port = (server.address() as AddressInfo).port;
    broker.flushTimer = setInterval(() => void broker!.flushRefusals(), 1000);
    return broker;
  }

  private refuse(session: Session | undefined, reason: RejectionReason, detail: string) {
    if (session?.role !== 'device') return;
    this.refused.push({
      parkId: session.device.parkId,
      deviceCode: session.device.code,
      deviceId: session.device.id,
      reason,
      at: this.opts.clock.now(),
      lastDetail: detail.slice(0, 200),
    });
  }

  private async authenticate(client: Client, username: string | undefined, password: Buffer | undefined) {
    const secret = password?.toString('utf8') ?? '';
    if (!username) throw authError('username required', 4);
    // The client id is the username, so no one can take over another's session.
    if (client.id !== username) throw authError('client id must be the username', 2);
    if (username === this.opts.service.username) {
      if (!sameSecret(secret, this.opts.service.password)) throw authError('bad credentials', 4);
      this.sessions.set(client, { role: 'service' });
      return;
    }
    const found = isUuid(username)
      ? await this.opts.transaction((em) => iotRepository.credentialOf(em, username))
      : undefined;
    if (!found) throw authError('bad credentials', 4);
    const { secretHash, ...device } = found;
    const session: Session = {
      role: 'device',
      device,
      topics: deviceTopics(device.parkCode, device.kind, device.code),
      tokens: this.opts.rate.burst,
      refilledAt: performance.now(),
    };
    if (device.status !== DeviceStatus.ACTIVE || !(await verifyDeviceSecret(secretHash, secret))) {
      this.refuse(
        session,
        RejectionReason.BAD_CREDENTIALS,
        device.status !== DeviceStatus.ACTIVE ? 'device disabled' : 'wrong secret',
      );
      throw authError('bad credentials', 4);
    }
    this.sessions.set(client, session);
  }

  private authorizePublish(client: Client | null, packet: { topic: string; retain: boolean }): Error | null {
    if (!client) return null; // the broker's own ($SYS heartbeats)
    const session = this.sessions.get(client);
    if (session?.role === 'service')
      return packet.topic.startsWith('park/') ? null : new Error('service publishes under park/ only');
    if (!session) return new Error('not authenticated');
    if (packet.topic !== session.topics.telemetry) {
      this.refuse(session, RejectionReason.FORBIDDEN_TOPIC, `publish to ${packet.topic}`);
      return new Error('not this device topic');
    }
    if (packet.retain) {
      this.refuse(session, RejectionReason.RETAINED, 'retained message on a data topic');
      return new Error('no retained messages on data topics');
    }
    const now = performance.now();
    const { perSecond, burst } = this.opts.rate;
    session.tokens = Math.min(burst, session.tokens + ((now - session.refilledAt) / 1000) * perSecond);
    session.refilledAt = now;
    if (session.tokens < 1) {
      this.refuse(session, RejectionReason.RATE_LIMITED, `over ${perSecond} messages/s`);
      return new Error('rate limited');
    }
    session.tokens -= 1;
    return null;
  }

  private authorizeSubscribe(client: Client, topic: string): boolean {
    const session = this.sessions.get(client);
    if (session?.role === 'service') return topic.startsWith('park/');
    if (session?.role === 'device' && topic === session.topics.command) return true;
    this.refuse(session, RejectionReason.FORBIDDEN_TOPIC, `subscribe to ${topic}`);
    return false;
  }

  /** Writes the refusals counted since the last call. */
  flushRefusals(): Promise<void> {
    // One write at a time, in order: a caller waits for the one under way and then its own.
    this.flushing = this.flushing.then(async () => {
      if (this.refused.length === 0) return;
      const batch = this.refused;
      this.refused = [];
      try {
        await this.opts.transaction((em) => iotRepository.countRejections(em, batch));
      } catch (err) {
        this.opts.logger.warn({ err }, 'iot broker: could not count refused messages');
      }
    });
    return this.flushing;
  }

  /** Stops taking connections, closes the clients (their sessions stay in the store), counts the refused. */
  async close(): Promise<void> {
    clearInterval(this.flushTimer);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await new Promise<void>((resolve) => this.aedes.close(() => resolve()));
    await this.flushRefusals();
    await this.db.close();
  }

  /**
   * A crash, for tests: every connection is cut at once and nothing in memory is kept; what the
   * store had written survives for the next start on the same folder.
   */
  async kill(): Promise<void> {
    clearInterval(this.flushTimer);
    this.server.close();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.aedes.close(() => resolve()));
    await this.db.close();
  }
}
