import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Park } from '../modules/park/park.entity.js';
import { seedDemoPark } from './seeders/demo-park.seed.js';

/** Seeds the demo park into an empty database; a database with any park is left alone. */
export async function seedIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Park, {})) > 0) return false;
  const started = performance.now();
  const counts = await em.transactional((tx) => seedDemoPark(tx));
  logger.info({ ...counts, ms: Math.round(performance.now() - started) }, 'seeded the demo park');
  return true;
}
