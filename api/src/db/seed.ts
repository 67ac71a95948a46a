import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { MODULES } from '../modules/index.js';
import { Park } from '../modules/registry.js';

/**
 * Seeds the demo data into an empty database: every feature's seed steps, in module order, in one
 * transaction. A database with any park is left alone.
 */
export async function seedIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Park, {})) > 0) return false;
  const started = performance.now();
  const counts = await em.transactional(async (tx) => {
    const made: Record<string, number> = {};
    for (const m of MODULES)
      for (const step of 'seed' in m ? m.seed : []) Object.assign(made, await step.run(tx));
    return made;
  });
  logger.info({ ...counts, ms: Math.round(performance.now() - started) }, 'seeded the demo park');
  return true;
}
