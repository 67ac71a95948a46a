import { defineModule } from '../manifest.js';
import { TenantCompany } from './tenant.entity.js';
import { tenantExport } from './tenant.export.js';
import { tenantImport } from './tenant.import.js';
import { tenantLoaders } from './tenant.loaders.js';
import { TenantResolver } from './tenant.resolver.js';
import { TenantContact } from './tenant-contact.entity.js';

/** Tenant companies and their contacts. */
export const tenantModule = defineModule({
  name: 'tenant',
  entities: [TenantCompany, TenantContact],
  resolvers: [TenantResolver],
  loaders: tenantLoaders,
  exports: [tenantExport],
  imports: [tenantImport],
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
