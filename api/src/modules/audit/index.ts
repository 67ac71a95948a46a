import { defineModule } from '../manifest.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditEntry } from './audit-entry.entity.js';

/** The audit log and its hash chain. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  typeAccess: { AuditEntry: 'audit.read', AuditPage: 'inherit', AuditChainReport: 'inherit' },
  permissions: {
    'audit.read': {
      audience: 'STAFF',
      description: 'Browses the audit log of one’s parks.',
      grants: ['park_manager', 'quality'],
    },
    'audit.verify': {
      audience: 'STAFF',
      description: 'Verifies the audit log’s hash chain.',
      grants: 'HQ_ONLY',
    },
  },
});

/** How the request context writes its audit rows (`AppServices.auditWriter`). */
export { auditWriter } from './audit-writer.js';
