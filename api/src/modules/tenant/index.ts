import { defineModule } from '../manifest.js';
import { TenantCompany } from './tenant.entity.js';
import { tenantExport } from './tenant.export.js';
import { tenantImport } from './tenant.import.js';
import { tenantLoaders } from './tenant.loaders.js';
import { tenantRepository } from './tenant.repository.js';
import { TenantResolver } from './tenant.resolver.js';
import { TenantContact } from './tenant-contact.entity.js';

/** Tenant companies and their contacts. */
export const tenantModule = defineModule({
  name: 'tenant',
  title: { zh: '租户企业', en: 'Tenant companies' },
  actions: {
    createTenantCompany: { zh: '登记租户企业', en: 'Register a tenant company' },
    updateTenantCompany: { zh: '修改租户企业', en: 'Edit a tenant company' },
    'import:tenantCompanies': { zh: '导入租户企业', en: 'Import tenant companies' },
  },
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
  exports: [tenantExport],
  imports: [tenantImport],
  onQueueReady: (owner) => tenantRepository.fillSearchKeys(owner),
  permissions: {
    'tenant.read': {
      audience: 'BOTH',
      name: { zh: '查看租户企业', en: 'View tenant companies' },
      description: {
        zh: '查看租户企业（租户：仅本企业）。',
        en: 'Reads tenant companies (tenants: their own company).',
      },
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
      name: { zh: '编辑租户企业', en: 'Edit tenant companies' },
      description: {
        zh: '登记和修改租户企业。',
        en: 'Registers tenant companies and edits them.',
      },
      grants: ['park_manager', 'investment'],
    },
  },
});
