import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'park.manage': ({ none }) => `mutation { updatePark(id: "${none}", input: { name: "星湖园区" }) { id } }`,
  },
  unprobed: {
    'park.all': 'widens reach to every park; no operation requires it (viewer.allParks shows it)',
  },
  tables: ['park'],
});
