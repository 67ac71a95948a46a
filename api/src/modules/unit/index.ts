import { defineModule } from '../manifest.js';
import { Unit } from './unit.entity.js';
import { unitExport } from './unit.export.js';
import { unitImport } from './unit.import.js';
import { unitLoaders } from './unit.loaders.js';
import { UnitResolver } from './unit.resolver.js';

/** Units (rooms, shops, workshops) and their letting; checked with the building feature's asset permissions. */
export const unitModule = defineModule({
  name: 'unit',
  title: { zh: '房源', en: 'Units' },
  actions: {
    createUnit: { zh: '新增房源', en: 'Add a unit' },
    updateUnit: { zh: '修改房源', en: 'Edit a unit' },
    retireUnit: { zh: '停用房源', en: 'Retire a unit' },
    'import:units': { zh: '导入房源', en: 'Import units' },
  },
  entities: [Unit],
  resolvers: [UnitResolver],
  typeAccess: { Unit: 'asset.read' },
  loaders: unitLoaders,
  exports: [unitExport],
  imports: [unitImport],
});
