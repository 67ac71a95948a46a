import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'lease.read': () => '{ leases(first: 1) { totalCount } }',
    'lease.manage': ({ none }) => `mutation { deleteLease(id: "${none}") { id } }`,
  },
  tables: ['lease', 'lease_unit'],
  isolation: [
    {
      table: 'lease',
      byId: 'query ($id: ID!) { r: lease(id: $id) { id } }',
      list: '{ r: leases(first: 100) { nodes { id } } }',
    },
  ],
  identity: {},
});
