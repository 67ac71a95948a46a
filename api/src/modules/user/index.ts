import { defineModule } from '../manifest.js';
import { Role } from './role.entity.js';
import { RoleResolver } from './role.resolver.js';
import { AppUser } from './user.entity.js';
import { userExport } from './user.export.js';
import { userImport } from './user.import.js';
import { userLoaders } from './user.loaders.js';
import { UserResolver } from './user.resolver.js';

/** Users and roles. */
export const userModule = defineModule({
  name: 'user',
  entities: [Role, AppUser],
  resolvers: [UserResolver, RoleResolver],
  loaders: userLoaders,
  exports: [userExport],
  imports: [userImport],
  permissions: {
    'user.read': {
      audience: 'BOTH',
      description: 'Lists users (tenant admins: their company’s employees).',
      grants: ['park_manager', 'customer_service', 'quality', 'tenant_admin'],
    },
    'user.manage': {
      audience: 'BOTH',
      description: 'Creates, disables and resets users, granting only roles within one’s own permissions.',
      grants: ['park_manager', 'tenant_admin'],
    },
    'role.manage': {
      audience: 'STAFF',
      description: 'Creates roles and changes their permissions.',
      grants: 'HQ_ONLY',
    },
  },
});
