import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'asset.read': () => '{ units(first: 1) { totalCount } }',
    'asset.write': ({ none }) => `mutation { updateFloor(id: "${none}", input: { name: "3F" }) { id } }`,
  },
  tables: ['building', 'floor'],
  identity: { Occupancy: [] },
});
