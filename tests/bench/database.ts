import { readdir, readFile } from 'node:fs/promises';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../api/dist/db/embedded-postgres.js';
import { type DatasetSize, generateDataset } from './dataset.ts';
import { prepareBenchDatabase, startTempPostgres } from './harness.ts';

type Logger = Parameters<typeof startEmbeddedPostgres>[0]['logger'];

export type BenchDatabase = {
  ownerUrl: string;
  /** The API's role: `park_app`, owns nothing, subject to row-level security. */
  appUrl: string;
  rows: { parks: number; units: number; equipment: number };
  /** SQL statements `park_app` ran while `fn` ran (pg_stat_statements; BEGIN and COMMIT count). */
  countStatements(
    fn: () => Promise<unknown>,
  ): Promise<{ total: number; plans: number; queries: { query: string; calls: number; plans: number }[] }>;
  /** CPU seconds the PostgreSQL server's processes have used so far (postmaster and backends). */
  cpuSeconds(): Promise<number>;
  stop(): Promise<void>;
};

/**
 * A fresh embedded PostgreSQL with `pg_stat_statements` preloaded (which takes a restart), the
 * API's migrations, roles and demo seed, and the benchmark dataset on top.
 */
export async function startBenchDatabase(size: DatasetSize, logger: Logger): Promise<BenchDatabase> {
  const first = await startTempPostgres(logger);
  const admin = new pg.Client({ connectionString: first.server.urlFor('postgres') });
  await admin.connect();
  await admin.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`);
  await admin.query(`alter system set pg_stat_statements.track = 'top'`);
  // Plans next to calls: a statement whose plan is reused counts calls without plans.
  await admin.query(`alter system set pg_stat_statements.track_planning = on`);
  await admin.end();
  await first.server.stop();

  // The same folder again, now with the library loaded.
  const db = await startTempPostgres(logger, first.dataDir);
  const { ownerUrl, appUrl } = await prepareBenchDatabase(db.server, logger);
  const rows = await generateDataset(ownerUrl, size);
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  await owner.query('create extension if not exists pg_stat_statements');
  const appRole = decodeURIComponent(new URL(appUrl).username);
  // The postmaster is the parent of every backend, this one included.
  const backend = (await owner.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
  const postmaster = Number(statFields(await readFile(`/proc/${backend}/stat`, 'utf8'))[1]);

  return {
    ownerUrl,
    appUrl,
    rows,
    async countStatements(fn) {
      // Requests still queued from the last round of load finish first.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await owner.query('select pg_stat_statements_reset()');
      await fn();
      // Statistics are written when a statement ends; a COMMIT may land just after the response.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { rows } = await owner.query<{ query: string; calls: string; plans: string }>(
        `select query, calls, plans from pg_stat_statements s join pg_roles r on r.oid = s.userid
         where r.rolname = $1 and s.dbid = (select oid from pg_database where datname = current_database())
         order by calls desc, query`,
        [appRole],
      );
      const queries = rows.map((r) => ({ query: r.query, calls: Number(r.calls), plans: Number(r.plans) }));
      return {
        total: queries.reduce((sum, q) => sum + q.calls, 0),
        plans: queries.reduce((sum, q) => sum + q.plans, 0),
        queries,
      };
    },
    cpuSeconds: () => serverCpuSeconds(postmaster),
    async stop() {
      await owner.end();
      await db.stop();
    },
  };
}

/** Fields after "pid (comm)" of /proc/<pid>/stat: state, ppid, … utime, stime, cutime, cstime at 11–14. */
const statFields = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

/** Clock ticks per second of /proc/<pid>/stat times (`getconf CLK_TCK`: 100 on Linux). */
const TICKS = 100;

/**
 * CPU (user + system) of the postmaster and all its children, living or ended, from /proc: each
 * process's utime and stime, plus the postmaster's cutime and cstime for children already gone.
 */
async function serverCpuSeconds(postmaster: number): Promise<number> {
  let ticks = 0;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
    if (!stat) continue;
    const fields = statFields(stat);
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    if (pid !== postmaster && ppid !== postmaster) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
    if (pid === postmaster) ticks += Number(fields[13]) + Number(fields[14]);
  }
  return ticks / TICKS;
}
