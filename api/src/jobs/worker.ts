import { parseCronItems, run, type Task, type TaskList } from 'graphile-worker';
import pg from 'pg';
import { type AppServices, RequestContext } from '../graphql/context.js';
import type { JobTask } from './queue.js';
import { workerLogger } from './queue.js';
import { JOB_SCHEDULES } from './tasks.js';

/** What a task does, inside its own transaction as the job actor. Throwing retries it later. */
export type JobHandler = (ctx: RequestContext, payload: Record<string, unknown>) => Promise<void>;

export type JobWorker = { stop(): Promise<void> };

/**
 * Runs the queue's due jobs in this process. Each job gets a fresh request context: one
 * transaction (committed when the handler returns, rolled back when it throws), its audit entry,
 * and its events published after commit, exactly like a mutation.
 */
export async function startJobWorker(opts: {
  services: AppServices;
  connectionString: string;
  handlers: Record<JobTask, JobHandler>;
  /** Recurring jobs, task → cron pattern (default: the features' `recurring` schedules). */
  schedules?: readonly { task: string; match: string }[];
  concurrency?: number;
  pollIntervalMs?: number;
}): Promise<JobWorker> {
  const { services } = opts;
  const concurrency = opts.concurrency ?? 2;
  const pgPool = new pg.Pool({ connectionString: opts.connectionString, max: concurrency + 2 });
  pgPool.on('error', (err) => services.logger.warn({ err }, 'job queue connection lost'));
  pgPool.on('connect', (client) =>
    client.on('error', (err) => services.logger.warn({ err }, 'job queue client error')),
  );
  const task =
    (name: string, handler: JobHandler): Task =>
    async (payload, helpers) => {
      const ctx = new RequestContext(services, { ip: null }, `job-${helpers.job.id}`);
      const args = (payload ?? {}) as Record<string, unknown>;
      await ctx.openAsJob(name, args);
      try {
        await handler(ctx, args);
      } catch (err) {
        await ctx.abort();
        throw err;
      }
      await ctx.close([]);
    };
  const taskList: TaskList = Object.fromEntries(
    Object.entries(opts.handlers).map(([name, handler]) => [name, task(name, handler)]),
  );
  const runner = await run({
    pgPool,
    taskList,
    // Each slot runs once however many processes run the worker (graphile-worker's known_crontabs).
    parsedCronItems: parseCronItems(
      (opts.schedules ?? JOB_SCHEDULES).map((s) => ({ ...s, identifier: s.task })),
    ),
    concurrency,
    noHandleSignals: true,
    pollInterval: opts.pollIntervalMs ?? 2000,
    logger: workerLogger(services.logger),
  });
  return {
    async stop() {
      await runner.stop();
      await pgPool.end();
    },
  };
}
