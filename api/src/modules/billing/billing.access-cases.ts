import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'bill.read': () => '{ bills(first: 1) { totalCount } }',
    'bill.run': ({ parkId }) => `{ billRuns(parkId: "${parkId}") { id } }`,
    'bill.void': ({ none }) => `mutation { voidBill(id: "${none}", input: { reason: "x" }) { id } }`,
  },
  tables: ['bill_run', 'bill', 'bill_line'],
  isolation: [
    {
      table: 'bill',
      byId: 'query ($id: ID!) { r: bill(id: $id) { id } }',
      list: '{ r: bills(first: 100) { nodes { id } } }',
    },
  ],
  identity: {},
});
