import type { EntityManager } from '@mikro-orm/postgresql';
import { runMigrations, Logger as WorkerLogger } from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import type { JobPayload, JobTask } from '../modules/index.js';
import { JOB_SCHEMA, jobsRepository } from './jobs.repository.js';

/**
 * The durable job queue: graphile-worker's tables in PostgreSQL. A job is added in the same
 * transaction as the change that needs it, so a committed dispatch always has its SLA timer and
 * a rolled-back one never does; pending jobs survive restarts because they are rows.
 */
export { JOB_SCHEMA } from './jobs.repository.js';

/** Task names: the `tasks` of the features' manifests (`modules/index.ts`). */
export type { JobTask };

/** Runs as the owner once the queue is installed, at every boot; see `FeatureModule.onQueueReady`. */
export type QueueReadyHook = (owner: pg.Pool, jobSchema: string) => Promise<void>;

/** graphile-worker logs through the API's pino logger. */
export function workerLogger(logger: Logger): WorkerLogger {
  const child = logger.child({ component: 'jobs' });
  return new WorkerLogger(() => (level, message, meta) => {
    const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
    child[method](meta ?? {}, message);
  });
}

/**
 * Installs or upgrades the queue's schema as the owner, then lets the application role use it:
 * the API adds jobs inside its own transactions and the worker runs as that role too. Runs after
 * migrations and the seed; then each feature's `onQueueReady` arms the timers of rows written
 * outside the API (the demo seed, imports).
 */
export async function installJobQueue(
  ownerUrl: string,
  logger: Logger,
  onQueueReady: readonly QueueReadyHook[] = [],
): Promise<void> {
  const pgPool = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  pgPool.on('error', (err) => logger.warn({ err }, 'job queue set-up connection lost'));
  pgPool.on('connect', (client) =>
    client.on('error', (err) => logger.warn({ err }, 'job queue client error')),
  );
  try {
    await runMigrations({ pgPool, logger: workerLogger(logger) });
    await jobsRepository.grantToApp(pgPool);
    // The queue's tables keep row-level security on against other roles; the API's role may use them.
    await jobsRepository.openRowSecurityToApp(pgPool);
    for (const hook of onQueueReady) await hook(pgPool, JOB_SCHEMA);
  } finally {
    await pgPool.end();
  }
}

/**
 * Adds (or, with the same key, moves) a job in the caller's transaction. `runAt` is a real
 * instant (see `realTimeOf`). A keyed job replaces the pending one: one timer per key.
 */
export async function scheduleJob<K extends JobTask>(
  em: EntityManager,
  task: K,
  payload: JobPayload<K>,
  opts: {
    runAt: Date;
    key: string /** Tries before it is left failed (default 10; backoff e^n s). */;
    maxAttempts?: number;
  },
): Promise<void> {
  await jobsRepository.addJob(em, { task, payload, ...opts });
}

/** Drops a keyed job that has not started (the plan was deleted, the order closed). */
export async function unscheduleJob(em: EntityManager, key: string): Promise<void> {
  await jobsRepository.removeJob(em, key);
}
