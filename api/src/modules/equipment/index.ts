import { declare, defineModule } from '../manifest.js';
import { Equipment } from './equipment.entity.js';
import { equipmentExport } from './equipment.export.js';
import { equipmentImport } from './equipment.import.js';
import { equipmentLoaders } from './equipment.loaders.js';
import { EquipmentResolver } from './equipment.resolver.js';
import type { EquipmentTopics } from './equipment.topics.js';
import { EquipmentEvent } from './equipment-event.entity.js';

/** The equipment ledger and its history. */
export const equipmentModule = defineModule({
  name: 'equipment',
  entities: [Equipment, EquipmentEvent],
  resolvers: [EquipmentResolver],
  loaders: equipmentLoaders,
  exports: [equipmentExport],
  imports: [equipmentImport],
  topics: declare<EquipmentTopics>(),
  permissions: {
    'equipment.read': {
      audience: 'STAFF',
      description: 'Reads the equipment ledger and its history.',
      grants: ['park_manager', 'customer_service', 'engineering', 'security', 'quality'],
    },
    'equipment.write': {
      audience: 'STAFF',
      description: 'Edits equipment and records inspections and repairs.',
      grants: ['park_manager', 'engineering'],
    },
  },
});
