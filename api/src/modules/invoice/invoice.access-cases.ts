import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'invoice.request': ({ none }) => `mutation { cancelInvoiceRequest(id: "${none}") { id } }`,
    'invoice.issue': ({ none }) =>
      `mutation { rejectInvoiceRequest(id: "${none}", input: { reason: "probe" }) { id } }`,
  },
  tables: ['invoice_request'],
  isolation: [
    {
      table: 'invoice_request',
      byId: 'query ($id: ID!) { r: invoiceRequest(id: $id) { id } }',
      list: '{ r: invoiceRequests(first: 100) { nodes { id } } }',
    },
  ],
  isolatedElsewhere: {},
  identity: {},
});
