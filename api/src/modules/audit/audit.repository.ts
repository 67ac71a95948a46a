import type { EntityManager } from '@mikro-orm/postgresql';
import { cursorBatches, query } from '../../db/sql.js';
import type { RequestContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/validate.js';
import type { AuditFilter } from './audit.type.js';

/** One audit entry as stored, before the trigger numbers and chains it; JSON as text. */
export type AuditLogRecord = {
  occurredAt: Date;
  actorKind: string;
  actorId: string | null;
  actorLabel: string | null;
  parkId: string | null;
  tenantId: string | null;
  operation: string | null;
  targetType: string | null;
  targetId: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
  requestId: string | null;
  outcome: string;
  errorCode: string | null;
};

/** What `audit_verify_chain()` reports (bigints as text). */
export type AuditChainRow = {
  checked: string;
  last_seq: string | null;
  broken_seq: string | null;
  problem: string | null;
};

/**
 * One statement for any number of entries: each column travels as one array and `unnest` turns
 * them back into rows, in order (the trigger numbers them as they come). The text never varies
 * with the number of entries, so it is one prepared statement. seq, prev_hash and hash are
 * placeholders the trigger overwrites.
 */
const APPEND_SQL = `
  insert into audit_log (occurred_at, actor_kind, actor_id, actor_label, park_id, tenant_id, operation, target_type,
    target_id, before, after, ip, request_id, outcome, error_code, seq, prev_hash, hash)
  select r.occurred_at, r.actor_kind, r.actor_id, r.actor_label, r.park_id, r.tenant_id, r.operation, r.target_type,
    r.target_id, r.before, r.after, r.ip, r.request_id, r.outcome, r.error_code, 0, ''::bytea, ''::bytea
  from unnest(?::timestamptz[], ?::text[], ?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::text[],
    ?::text[], ?::jsonb[], ?::jsonb[], ?::text[], ?::text[], ?::text[], ?::text[])
    with ordinality as r(occurred_at, actor_kind, actor_id, actor_label, park_id, tenant_id, operation, target_type,
      target_id, before, after, ip, request_id, outcome, error_code, n)
  order by r.n`;

/** The audit log's SQL (STYLE rule 15): appending entries and verifying the chain. */
export const auditRepository = {
  /** Appends `records` in one statement, in their order. */
  async append(em: EntityManager, records: readonly AuditLogRecord[]): Promise<void> {
    if (records.length === 0) return;
    const column = <K extends keyof AuditLogRecord>(key: K) => records.map((r) => r[key]);
    await query(em, APPEND_SQL, [
      records.map((r) => r.occurredAt.toISOString()),
      column('actorKind'),
      column('actorId'),
      column('actorLabel'),
      column('parkId'),
      column('tenantId'),
      column('operation'),
      column('targetType'),
      column('targetId'),
      column('before'),
      column('after'),
      column('ip'),
      column('requestId'),
      column('outcome'),
      column('errorCode'),
    ]);
  },

  /** Re-computes every hash in the database (`audit_verify_chain`). */
  async verifyChain(em: EntityManager): Promise<AuditChainRow> {
    const [row] = await query<AuditChainRow>(em, 'select * from audit_verify_chain()');
    return row!;
  },
};

/** An audit entry as the audit log export reads it. */
export type AuditExportRow = {
  seq: string;
  occurred_at: Date;
  time_zone: string | null;
  actor_kind: string;
  actor_label: string | null;
  park_name: string | null;
  operation: string;
  target_type: string | null;
  target_id: string | null;
  outcome: string;
  error_code: string | null;
  ip: string | null;
};

/** The list filter (`auditLog(filter:)`) as SQL over `audit_log` aliased `l`. */
function auditSql(f: AuditFilter | undefined) {
  const sql: string[] = ['true'];
  const params: unknown[] = [];
  const add = (condition: string, ...values: unknown[]) => {
    sql.push(condition);
    params.push(...values);
  };
  if (f) {
    if (f.parkId !== undefined) isUuid(f.parkId) ? add('"l"."park_id" = ?', f.parkId) : add('false');
    if (f.actorId !== undefined) isUuid(f.actorId) ? add('"l"."actor_id" = ?', f.actorId) : add('false');
    if (f.operation) add('"l"."operation" = ?', f.operation);
    if (f.outcome) add('"l"."outcome" = ?', f.outcome.toUpperCase());
    if (f.targetType) add('"l"."target_type" = ?', f.targetType);
    if (f.targetId) add('"l"."target_id" = ?', f.targetId);
    if (f.from) add('"l"."occurred_at" >= ?::timestamptz', new Date(f.from).toISOString());
    if (f.to) add('"l"."occurred_at" < ?::timestamptz', new Date(f.to).toISOString());
  }
  return { where: sql.map((s) => `(${s})`).join(' and '), params };
}

/** The rows of an audit log export with the list's filter, newest first as the list sorts. */
export function auditExportSource(ctx: RequestContext, filter: AuditFilter | undefined) {
  const { where, params } = auditSql(filter);
  return {
    async count() {
      const [row] = await query<{ n: string }>(
        ctx.em,
        `select count(*) as n from "audit_log" as "l" where ${where}`,
        params,
      );
      return Number(row?.n ?? 0);
    },
    batches: () =>
      cursorBatches<AuditExportRow>(
        ctx.em,
        `select "l"."seq"::text as seq, "l"."occurred_at", "p"."time_zone", "l"."actor_kind", "l"."actor_label",
           "p"."name" as park_name, "l"."operation", "l"."target_type", "l"."target_id", "l"."outcome",
           "l"."error_code", "l"."ip"
         from "audit_log" as "l"
         left join "park" as "p" on "p"."id" = "l"."park_id"
         where ${where}
         order by "l"."seq" desc`,
        params,
      ),
  };
}
