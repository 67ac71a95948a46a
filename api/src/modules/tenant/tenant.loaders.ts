import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../graphql/loader-utils.js';
import { TenantCompany } from './tenant.entity.js';
import { TenantContact } from './tenant-contact.entity.js';

export const tenantLoaders = (em: EntityManager) => ({
  tenantById: byIdLoader(em, TenantCompany),
  contactsByTenant: childrenLoader(em, TenantContact, 'tenant', { position: 'asc' }),
});
