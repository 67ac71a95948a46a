import { defineAccessCases } from '../access-cases.js';

export const accessCases = defineAccessCases({
  probes: {
    'audit.read': () => '{ auditLog(first: 1) { hasMore } }',
    'audit.verify': () => '{ verifyAuditChain { ok } }',
  },
  isolatedElsewhere: {
    audit_log: 'no tenant role holds audit.read, and api/test/audit.test.ts shows a tenant none of the log',
  },
  identity: { AuditEntry: [] },
});
