import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { loadConfig } from '../config/env.js';
import { openDatabase } from './database.js';
import { createOrm } from './orm.js';

/**
 * `pnpm --filter @park/api migration:create [name]`: diffs the entities against the schema
 * snapshot and writes a new TypeScript migration into src/db/migrations. Review it, then commit.
 */
const config = loadConfig();
const logger = pino({ level: 'warn' });
const db = await openDatabase(config, logger);
const orm = await createOrm({ url: db.url, poolMax: 2 });
try {
  await orm.migrator.up();
  const srcDir = fileURLToPath(new URL('../../src/db/migrations', import.meta.url));
  const result = await orm.migrator.create(srcDir, false, false, process.argv[2]);
  console.log(
    result.fileName ? `created ${srcDir}/${result.fileName}` : 'no changes: entities match the migrations',
  );
} finally {
  await orm.close();
  await db.embedded?.stop();
}
