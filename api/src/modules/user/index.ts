import { SIGNED_IN } from '../../kernel/requirements.js';
import { defineModule } from '../manifest.js';
import { Role } from './role.entity.js';
import { RoleResolver } from './role.resolver.js';
import { AppUser } from './user.entity.js';
import { userExport } from './user.export.js';
import { userImport } from './user.import.js';
import { userLoaders } from './user.loaders.js';
import { userRepository } from './user.repository.js';
import { UserResolver } from './user.resolver.js';

/** Users and roles. */
export const userModule = defineModule({
  name: 'user',
  title: { zh: '用户与角色', en: 'Users and roles' },
  actions: {
    createRole: { zh: '新增角色', en: 'Add a role' },
    updateRole: { zh: '修改角色', en: 'Edit a role' },
    createUser: { zh: '新增用户', en: 'Add a user' },
    'import:users': { zh: '导入用户', en: 'Import users' },
    updateUser: { zh: '修改用户', en: 'Edit a user' },
    resetUserPassword: { zh: '重置密码', en: 'Reset a password' },
  },
  entities: [Role, AppUser],
  resolvers: [UserResolver, RoleResolver],
  typeAccess: { User: 'user.read', Role: SIGNED_IN, Permission: SIGNED_IN, PermissionGroup: SIGNED_IN },
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
  exports: [userExport],
  imports: [userImport],
  permissions: {
    'user.read': {
      audience: 'BOTH',
      name: { zh: '查看用户', en: 'View users' },
      description: {
        zh: '查看用户列表（企业管理员：本企业员工）。',
        en: 'Lists users (tenant admins: their company’s employees).',
      },
      grants: ['park_manager', 'customer_service', 'quality', 'tenant_admin'],
    },
    'user.manage': {
      audience: 'BOTH',
      name: { zh: '管理用户', en: 'Manage users' },
      description: {
        zh: '新增和停用用户、重置密码，只能授予本人权限范围内的角色。',
        en: 'Creates, disables and resets users, granting only roles within one’s own permissions.',
      },
      grants: ['park_manager', 'tenant_admin'],
    },
    'role.manage': {
      audience: 'STAFF',
      name: { zh: '管理角色', en: 'Manage roles' },
      description: {
        zh: '新增角色并修改角色的权限。',
        en: 'Creates roles and changes their permissions.',
      },
      grants: 'HQ_ONLY',
    },
  },
});

/** Creates the first HQ admin of an install without the demo seed (`db/prepare.ts`, via the registry). */
export { bootstrapAdmin } from './bootstrap-admin.js';

/** Active staff of a park whose roles grant a permission (the recipients of its notifications). */
export const staffWithPermission = userRepository.staffWithPermission;
