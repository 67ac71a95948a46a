import { SIGNED_IN } from '../../kernel/requirements.js';
import { defineModule } from '../manifest.js';
import { Role } from './role.entity.js';
import { RoleResolver } from './role.resolver.js';
import { AppUser } from './user.entity.js';
import { userLoaders } from './user.loaders.js';
import { UserResolver } from './user.resolver.js';

/** Users and roles. */
export const userModule = defineModule({
  name: 'user',
  entities: [Role, AppUser],
  resolvers: [UserResolver, RoleResolver],
  typeAccess: { User: 'user.read', Role: SIGNED_IN, Permission: SIGNED_IN },
  personalFields: [
    'User.login',
    'User.roles',
    'User.parks',
    'User.tenant',
    'User.status',
    'User.lastLoginAt',
    'User.mustChangePassword',
  ],
  loaders: userLoaders,
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

/** Creates the first HQ admin of an install without the demo seed (`db/prepare.ts`, via the registry). */
export { bootstrapAdmin } from './bootstrap-admin.js';
