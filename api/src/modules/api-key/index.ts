import { defineModule } from '../manifest.js';
import { ApiKey } from './api-key.entity.js';
import { ApiKeyResolver } from './api-key.resolver.js';

/** Partner API keys. */
export const apiKeyModule = defineModule({
  name: 'api-key',
  entities: [ApiKey],
  resolvers: [ApiKeyResolver],
  typeAccess: { ApiKey: 'apiKey.manage', ApiKeyScope: 'inherit', ApiKeySecret: 'inherit' },
  permissions: {
    'apiKey.manage': {
      audience: 'STAFF',
      description: 'Issues and revokes partner API keys.',
      grants: ['park_manager'],
    },
  },
});
