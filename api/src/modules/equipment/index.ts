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
  title: { zh: '设备', en: 'Equipment' },
  actions: {
    createEquipment: { zh: '新增设备', en: 'Add equipment' },
    updateEquipment: { zh: '修改设备', en: 'Edit equipment' },
    'import:equipment': { zh: '导入设备', en: 'Import equipment' },
    changeEquipmentStatus: { zh: '变更设备状态', en: 'Change equipment status' },
    recordEquipmentEvent: { zh: '登记设备履历', en: 'Record an equipment event' },
  },
  entities: [Equipment, EquipmentEvent],
  resolvers: [EquipmentResolver],
  typeAccess: { Equipment: 'equipment.read', EquipmentEvent: 'equipment.read', EquipmentChange: 'inherit' },
  personalFields: [
    'Equipment.manufacturer',
    'Equipment.model',
    'Equipment.serialNumber',
    'Equipment.installDate',
    'Equipment.warrantyEnd',
    'Equipment.inWarranty',
    'Equipment.parameters',
    'Equipment.history',
  ],
  loaders: equipmentLoaders,
  exports: [equipmentExport],
  imports: [equipmentImport],
  topics: declare<EquipmentTopics>(),
  permissions: {
    'equipment.read': {
      audience: 'STAFF',
      name: { zh: '查看设备台账', en: 'View the equipment ledger' },
      description: {
        zh: '查看设备台账及设备履历。',
        en: 'Reads the equipment ledger and its history.',
      },
      grants: ['park_manager', 'customer_service', 'engineering', 'security', 'quality'],
    },
    'equipment.write': {
      audience: 'STAFF',
      name: { zh: '编辑设备', en: 'Edit equipment' },
      description: {
        zh: '修改设备信息，登记巡检和维修。',
        en: 'Edits equipment and records inspections and repairs.',
      },
      grants: ['park_manager', 'engineering'],
    },
  },
});
