import { createMigration } from './create-migration.js';
import { describeFinding } from './migration-guard.js';

/**
 * `pnpm --filter @park/api migration:create [name]`: writes a migration for what changed in the
 * entities since the schema snapshot, into src/db/migrations. Needs no database. Review the
 * file, add the policies and grants a new table needs, then commit it with the snapshot.
 */
const result = await createMigration({ name: process.argv[2] });
if (result.status === 'unchanged') {
  console.log('no changes: the entities match the schema snapshot');
} else if (result.status === 'created') {
  console.log(`created ${result.file}\nreview it, then commit it together with the snapshot`);
} else {
  console.error('refused: the migration would remove protection the hand-written migrations set up');
  for (const finding of result.findings) console.error(`  ${describeFinding(finding)}`);
  console.error('nothing was written; see docs/migrations.md');
  process.exitCode = 1;
}
