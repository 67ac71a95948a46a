import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import { EmbeddedBroker } from './iot.broker.js';
import { TelemetryConsumer } from './iot.consumer.js';
import { Ingest, type SystemTransaction } from './iot.ingest.js';
import type { MqttSettings } from './iot.settings.js';
import type { TelemetryHandlers } from './iot.telemetry.js';

export type { MqttSettings };

export type IotRuntime = {
  broker: EmbeddedBroker | undefined;
  consumer: TelemetryConsumer;
  /** The URL devices and the consumer connect to. */
  url: string;
  stop(): Promise<void>;
};

/** A transaction as the system (row-level security sees a job: staff of every park). */
export function systemTransaction(services: Pick<AppServices, 'orm' | 'actorSession'>): SystemTransaction {
  return async <T>(fn: (em: EntityManager) => Promise<T>) => {
    const em = services.orm.em.fork() as EntityManager;
    await em.begin();
    try {
      await services.actorSession.beginJob(em);
      const result = await fn(em);
      await em.commit();
      return result;
    } catch (err) {
      await em.rollback().catch(() => undefined);
      throw err;
    }
  };
}

/**
 * Starts devices' side of the API: the embedded broker (unless `url` names an external one), then
 * the consumer that writes telemetry through the handlers the features registered.
 */
export async function startIot(
  services: AppServices,
  settings: MqttSettings,
  handlers: TelemetryHandlers,
  tuning: { maxBatch?: number; maxBatchBytes?: number; lingerMs?: number } = {},
): Promise<IotRuntime> {
  const transaction = systemTransaction(services);
  const password = settings.servicePassword ?? randomBytes(24).toString('base64url');
  const broker = settings.url
    ? undefined
    : await EmbeddedBroker.start({
        host: settings.host,
        port: settings.port,
        dataDir: settings.dataDir,
        service: { username: settings.serviceUsername, password },
        rate: settings.rate,
        transaction,
        clock: services.clock,
        logger: services.logger,
      });
  const url =
    settings.url ??
    `mqtt://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${broker!.port}`;
  let consumer: TelemetryConsumer;
  try {
    consumer = await TelemetryConsumer.start({
      url,
      username: settings.serviceUsername,
      password,
      ingest: new Ingest(transaction, handlers, services.clock, services.logger),
      logger: services.logger,
      ...tuning,
    });
  } catch (err) {
    await broker?.close();
    throw err;
  }
  return {
    broker,
    consumer,
    url,
    async stop() {
      await consumer.stop();
      await broker?.close();
    },
  };
}

/** The embedded broker's folder under the data folder. */
export const brokerDataDir = (dataDir: string) => join(dataDir, 'mqtt');

/** The embedded broker's store is held by another process (LevelDB's lock on `DATA_DIR/mqtt`). */
export function brokerStoreLocked(err: unknown): boolean {
  return (err as { cause?: { code?: unknown } } | null)?.cause?.code === 'LEVEL_LOCKED';
}
