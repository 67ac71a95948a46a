import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'tenant.read': () => '{ tenantCompanies(first: 1) { totalCount } }',
    'tenant.write': ({ none }) =>
      `mutation { updateTenantCompany(id: "${none}", input: { shortName: "星湖" }) { id } }`,
  },
  tables: ['tenant_company'],
  isolation: [
    {
      table: 'tenant_company',
      ownerColumn: 'id',
      byId: 'query ($id: ID!) { r: tenantCompany(id: $id) { id } }',
      list: '{ r: tenantCompanies(first: 100) { nodes { id } } }',
    },
  ],
  isolatedElsewhere: {
    tenant_contact:
      'read only through TenantCompany.contacts; api/test/isolation.test.ts walks those edges and fingerprints them',
  },
  identity: {
    TenantCompany: ['id', 'name', 'shortName', 'industry', 'status', 'createdAt', 'updatedAt'],
    TenantContact: [],
  },
});
