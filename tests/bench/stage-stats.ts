import type pg from 'pg';

/**
 * Runs one bench stage and answers the CPU it took: this process's and the PostgreSQL server's.
 * With a `label`, it also logs where the server's time went (`pg_stat_statements`, server time,
 * not round trips), the WAL written and its full-page images (a checkpoint inside the stage makes
 * them), and the updates of the ingest's hot tables that stayed on their page (HOT: no index
 * entries, what fillfactor buys).
 */
export async function measureStage(
  owner: pg.Client,
  opts: { cpuSeconds(): Promise<number>; log(msg: string): void },
  fn: () => Promise<void>,
  label?: string,
): Promise<string> {
  const tuples = async () =>
    new Map(
      (
        await owner.query<{ relname: string; upd: string; hot: string }>(
          `select relname, n_tup_upd upd, n_tup_hot_upd hot from pg_stat_user_tables
            where relname in ('meter', 'meter_rollup')`,
        )
      ).rows.map((r) => [r.relname, { upd: Number(r.upd), hot: Number(r.hot) }]),
    );
  const wal = async () =>
    (
      await owner.query<{ fpi: string; bytes: string }>(
        'select wal_fpi fpi, wal_bytes bytes from pg_stat_wal',
      )
    ).rows[0]!;
  if (label) await owner.query('select pg_stat_statements_reset()');
  const before = label ? await tuples() : undefined;
  const wal0 = label ? await wal() : undefined;
  const pg0 = await opts.cpuSeconds();
  const node0 = process.cpuUsage();
  await fn();
  const node = process.cpuUsage(node0);
  if (label) {
    const top = await owner.query<{ query: string; calls: string; ms: number; rows: string }>(
      `select query, calls, total_exec_time ms, rows from pg_stat_statements
        where query not ilike '%pg_stat_statements%' order by total_exec_time desc limit 8`,
    );
    // Backends report their table counts when idle, at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const wal1 = await wal();
    opts.log(
      `${label}: WAL ${((Number(wal1.bytes) - Number(wal0!.bytes)) / 1e6).toFixed(0)} MB, ${Number(wal1.fpi) - Number(wal0!.fpi)} full-page images`,
    );
    for (const [table, after] of await tuples()) {
      const was = before!.get(table) ?? { upd: 0, hot: 0 };
      opts.log(`${label}: ${table} ${after.upd - was.upd} updates, ${after.hot - was.hot} HOT`);
    }
    for (const q of top.rows)
      opts.log(
        `${label}: ${q.ms.toFixed(0)} ms in ${q.calls} calls, ${q.rows} rows: ${q.query.replace(/\s+/g, ' ').slice(0, 110)}`,
      );
  }
  return `node CPU ${((node.user + node.system) / 1e6).toFixed(1)} s, PG CPU ${((await opts.cpuSeconds()) - pg0).toFixed(1)} s`;
}
