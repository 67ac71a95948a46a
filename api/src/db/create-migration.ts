import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { findRemovedProtection, type GuardFinding } from './migration-guard.js';
import { readMigrationSql } from './migration-sql.js';
import { ormOptions, SNAPSHOT_NAME, SOURCE_MIGRATIONS_DIR } from './orm.js';

/** Never connected to: the diff is between the entities and the snapshot file. */
const NO_DATABASE = 'postgresql://no-database-needed.invalid/park';

export type CreateMigrationResult =
  | { status: 'unchanged' }
  | { status: 'created'; file: string; up: string[] }
  | { status: 'refused'; findings: GuardFinding[]; up: string[] };

/**
 * Diffs the entities against the committed schema snapshot (no database involved) and writes
 * the difference as a new TypeScript migration, updating the snapshot to match.
 *
 * The snapshot holds only what the entities describe; the policies, triggers, functions and job
 * queue that migrations add by hand are invisible to the diff, so it never asks to drop them.
 * As a second line, the migration guard replays every migration plus the new one: when the new
 * one would remove a protection, nothing is written (the snapshot is put back) and the findings
 * are returned.
 *
 * `dir` holds the snapshot and receives the migration: the source migrations folder, or a
 * scratch folder in tests.
 */
export async function createMigration(
  opts: { name?: string; dir?: string } = {},
): Promise<CreateMigrationResult> {
  const dir = opts.dir ?? SOURCE_MIGRATIONS_DIR;
  const snapshotPath = join(dir, `${SNAPSHOT_NAME}.json`);
  const snapshot = await readFile(snapshotPath, 'utf8').catch(() => {
    // Without it the migrator would diff against a live database: the very thing to avoid.
    throw new Error(`no schema snapshot at ${snapshotPath}; it is committed with the migrations`);
  });
  const options = ormOptions({ url: NO_DATABASE, poolMax: 1 });
  const orm = await MikroORM.init({ ...options, migrations: { ...options.migrations, pathTs: dir } });
  try {
    const result = await orm.migrator.create(dir, false, false, opts.name);
    if (!result.fileName) return { status: 'unchanged' };
    const file = join(dir, result.fileName);
    const up = result.diff.up.filter((sql) => sql !== '');
    const newMigration = { name: result.fileName.replace(/\.ts$/, ''), sql: up };
    const discard = async () => {
      await unlink(file);
      await writeFile(snapshotPath, snapshot);
    };
    const findings = await readMigrationSql().then(
      (committed) => findRemovedProtection([...committed, newMigration]),
      async (err: unknown) => {
        await discard();
        throw err;
      },
    );
    if (findings.length === 0) return { status: 'created', file, up };
    await discard();
    return { status: 'refused', findings, up };
  } finally {
    await orm.close();
  }
}
