import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../graphql/loader-utils.js';
import { TenantCompany } from './tenant.entity.js';
import { TenantContact } from './tenant-contact.entity.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const tenantLoaders = {
  tenantById: (em: EntityManager) => byIdLoader(em, TenantCompany),
  contactsByTenant: (em: EntityManager) => childrenLoader(em, TenantContact, 'tenant', { position: 'asc' }),
};
