import type { EntityManager } from '@mikro-orm/postgresql';
import type { Park } from '../../modules/park/park.entity.js';
import type { IdSource, Random } from './random.js';

/** What every step of the demo seed shares: the transaction's entity manager and the seeded sources. */
export type SeedContext = {
  em: EntityManager;
  /** Content randomness (areas, names, dates ...). */
  random: Random;
  /** Row ids, from a stream of their own so content changes do not reshuffle every id. */
  ids: IdSource;
  /** Midnight UTC of the seed's "today"; history ends before it. */
  today: Date;
  park: Park;
};
