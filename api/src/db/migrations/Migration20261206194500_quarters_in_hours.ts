import { Migration } from '@mikro-orm/migrations';

const QUARTERS = ['q1', 'q2', 'q3', 'q4'];
const ESTIMATED = ['e1', 'e2', 'e3', 'e4'];
const COLUMNS = [...QUARTERS, ...ESTIMATED];

/**
 * The 15-minute grain moves into the hour rows (issue 18's ingest throughput). A reading of a
 * meter that reports every quarter wrote four rollup rows, and its quarter row was always a new
 * one: an insert into the heap and the primary key for every reading. Now an hour row carries its
 * four quarters (`q1`…`q4`, and the part of each interpolated over a gap, `e1`…`e4`), so a
 * reading writes three rows and the quarter costs four columns of a row that is written anyway.
 * They hold thousandths as integers (`bigint`): the ingest adds to them without the numeric
 * arithmetic of `amount`; the view gives them in the unit, as `amount` is.
 * Quarters are no longer pruned: they cost no rows, so they stay as long as their hour.
 *
 * Null quarters are unknown: the hours before this migration whose quarters had already been
 * pruned. The view `meter_rollup_quarter` reads the known quarters as rows again, as the
 * `QUARTER` grain's rows were (zeros left out), under the row-level security of `meter_rollup`.
 * By hand: `meter_rollup` is not mapped by an entity.
 */
export class Migration20261206194500_quarters_in_hours extends Migration {
  override name = 'Migration20261206194500_quarters_in_hours';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "meter_rollup" ${COLUMNS.map((c) => `add column "${c}" bigint null`).join(', ')};`,
    );
    // Hours from the oldest kept quarter on start at zero; older ones stay unknown.
    this.addSql(`update "meter_rollup" set ${COLUMNS.map((c) => `"${c}" = 0`).join(', ')}
      where "grain" = 'HOUR' and "bucket" >= (select date_bin('1 hour', min("bucket"), timestamptz 'epoch')
                                                 from "meter_rollup" where "grain" = 'QUARTER');`);
    const sums = (column: string) =>
      QUARTERS.map(
        (_, i) =>
          `coalesce(sum(("${column}" * 1000)::bigint) filter (where extract(epoch from "bucket" - date_bin('1 hour', "bucket", timestamptz 'epoch')) = ${i * 900}), 0) as "${column === 'amount' ? QUARTERS[i] : ESTIMATED[i]}"`,
      ).join(', ');
    this.addSql(`insert into "meter_rollup" as h ("meter_id", "park_id", "grain", "bucket", "amount", "estimated", ${COLUMNS.map((c) => `"${c}"`).join(', ')})
      select "meter_id", (array_agg("park_id"))[1], 'HOUR', date_bin('1 hour', "bucket", timestamptz 'epoch'), 0, 0,
             ${sums('amount')}, ${sums('estimated')}
        from "meter_rollup" where "grain" = 'QUARTER'
       group by "meter_id", date_bin('1 hour', "bucket", timestamptz 'epoch')
      on conflict ("meter_id", "grain", "bucket") do update
        set ${COLUMNS.map((c) => `"${c}" = coalesce(h."${c}", 0) + excluded."${c}"`).join(', ')};`);
    this.addSql(`delete from "meter_rollup" where "grain" = 'QUARTER';`);
    this.addSql(`alter table "meter_rollup" drop constraint "meter_rollup_grain_check";`);
    this.addSql(
      `alter table "meter_rollup" add constraint "meter_rollup_grain_check" check ("grain" in ('HOUR', 'DAY', 'MONTH'));`,
    );
    this.addSql(`create view "meter_rollup_quarter" with (security_invoker = true) as
      select r."meter_id", r."park_id", r."bucket" as "hour", r."bucket" + q.i * interval '15 minutes' as "bucket",
             (q."amount" / 1000.0)::numeric(18,3) as "amount", (q."estimated" / 1000.0)::numeric(18,3) as "estimated"
        from "meter_rollup" r
        cross join lateral (values (0, r."q1", r."e1"), (1, r."q2", r."e2"), (2, r."q3", r."e3"), (3, r."q4", r."e4"))
             q(i, "amount", "estimated")
       where r."grain" = 'HOUR' and q."amount" is not null and (q."amount" <> 0 or q."estimated" <> 0);`);
    this.addSql(
      `comment on view "meter_rollup_quarter" is 'The 15-minute rollups: each hour row''s known quarters, zeros left out. Filter on "hour" to use the primary key.';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "meter_rollup" drop constraint "meter_rollup_grain_check";`);
    this.addSql(
      `alter table "meter_rollup" add constraint "meter_rollup_grain_check" check ("grain" in ('QUARTER', 'HOUR', 'DAY', 'MONTH'));`,
    );
    this.addSql(`insert into "meter_rollup" ("meter_id", "park_id", "grain", "bucket", "amount", "estimated")
      select "meter_id", "park_id", 'QUARTER', "bucket", "amount", "estimated" from "meter_rollup_quarter";`);
    this.addSql(`drop view "meter_rollup_quarter";`);
    this.addSql(`alter table "meter_rollup" ${COLUMNS.map((c) => `drop column "${c}"`).join(', ')};`);
  }
}
