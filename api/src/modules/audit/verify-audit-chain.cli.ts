import 'reflect-metadata';
import { loadConfig } from '../../config/env.js';
import { openDatabase } from '../../db/database.js';
import { createOrm } from '../../db/orm.js';
import { createLogger } from '../../logger.js';
import { verifyAuditChain } from './audit.service.js';

/**
 * `pnpm audit:verify`: checks the audit chain as the database owner, outside the API, and exits
 * 1 naming the first broken entry.
 */
const config = loadConfig();
const logger = createLogger({ ...config, logLevel: 'warn' });
const db = await openDatabase(config, logger);
const orm = await createOrm({ url: db.url, poolMax: 1 });
try {
  const report = await verifyAuditChain(orm.em.fork());
  if (report.ok)
    console.log(`audit chain intact: ${report.checked} entries, last seq ${report.lastSeq ?? '-'}`);
  else
    console.error(
      `audit chain BROKEN at seq ${report.brokenSeq}: ${report.problem} (${report.checked} entries)`,
    );
  process.exitCode = report.ok ? 0 : 1;
} finally {
  await orm.close();
  await db.embedded?.stop();
}
