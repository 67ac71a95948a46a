import { defineModule } from '../manifest.js';
import { Unit } from './unit.entity.js';
import { unitExport } from './unit.export.js';
import { unitImport } from './unit.import.js';
import { unitLoaders } from './unit.loaders.js';
import { UnitResolver } from './unit.resolver.js';

/** Units (rooms, shops, workshops) and their letting; checked with the building feature's asset permissions. */
export const unitModule = defineModule({
  name: 'unit',
  entities: [Unit],
  resolvers: [UnitResolver],
  loaders: unitLoaders,
  exports: [unitExport],
  imports: [unitImport],
});
