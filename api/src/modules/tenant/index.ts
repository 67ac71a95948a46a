import { defineModule } from '../manifest.js';
import { TenantCompany } from './tenant.entity.js';
import { tenantLoaders } from './tenant.loaders.js';
import { TenantResolver } from './tenant.resolver.js';
import { TenantContact } from './tenant-contact.entity.js';

/** Tenant companies and their contacts. */
export const tenantModule = defineModule({
  name: 'tenant',
  entities: [TenantCompany, TenantContact],
  resolvers: [TenantResolver],
  typeAccess: { TenantCompany: 'tenant.read', TenantContact: 'tenant.read', Industry: 'inherit' },
  personalFields: [
    'TenantCompany.uscc',
    'TenantCompany.legalRepresentative',
    'TenantCompany.employeeCount',
    'TenantCompany.contacts',
    'TenantCompany.website',
    'TenantCompany.description',
    'TenantCompany.moveInDate',
    'TenantCompany.units',
    'TenantCompany.occupiedArea',
  ],
  loaders: tenantLoaders,
  permissions: {
    'tenant.read': {
      audience: 'BOTH',
      description: 'Reads tenant companies (tenants: their own company).',
      grants: [
        'park_manager',
        'customer_service',
        'engineering',
        'security',
        'investment',
        'finance',
        'quality',
        'tenant_admin',
        'tenant_employee',
      ],
    },
    'tenant.write': {
      audience: 'STAFF',
      description: 'Registers tenant companies and edits them.',
      grants: ['park_manager', 'investment'],
    },
  },
});
