import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'maintenance.manage': ({ none }) =>
      `mutation { setMaintenancePlanActive(id: "${none}", active: false) { id } }`,
  },
});
