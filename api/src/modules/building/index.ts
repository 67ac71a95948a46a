import { SIGNED_IN } from '../../kernel/requirements.js';
import { defineModule } from '../manifest.js';
import { Building } from './building.entity.js';
import { buildingLoaders } from './building.loaders.js';
import { BuildingResolver } from './building.resolver.js';
import { Floor } from './floor.entity.js';
import { FloorResolver } from './floor.resolver.js';

/** Buildings and their floors; owns the asset permissions units share. */
export const buildingModule = defineModule({
  name: 'building',
  entities: [Building, Floor],
  resolvers: [BuildingResolver, FloorResolver],
  // The names a lobby directory shows anyone signed in; what is inside (units, occupancy)
  // needs asset.read, declared on those fields. Occupancy (modules/occupancy) is computed over units.
  typeAccess: { Building: SIGNED_IN, Floor: SIGNED_IN, Occupancy: 'asset.read' },
  loaders: buildingLoaders,
  permissions: {
    'asset.read': {
      audience: 'BOTH',
      description: 'Reads buildings, floors and units (tenants: their own units).',
      grants: [
        'park_manager',
        'customer_service',
        'engineering',
        'security',
        'cleaning',
        'landscaping',
        'investment',
        'finance',
        'quality',
        'tenant_admin',
        'tenant_employee',
      ],
    },
    'asset.write': {
      audience: 'STAFF',
      description: 'Creates and edits buildings, floors and units.',
      grants: ['park_manager', 'investment'],
    },
  },
});
