import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/** Applies committed migrations that have not run yet; never synchronises the schema. */
export async function migrate(orm: MikroORM, logger: Logger): Promise<void> {
  const applied = await orm.migrator.up();
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
}
