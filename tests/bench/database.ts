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
  ): Promise<{ total: number; queries: { query: string; calls: number }[] }>;
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
      const { rows } = await owner.query<{ query: string; calls: string }>(
        `select query, calls from pg_stat_statements s join pg_roles r on r.oid = s.userid
         where r.rolname = $1 and s.dbid = (select oid from pg_database where datname = current_database())
         order by calls desc, query`,
        [appRole],
      );
      const queries = rows.map((r) => ({ query: r.query, calls: Number(r.calls) }));
      return { total: queries.reduce((sum, q) => sum + q.calls, 0), queries };
    },
    async stop() {
      await owner.end();
      await db.stop();
    },
  };
}
