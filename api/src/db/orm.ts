import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { ParkDriver } from './driver.js';
import { entities } from './entities.js';
import { StatementCounter } from './statement-counter.js';

const isTs = import.meta.url.endsWith('.ts');
const migrationsDir = new URL('./migrations', import.meta.url).pathname;

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
