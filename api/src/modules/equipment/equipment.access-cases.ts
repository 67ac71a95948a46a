import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'equipment.read': () => '{ equipmentLedger(first: 1) { totalCount } }',
    'equipment.write': ({ none }) =>
      `mutation { updateEquipment(id: "${none}", input: { name: "水泵" }) { id } }`,
  },
  tables: ['equipment'],
  identity: {
    Equipment: ['id', 'code', 'name', 'category', 'status', 'locationNote', 'createdAt', 'updatedAt'],
    EquipmentEvent: [],
  },
});
