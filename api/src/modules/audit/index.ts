import { defineModule } from '../manifest.js';
import { auditExport } from './audit.export.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditEntry } from './audit-entry.entity.js';

/** The audit log and its hash chain. */
export const auditModule = defineModule({
  name: 'audit',
  title: { zh: '审计日志', en: 'Audit log' },
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  typeAccess: {
    AuditEntry: 'audit.read',
    AuditPage: 'inherit',
    AuditChainReport: 'inherit',
    AuditModule: 'audit.read',
    AuditAction: 'inherit',
  },
  exports: [auditExport],
  permissions: {
    'audit.read': {
      audience: 'STAFF',
      name: { zh: '查看审计日志', en: 'View the audit log' },
      description: {
        zh: '浏览本人所辖园区的审计日志。',
        en: 'Browses the audit log of one’s parks.',
      },
      grants: ['park_manager', 'quality'],
    },
    'audit.verify': {
      audience: 'STAFF',
      name: { zh: '校验审计日志', en: 'Verify the audit log' },
      description: {
        zh: '校验审计日志的哈希链是否完整。',
        en: 'Verifies the audit log’s hash chain.',
      },
      grants: 'HQ_ONLY',
    },
  },
});

/** How the request context writes its audit rows (`AppServices.auditWriter`). */
export { auditWriter } from './audit-writer.js';
