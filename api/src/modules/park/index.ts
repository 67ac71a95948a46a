import { seedDemoPark } from '../../db/seeders/demo-park.seed.js';
import { SIGNED_IN } from '../../kernel/requirements.js';
import { defineModule } from '../manifest.js';
import { Park } from './park.entity.js';
import { parkLoaders } from './park.loaders.js';
import { ParkResolver } from './park.resolver.js';

/** Parks: the root every other record belongs to. */
export const parkModule = defineModule({
  name: 'park',
  title: { zh: '园区', en: 'Parks' },
  actions: {
    createPark: { zh: '新增园区', en: 'Add a park' },
    updatePark: { zh: '修改园区', en: 'Edit a park' },
    retirePark: { zh: '停用园区', en: 'Retire a park' },
  },
  entities: [Park],
  resolvers: [ParkResolver],
  // The names a lobby directory shows anyone signed in; what is inside (units, occupancy)
  // needs asset.read, declared on those fields.
  typeAccess: { Park: SIGNED_IN },
  loaders: parkLoaders,
  permissions: {
    'park.all': {
      audience: 'STAFF',
      name: { zh: '全部园区', en: 'All parks' },
      description: {
        zh: '查看并运营所有园区，包括今后新增的园区（集团）。',
        en: 'Sees and runs every park, now and future (HQ).',
      },
      grants: 'HQ_ONLY',
    },
    'park.manage': {
      audience: 'STAFF',
      name: { zh: '管理园区', en: 'Manage parks' },
      description: {
        zh: '新增园区并修改园区基础信息。',
        en: 'Creates parks and edits their master data.',
      },
      grants: 'HQ_ONLY',
    },
  },
  // The demo park spans every feature of today (sites, tenants, equipment, users, work orders,
  // plans) from one seeded random stream, so it is one step; a new feature adds its own.
  seed: [{ name: 'demo park', run: seedDemoPark }],
});

/** Parks are the root every record belongs to: the seed runs on a database without one. */
export { Park } from './park.entity.js';
