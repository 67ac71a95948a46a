import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNMAPPED_TABLES } from '../src/db/migration-guard.js';
import { SNAPSHOT_NAME, SOURCE_MIGRATIONS_DIR } from '../src/db/orm.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * The generator trusts the snapshot to describe what the migrations built. Here the snapshot
 * meets the migrated database: every table and column it lists must exist with the same
 * nullability and type, and every column of those tables must be in it. A hand-edited snapshot,
 * or a hand-written migration that forgot a column the entity has, fails here.
 */
type SnapshotColumn = { name: string; type: string; nullable: boolean };
type Snapshot = { tables: { name: string; schema?: string; columns: Record<string, SnapshotColumn> }[] };
type DbColumn = { table_name: string; column_name: string; nullable: boolean; type: string };

let t: TestApp;
let snapshot: Snapshot;
let dbColumns: DbColumn[];
beforeAll(async () => {
  t = await startTestApp({ data: 'empty' });
  snapshot = JSON.parse(await readFile(join(SOURCE_MIGRATIONS_DIR, `${SNAPSHOT_NAME}.json`), 'utf8'));
  dbColumns = await t.sql<DbColumn>(
    `select c.table_name, c.column_name, c.is_nullable = 'YES' as nullable,
            format_type(a.atttypid, a.atttypmod) as type
     from information_schema.columns c
     join pg_attribute a on a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass
                        and a.attname = c.column_name
     -- Tables only: a view (meter_rollup_quarter) reads them and has no snapshot of its own.
     join information_schema.tables x on x.table_schema = c.table_schema and x.table_name = c.table_name
                                     and x.table_type = 'BASE TABLE'
     where c.table_schema = 'public'`,
  );
});
afterAll(async () => {
  await t.close();
});

/** Precision 6 is PostgreSQL's default (and maximum) for time types: `timestamptz(6)` is `timestamptz`. */
const normalise = (type: string) => type.replace(/^(timestamp|time)\(6\)/, '$1');

/** PostgreSQL's own spelling of each snapshot type (`varchar(64)` is `character varying(64)`). */
async function canonicalTypes(types: string[]): Promise<Map<string, string | null>> {
  const rows = await t.sql<{ given: string; type: string | null }>(
    `select given, format_type(to_regtype(given), to_regtypemod(given)) as type from unnest($1::text[]) given`,
    [[...new Set(types)]],
  );
  return new Map(rows.map((r) => [r.given, r.type && normalise(r.type)]));
}

async function mismatches(snap: Snapshot): Promise<string[]> {
  const problems: string[] = [];
  const canonical = await canonicalTypes(
    snap.tables.flatMap((tb) => Object.values(tb.columns).map((c) => c.type)),
  );
  for (const table of snap.tables) {
    const inDb = new Map(dbColumns.filter((c) => c.table_name === table.name).map((c) => [c.column_name, c]));
    if (inDb.size === 0) {
      problems.push(`${table.name}: table missing in the database`);
      continue;
    }
    for (const column of Object.values(table.columns)) {
      const key = `${table.name}.${column.name}`;
      const db = inDb.get(column.name);
      inDb.delete(column.name);
      const type = canonical.get(column.type);
      if (!db) problems.push(`${key}: missing in the database`);
      else if (!type) problems.push(`${key}: the snapshot's type ${column.type} is no PostgreSQL type`);
      else if (type !== normalise(db.type))
        problems.push(`${key}: ${column.type} (${type}) in the snapshot, ${db.type} in the database`);
      if (db && db.nullable !== column.nullable)
        problems.push(
          `${key}: ${column.nullable ? '' : 'not '}nullable in the snapshot, not so in the database`,
        );
    }
    for (const rest of inDb.keys())
      problems.push(`${table.name}.${rest}: in the database, not in the snapshot`);
  }
  return problems;
}

describe('schema snapshot against the migrated database', () => {
  it('lists every mapped table and column with its nullability and type', async () => {
    expect(snapshot.tables.length).toBeGreaterThan(15);
    expect(await mismatches(snapshot)).toEqual([]);
  });

  it('leaves out exactly the tables the migration guard knows as unmapped', () => {
    const dbTables = new Set(dbColumns.map((c) => c.table_name));
    const mapped = new Set(snapshot.tables.map((tb) => tb.name));
    expect([...dbTables].filter((name) => !mapped.has(name)).sort()).toEqual([...UNMAPPED_TABLES].sort());
  });

  it('reports a snapshot that disagrees: a column missing, extra, retyped or of other nullability', async () => {
    const edited = structuredClone(snapshot);
    const tableOf = (name: string) => edited.tables.find((tb) => tb.name === name)!;
    delete tableOf('attachment').columns.size;
    tableOf('park').columns.name!.type = 'varchar(81)';
    tableOf('unit').columns.id!.nullable = true;
    tableOf('floor').columns.code = { ...tableOf('floor').columns.id!, name: 'code' };
    tableOf('building').columns.id!.type = 'no_such_type';
    edited.tables.push({ name: 'ghost', columns: {} });
    expect(await mismatches(edited)).toEqual(
      expect.arrayContaining([
        'attachment.size: in the database, not in the snapshot',
        'park.name: varchar(81) (character varying(81)) in the snapshot, character varying(100) in the database',
        'unit.id: nullable in the snapshot, not so in the database',
        'floor.code: missing in the database',
        "building.id: the snapshot's type no_such_type is no PostgreSQL type",
        'ghost: table missing in the database',
      ]),
    );
    expect(await mismatches(edited)).toHaveLength(6);
  });
});
