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
  /** Milliseconds per step, so a slow seed shows which feature's part it is. */
  const steps: Record<string, number> = {};
  const counts = await em.transactional(async (tx) => {
    const made: Record<string, number> = {};
    for (const m of MODULES)
      for (const step of 'seed' in m ? m.seed : []) {
        const at = performance.now();
        Object.assign(made, await step.run(tx));
        // Each step starts with an empty identity map: every flush computes the changes of all
        // the entities it holds, and the steps before leave tens of thousands of them.
        await tx.flush();
        tx.clear();
        steps[step.name] = Math.round(performance.now() - at);
      }
    return made;
  });
  logger.info({ ...counts, steps, ms: Math.round(performance.now() - started) }, 'seeded the demo park');
  return true;
}
