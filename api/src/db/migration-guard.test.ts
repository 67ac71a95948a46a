import { describe, expect, it } from 'vitest';
import { describeFinding, findRemovedProtection, type MigrationSql } from './migration-guard.js';
import { readMigrationSql } from './migration-sql.js';

/** What the guard reports for migrations given as lists of addSql strings, in order. */
const removes = (...migrations: string[][]) =>
  findRemovedProtection(migrations.map((sql, k) => ({ name: `m${k + 1}`, sql }))).map((f) => f.removes);

describe('migration guard over the committed migrations', () => {
  it('finds nothing removed', async () => {
    const committed = await readMigrationSql();
    expect(committed.length).toBeGreaterThan(5);
    expect(findRemovedProtection(committed)).toEqual([]);
  });

  it('knows what they set up: a later drop is reported with everything that goes with it', async () => {
    const committed = await readMigrationSql();
    const later = (sql: string): MigrationSql[] => [...committed, { name: 'later', sql: [sql] }];
    expect(findRemovedProtection(later('drop policy park_read on park'))).toEqual([
      { migration: 'later', removes: 'policy park_read on park', statement: 'drop policy park_read on park' },
    ]);
    const cascade = findRemovedProtection(later('drop function app_park_visible(uuid) cascade')).map(
      (f) => f.removes,
    );
    expect(cascade).toEqual(
      expect.arrayContaining([
        'function app_park_visible',
        'policy park_read on park',
        'policy building_read on building',
        'policy notification_send on notification',
      ]),
    );
    // Removing an entity drops its table; its policies go with it, policies that read it do not.
    expect(findRemovedProtection(later('drop table if exists "maintenance_plan" cascade;'))).toEqual([]);
    expect(
      findRemovedProtection(later('drop table if exists "work_order" cascade;')).map((f) => f.removes),
    ).toEqual([
      'policy work_order_event_access on work_order_event',
      'policy work_order_sla_alert_access on work_order_sla_alert',
      'policy attachment_access on attachment',
      'policy work_order_comment_access on work_order_comment',
    ]);
  });
});

