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
  title: { zh: '楼栋与楼层', en: 'Buildings and floors' },
  actions: {
    createBuilding: { zh: '新增楼栋', en: 'Add a building' },
    updateBuilding: { zh: '修改楼栋', en: 'Edit a building' },
    updateFloor: { zh: '修改楼层', en: 'Edit a floor' },
    retireBuilding: { zh: '停用楼栋', en: 'Retire a building' },
    createFloor: { zh: '新增楼层', en: 'Add a floor' },
    retireFloor: { zh: '停用楼层', en: 'Retire a floor' },
  },
  entities: [Building, Floor],
  resolvers: [BuildingResolver, FloorResolver],
  // The names a lobby directory shows anyone signed in; what is inside (units, occupancy)
  // needs asset.read, declared on those fields. Occupancy (modules/occupancy) is computed over units.
  typeAccess: { Building: SIGNED_IN, Floor: SIGNED_IN, Occupancy: 'asset.read' },
  loaders: buildingLoaders,
  permissions: {
    'asset.read': {
      audience: 'BOTH',
      name: { zh: '查看楼宇资产', en: 'View buildings and units' },
      description: {
        zh: '查看楼栋、楼层和房源（租户：仅本企业租用的房源）。',
        en: 'Reads buildings, floors and units (tenants: their own units).',
      },
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
      name: { zh: '编辑楼宇资产', en: 'Edit buildings and units' },
      description: {
        zh: '新增和修改楼栋、楼层和房源。',
        en: 'Creates and edits buildings, floors and units.',
      },
      grants: ['park_manager', 'investment'],
    },
  },
});
