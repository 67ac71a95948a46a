import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * One line of the audit log. Rows are inserted by the audit recorder and chained by a database
 * trigger (seq, prev_hash, hash); the application role may insert and read, never change.
 */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_log',
  properties: {
    seq: p.bigint('number').primary().autoincrement(false),
    occurredAt: p.datetime(),
    actorKind: p.string().length(16),
    actorId: p.uuid().nullable(),
    actorLabel: p.string().length(100).nullable(),
    parkId: p.uuid().nullable(),
    tenantId: p.uuid().nullable(),
    operation: p.string().length(80),
    targetType: p.string().length(40).nullable(),
    targetId: p.string().length(64).nullable(),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
    ip: p.string().length(64).nullable(),
    requestId: p.string().length(64).nullable(),
    outcome: p.string().length(16),
    errorCode: p.string().length(60).nullable(),
    prevHash: p.blob(),
    hash: p.blob(),
  },
});
export type AuditEntry = InferEntity<typeof AuditEntry>;
