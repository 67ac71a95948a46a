import { seedDemoPark } from '../../db/seeders/demo-park.seed.js';
import { defineModule } from '../manifest.js';
import { Park } from './park.entity.js';
import { parkLoaders } from './park.loaders.js';
import { ParkResolver } from './park.resolver.js';

/** Parks: the root every other record belongs to. */
export const parkModule = defineModule({
  name: 'park',
  entities: [Park],
  resolvers: [ParkResolver],
  loaders: parkLoaders,
  permissions: {
    'park.all': {
      audience: 'STAFF',
      description: 'Sees and runs every park, now and future (HQ).',
      grants: 'HQ_ONLY',
    },
    'park.manage': {
      audience: 'STAFF',
      description: 'Creates parks and edits their master data.',
      grants: 'HQ_ONLY',
    },
  },
  // The demo park spans every feature of today (sites, tenants, equipment, users, work orders,
  // plans) from one seeded random stream, so it is one step; a new feature adds its own.
  seed: [{ name: 'demo park', run: seedDemoPark }],
});
