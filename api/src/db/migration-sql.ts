import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Migration } from '@mikro-orm/migrations';
import type { MigrationSql } from './migration-guard.js';
import { MIGRATION_FILE, MIGRATIONS_DIR } from './orm.js';

type MigrationClass = new (...args: ConstructorParameters<typeof Migration>) => Migration;

/**
 * The SQL each committed migration's up() adds, in the order the migrator runs them (by name).
 * up() only collects statements with addSql, so it runs without a driver or a database; SQL a
 * migration builds in loops comes out exactly as it would be executed.
 */
export async function readMigrationSql(dir = MIGRATIONS_DIR): Promise<MigrationSql[]> {
  const files = (await readdir(dir)).filter((f) => MIGRATION_FILE.test(f)).sort();
  const migrations: MigrationSql[] = [];
  for (const file of files) {
    const module: Record<string, unknown> = await import(pathToFileURL(join(dir, file)).href);
    const Class = Object.values(module).find(
      (v): v is MigrationClass => typeof v === 'function' && v.prototype instanceof Migration,
    );
    if (!Class) throw new Error(`${file} exports no migration class`);
    // No driver and no configuration: addSql needs neither, and up() must not touch a database.
    const migration = new Class(undefined as never, undefined as never);
    await migration.up();
    const sql = migration.getQueries().map((q) => {
      if (typeof q !== 'string') throw new Error(`${file}: the migration guard reads SQL strings only`);
      return q;
    });
    migrations.push({ name: file.replace(/\.[jt]s$/, ''), sql });
  }
  return migrations;
}
