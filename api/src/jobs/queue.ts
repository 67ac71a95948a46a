import type { EntityManager } from '@mikro-orm/postgresql';
import { runMigrations, Logger as WorkerLogger } from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import { maintenanceRepository } from '../modules/maintenance/maintenance.repository.js';
import { JOB_SCHEMA, jobsRepository } from './jobs.repository.js';

/**
 * The durable job queue: graphile-worker's tables in PostgreSQL. A job is added in the same
 * transaction as the change that needs it, so a committed dispatch always has its SLA timer and
 * a rolled-back one never does; pending jobs survive restarts because they are rows.
 */
export { JOB_SCHEMA } from './jobs.repository.js';

/** Task names; each has a handler in jobs/tasks.ts. */
export type JobTask = 'workOrder.slaCheck' | 'workOrder.followUp' | 'maintenance.generate';

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
 * migrations and the seed, and arms any maintenance plan that has no timer.
 */
export async function installJobQueue(ownerUrl: string, logger: Logger): Promise<void> {
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
    // Plans written outside the API (the demo seed, imports) get their timers; existing ones keep theirs.
    await maintenanceRepository.armUnscheduledPlans(pgPool, JOB_SCHEMA);
  } finally {
    await pgPool.end();
  }
}

/**
 * Adds (or, with the same key, moves) a job in the caller's transaction. `runAt` is a real
 * instant (see `realTimeOf`). A keyed job replaces the pending one: one timer per key.
 */
export async function scheduleJob(
  em: EntityManager,
  task: JobTask,
  payload: Record<string, unknown>,
  opts: { runAt: Date; key: string },
): Promise<void> {
  await jobsRepository.addJob(em, { task, payload, runAt: opts.runAt, key: opts.key });
}

/** Drops a keyed job that has not started (the plan was deleted, the order closed). */
export async function unscheduleJob(em: EntityManager, key: string): Promise<void> {
  await jobsRepository.removeJob(em, key);
}
