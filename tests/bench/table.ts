import type { Contender } from './scenarios.ts';

/** One line of the result table: one contender in one scenario, medians over the rounds. */
export type Row = {
  scenario: string;
  contender: Contender;
  rps: number;
  rounds: number[];
  p50: number;
  p99: number;
  failed: number;
  statements: number;
  /** Planner runs per request (pg_stat_statements `plans`); 0 when every plan is reused. */
  plans: number;
  /** PostgreSQL server CPU per request over the measured rounds, in ms. */
  dbCpuMs: number;
};

/** Ours (and a baseline build of ours) against PostGraphile, PostGraphile against ours. */
const peerOf = (c: Contender): Contender | undefined =>
  c === 'limit' ? undefined : c === 'postgraphile' ? 'ours' : 'postgraphile';

const ratio = (x: number, y: number | undefined) => (y ? `${(x / y).toFixed(2)}x` : '-');

/**
 * Prints the table as Markdown, so a run can be pasted into the README as is. The smoke test
 * parses it: keep one row per scenario and contender, and req/s in the third column.
 */
export function printTable(
  rows: Row[],
  run: {
    rounds: number;
    seconds: number;
    connections: number;
    pool: number;
    dataset: { parks: number; units: number; equipment: number };
  },
) {
  const find = (scenario: string, contender: Contender | undefined) =>
    rows.find((r) => r.scenario === scenario && r.contender === contender);
  const lines = [
    `${run.rounds} alternating rounds of ${run.seconds} s after a warm-up, ${run.connections} connections, ` +
      `pool ${run.pool}; ${run.dataset.parks} parks, ${run.dataset.units} units, ${run.dataset.equipment} equipment`,
    '',
    '| scenario | contender | req/s (median) | p50 ms | p99 ms | vs limit | vs peer | SQL/req | plans/req | PG CPU ms/req | req/s per round | failed |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.scenario} | ${r.contender} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ` +
        `${ratio(r.rps, find(r.scenario, 'limit')?.rps)} | ${ratio(r.rps, find(r.scenario, peerOf(r.contender))?.rps)} | ` +
        `${r.statements.toFixed(1)} | ${r.plans.toFixed(1)} | ${r.dbCpuMs.toFixed(2)} | ${r.rounds.map((x) => x.toFixed(0)).join(' ')} | ${r.failed} |`,
    );
  lines.push(
    '',
    'SQL/req: statements `park_app` ran per request (pg_stat_statements, BEGIN and COMMIT included); ' +
      'plans/req: how many of them PostgreSQL planned (not reusing a plan). PG CPU: user + system ' +
      'time of all PostgreSQL processes over the measured rounds, per answered request.',
  );
  const baselines = rows.filter((r) => r.contender.startsWith('ours@'));
  if (baselines.length) {
    lines.push('', '| scenario | ours / baseline | req/s | PG CPU ms/req |', '|---|---|--:|--:|');
    for (const b of baselines) {
      const now = find(b.scenario, 'ours');
      if (now)
        lines.push(
          `| ${b.scenario} | ours / ${b.contender} | ${ratio(now.rps, b.rps)} | ${b.dbCpuMs.toFixed(2)} → ${now.dbCpuMs.toFixed(2)} |`,
        );
    }
  }
  console.log(lines.join('\n'));
}
