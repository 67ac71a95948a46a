import type { Options } from '@mikro-orm/postgresql';
import { MODULES } from '../modules/index.js';
import type { FeatureModule } from '../modules/manifest.js';

/** Every table the ORM maps: the entities of every feature's manifest. Migrations are generated from this list. */
export const entities: NonNullable<Options['entities']> = (MODULES as readonly FeatureModule[]).flatMap(
  (m) => [...(m.entities ?? [])],
);
