import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { APP_ROLE } from '../db/app-role.js';
import { query } from '../db/sql.js';

/** graphile-worker's schema: its tables and the `add_job`/`remove_job` functions. */
export const JOB_SCHEMA = 'graphile_worker';

/**
 * The job queue's SQL (STYLE rule 15). The queue is infrastructure, not a feature: its tables
 * belong to graphile-worker and no feature reads them, so its statements live beside the queue
 * (`jobs/`), not in a module. Adding and removing jobs run in the caller's transaction, often a
 * request's, as prepared statements with bind parameters like any repository read; the grants
 * and policies run as the owner when the queue is installed, and are DDL, which takes no
 * parameters (the names are constants).
 */
export const jobsRepository = {
  /** Adds (or, with the same key, moves) a job in `em`'s transaction. */
  async addJob(
    em: EntityManager,
    job: { task: string; payload: unknown; runAt: Date; key: string; maxAttempts?: number },
  ): Promise<void> {
    await query(
      em,
      `select 1 from ${JOB_SCHEMA}.add_job(?::text, ?::json, run_at => ?::timestamptz, job_key => ?::text, max_attempts => ?::int)`,
      [job.task, JSON.stringify(job.payload), job.runAt.toISOString(), job.key, job.maxAttempts ?? 10],
    );
  },

  /** Drops a keyed job that has not started. */
  async removeJob(em: EntityManager, key: string): Promise<void> {
    await query(em, `select 1 from ${JOB_SCHEMA}.remove_job(?::text)`, [key]);
  },

  /** Lets the application role use the queue's schema, tables, sequences and functions (as the owner). */
  async grantToApp(owner: pg.Pool): Promise<void> {
    await owner.query(`grant usage on schema ${JOB_SCHEMA} to ${APP_ROLE};
      grant select, insert, update, delete on all tables in schema ${JOB_SCHEMA} to ${APP_ROLE};
      grant usage, select, update on all sequences in schema ${JOB_SCHEMA} to ${APP_ROLE};
      grant execute on all functions in schema ${JOB_SCHEMA} to ${APP_ROLE};`);
  },

  /**
   * The queue's tables keep row-level security on against other roles; the application role
   * gets a policy that lets it use them (as the owner).
   */
  async openRowSecurityToApp(owner: pg.Pool): Promise<void> {
    const { rows } = await owner.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = $1 and c.relkind = 'r' and c.relrowsecurity`,
      [JOB_SCHEMA],
    );
    for (const { name } of rows)
      await owner.query(`drop policy if exists app_role_queue on ${JOB_SCHEMA}."${name}";
        create policy app_role_queue on ${JOB_SCHEMA}."${name}" for all to ${APP_ROLE} using (true) with check (true);`);
  },
};
