import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'bill.read': () => '{ bills(first: 1) { totalCount } }',
    'bill.run': ({ parkId }) => `{ billRuns(parkId: "${parkId}") { id } }`,
    'bill.void': ({ none }) => `mutation { voidBill(id: "${none}", input: { reason: "x" }) { id } }`,
    'bill.charge': ({ none }) =>
      `mutation { cancelBillCharge(id: "${none}", input: { reason: "x" }) { id } }`,
  },
  tables: ['bill_run', 'bill', 'bill_line', 'bill_charge'],
  isolation: [
    {
      table: 'bill',
      byId: 'query ($id: ID!) { r: bill(id: $id) { id } }',
      list: '{ r: bills(first: 100) { nodes { id } } }',
    },
    {
      table: 'bill_charge',
      byId: 'query ($id: ID!) { r: billCharge(id: $id) { id } }',
      list: '{ r: billCharges(first: 100, filter: { includeCancelled: true }) { nodes { id } } }',
    },
  ],
  identity: {},
});
