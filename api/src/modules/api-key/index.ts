import { defineModule } from '../manifest.js';
import { ApiKey } from './api-key.entity.js';
import { ApiKeyResolver } from './api-key.resolver.js';

/** Partner API keys. */
export const apiKeyModule = defineModule({
  name: 'api-key',
  title: { zh: '接口密钥', en: 'API keys' },
  actions: {
    createApiKey: { zh: '签发接口密钥', en: 'Issue an API key' },
    revokeApiKey: { zh: '吊销接口密钥', en: 'Revoke an API key' },
  },
  entities: [ApiKey],
  resolvers: [ApiKeyResolver],
  typeAccess: { ApiKey: 'apiKey.manage', ApiKeyScope: 'inherit', ApiKeySecret: 'inherit' },
  permissions: {
    'apiKey.manage': {
      audience: 'STAFF',
      name: { zh: '管理接口密钥', en: 'Manage API keys' },
      description: {
        zh: '签发和吊销合作方的接口密钥。',
        en: 'Issues and revokes partner API keys.',
      },
      grants: ['park_manager'],
    },
  },
  apiKeyScopes: {
    'assets:read': {
      description: 'Read buildings, floors and units.',
      permissions: ['asset.read'],
    },
    'equipment:read': {
      description: 'Read the equipment ledger and its history.',
      permissions: ['asset.read', 'equipment.read'],
    },
    'equipment:write': {
      description: 'Maintain equipment records and log inspections and repairs (maintenance vendors).',
      permissions: ['asset.read', 'equipment.read', 'equipment.write'],
    },
    'supervisor:read': {
      description: 'Read-only oversight for government supervisors (OM 5.1): assets, equipment and tenants.',
      permissions: ['asset.read', 'equipment.read', 'tenant.read'],
    },
  },
});
