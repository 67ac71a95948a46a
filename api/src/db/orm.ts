import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { ParkDriver } from './driver.js';
import { entities } from './entities.js';
import { StatementCounter } from './statement-counter.js';

const isTs = import.meta.url.endsWith('.ts');
const migrationsDir = new URL('./migrations', import.meta.url).pathname;
/** The migrations that run: the TypeScript sources under tests, the compiled ones in dist. */
export const MIGRATIONS_DIR = migrationsDir;
/** The files `glob` below picks from MIGRATIONS_DIR: no declaration files, no snapshot. */
export const MIGRATION_FILE = isTs ? /^(?!.*\.d\.ts$).*\.ts$/ : /\.js$/;
/**
 * The TypeScript migrations and the schema snapshot, also when running from dist: the generator
 * reads the snapshot and writes there. The compiled server never needs the folder.
 */
export const SOURCE_MIGRATIONS_DIR = isTs
  ? migrationsDir
  : fileURLToPath(new URL('../../src/db/migrations', import.meta.url));
/** `<SOURCE_MIGRATIONS_DIR>/<name>.json`: the schema the entities described at the last migration. */
export const SNAPSHOT_NAME = 'schema-snapshot';

/** ORM options shared by the server, the migration generator and the tests. */
export function ormOptions(opts: {
  url: string;
  poolMax: number;
  counter?: StatementCounter;
  logger?: Logger;
  logSql?: boolean;
}): Options {
  const counter = opts.counter;
  const logger = opts.logger;
  return {
    // Deferred BEGIN and named prepared statements: see driver.ts.
    driver: ParkDriver,
    clientUrl: opts.url,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: opts.poolMax },
    // Requests never share an entity manager; a missing fork must fail loudly.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    preferTs: isTs,
    debug: opts.logSql ? ['query', 'query-params'] : false,
    ...(logger && {
      loggerFactory: () => ({
        log: (ns: string, message: string) => logger.debug({ ns }, message),
        error: (ns: string, message: string) => logger.error({ ns }, message),
        warn: (ns: string, message: string) => logger.warn({ ns }, message),
        logQuery: (ctx: { query: string; took?: number }) => logger.debug({ took: ctx.took }, ctx.query),
        setDebugMode: () => undefined,
        isEnabled: () => Boolean(opts.logSql),
      }),
    }),
    onQuery: (sql) => {
      counter?.record(sql);
      return sql;
    },
    migrations: {
      path: migrationsDir,
      // The snapshot lives beside the TypeScript migrations (emit 'ts' reads it from pathTs).
      pathTs: SOURCE_MIGRATIONS_DIR,
      glob: isTs ? '!(*.d).ts' : '*.js',
      transactional: true,
      allOrNothing: true,
      // The generator diffs the entities against the committed snapshot, never against a live
      // database, whose hand-written policies, triggers, functions and job queue it would drop.
      snapshot: true,
      snapshotName: SNAPSHOT_NAME,
      // Introspection would write those hand-written objects into the snapshot, and production
      // file systems are read-only: applying migrations never touches the snapshot.
      snapshotOnMigrate: false,
      emit: 'ts',
    },
  };
}

export type Orm = MikroORM;

export async function createOrm(opts: Parameters<typeof ormOptions>[0]): Promise<MikroORM> {
  return MikroORM.init(ormOptions(opts));
}

export { StatementCounter };
