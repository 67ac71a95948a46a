import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'fee.read': ({ parkId }) => `{ feeStandards(parkId: "${parkId}") { id } }`,
    'fee.manage': ({ none }) => `mutation { withdrawFeeRate(id: "${none}") { id } }`,
  },
  tables: ['fee_standard', 'fee_rate'],
  isolation: [],
  identity: {},
});