describe('migration guard on synthetic migrations', () => {
  it('reports a dropped policy however it is spelled, until the same policy is created again', () => {
    expect(removes(['drop policy park_read on park'])).toEqual(['policy park_read on park']);
    expect(removes(['DROP POLICY IF EXISTS "park_read" ON public."park";'])).toEqual([
      'policy park_read on park',
    ]);
    expect(removes(['drop\n  policy\n\tif exists park_read\n    on\n  PARK\n  ;'])).toEqual([
      'policy park_read on park',
    ]);
    expect(removes(['drop policy "Park Read" on "Park"'])).toEqual(['policy "Park Read" on "Park"']);
    expect(
      removes(['drop policy park_read on park'], ['create policy "park_read" on public.park using (true)']),
    ).toEqual([]);
    // Quoted names keep their case; another table's policy of that name restores nothing.
    expect(
      removes(['drop policy park_read on park', 'create policy "Park_Read" on park using (true)']),
    ).toEqual(['policy park_read on park']);
    expect(
      removes(['drop policy park_read on park', 'create policy park_read on building using (true)']),
    ).toEqual(['policy park_read on park']);
    // Re-created first, dropped after: still gone.
    expect(removes(['create policy p on t using (true)'], ['drop policy p on t'])).toEqual(['policy p on t']);
  });

  it('reports a dropped or disabled trigger until it is created or enabled again', () => {
    expect(removes(['drop trigger if exists "audit_log_chain" on "audit_log" cascade'])).toEqual([
      'trigger audit_log_chain on audit_log',
    ]);
    expect(
      removes(
        ['drop trigger audit_log_chain on audit_log'],
        [
          'create or replace trigger audit_log_chain before insert on audit_log for each row execute function f()',
        ],
      ),
    ).toEqual([]);
    expect(
      removes([
        'drop trigger t on x',
        'create constraint trigger t after insert or update of a, b on public.x for each row execute function f()',
      ]),
    ).toEqual([]);
    expect(removes(['alter table audit_log disable trigger audit_log_chain'])).toEqual([
      'enabled trigger audit_log_chain on audit_log',
    ]);
    expect(removes(['alter table audit_log enable replica trigger audit_log_chain'])).toEqual([
      'enabled trigger audit_log_chain on audit_log',
    ]);
    expect(
      removes(['alter table audit_log disable trigger all', 'alter table audit_log enable trigger all']),
    ).toEqual([]);
    expect(
      removes([
        'alter table audit_log disable trigger "audit_log_chain"',
        'alter table audit_log enable trigger all',
      ]),
    ).toEqual([]);
  });

  it('reports row-level security switched off or unforced until switched back', () => {
    expect(removes(['alter table "park" disable row level security'])).toEqual([
      'row level security on park',
    ]);
    expect(removes(['ALTER TABLE IF EXISTS ONLY public.park NO FORCE ROW LEVEL SECURITY'])).toEqual([
      'forced row level security on park',
    ]);
    expect(
      removes([
        'alter table "unit" no force row level security; alter table "unit" disable row level security;',
        'alter table unit enable row level security, force row level security',
      ]),
    ).toEqual([]);
    expect(
      removes(['alter table unit no force row level security', 'alter table unit enable row level security']),
    ).toEqual(['forced row level security on unit']);
  });

  it('reports dropped functions, and the policies and triggers CASCADE takes with them', () => {
    expect(removes(['drop function if exists app_park_visible(uuid)'])).toEqual([
      'function app_park_visible',
    ]);
    expect(
      removes([
        'drop function f(uuid)',
        'create or replace function f(p uuid) returns int language sql as $$ select 1 $$',
      ]),
    ).toEqual([]);
    expect(
      removes([
        'create policy p on t using (app_visible(park_id))',
        'create trigger chain before insert on log for each row execute function "log_chain"()',
        'drop function if exists app_visible(uuid), "log_chain"() cascade',
        'create function app_visible(uuid) returns boolean language sql as $$ select true $$',
        'create function log_chain() returns trigger language plpgsql as $$ begin return new; end $$',
      ]),
    ).toEqual(['policy p on t', 'trigger chain on log']);
  });

  it('reports the job queue and unmapped tables dropped, and leaves entity tables to the entities', () => {
    expect(removes(['drop schema if exists "graphile_worker" cascade'])).toEqual([
      'the job queue (schema graphile_worker)',
    ]);
    expect(removes(['drop table if exists "graphile_worker"."_private_jobs" cascade;'])).toEqual([
      'job queue object graphile_worker._private_jobs',
    ]);
    expect(removes(['drop view graphile_worker.jobs'])).toEqual(['job queue object graphile_worker.jobs']);
    expect(removes(['drop table if exists "audit_log", "audit_chain_head" cascade'])).toEqual([
      'table audit_chain_head',
    ]);
    expect(removes(['drop table audit_chain_head', 'create table audit_chain_head (id int)'])).toEqual([]);
    const park = [
      'create table park (id uuid primary key)',
      'alter table park enable row level security; alter table park force row level security',
      'create policy park_read on park for select using (true)',
    ];
    expect(removes(park, ['drop table park'])).toEqual([]);
    expect(removes(park, ['drop table park', 'create table park (id uuid primary key)'])).toEqual([
      'row level security on park',
      'forced row level security on park',
      'policy park_read on park',
    ]);
  });

  it('reads only what runs: strings, bodies and comments are not statements; DO blocks are refused', () => {
    expect(
      removes([
        `create function f() returns void language sql as $body$ drop policy a on b; $body$`,
        `-- drop policy a on b;\nselect 'drop policy a on b; alter table b disable row level security'`,
        `/* drop trigger t on x; /* nested */ */ select 1`,
      ]),
    ).toEqual([]);
    expect(removes([`do $$ begin execute 'drop policy ' || 'p on t'; end $$`])).toEqual([
      'protection inside a DO block, which cannot be checked',
    ]);
    expect(removes([`do $$ begin if not exists (select 1) then create role r; end if; end $$`])).toEqual([]);
  });

  it('accepts a removal marked on purpose with a reason, and keeps names through a rename', () => {
    expect(
      removes(['-- migration-guard: allow replaced by park_select\ndrop policy park_read on park']),
    ).toEqual([]);
    expect(removes(['-- migration-guard: allow\ndrop policy park_read on park'])).toEqual([
      'policy park_read on park',
    ]);
    expect(
      removes(['create policy p on t using (true)', 'alter policy p on t rename to q', 'drop policy q on t']),
    ).toEqual(['policy q on t']);
  });

  it('describes a finding with its migration and statement', () => {
    const [finding] = findRemovedProtection([{ name: 'Migration1_x', sql: ['drop   policy\n p on t'] }]);
    expect(describeFinding(finding!)).toBe(
      'Migration1_x: removes policy p on t and no later statement restores it\n    drop policy p on t',
    );
  });
});
