import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { entities } from './entities.js';
import { StatementCounter } from './statement-counter.js';

const isTs = import.meta.url.endsWith('.ts');
const migrationsDir = new URL('./migrations', import.meta.url).pathname;
/** The migrations that run: the TypeScript sources under tests, the compiled ones in dist. */
export const MIGRATIONS_DIR = migrationsDir;
/** The files `glob` below picks from MIGRATIONS_DIR: no declaration files, no snapshot. */
export const MIGRATION_FILE = isTs ? /^(?!.*\.d\.ts$).*\.ts$/ : /\.js$/;

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
      pathTs: migrationsDir,
      glob: isTs ? '!(*.d).ts' : '*.js',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
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
