import { defineModule } from '../manifest.js';
import { auditExport } from './audit.export.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditEntry } from './audit-entry.entity.js';

/** The audit log and its hash chain. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  exports: [auditExport],
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
