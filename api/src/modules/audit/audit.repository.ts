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

/** Which entries to list; every field narrows, an absent one does not. */
export type AuditListFilter = {
  /** Continue below this seq (the previous page's last). */
  before?: number | undefined;
  parkId?: string | undefined;
  actorId?: string | undefined;
  /** Any of these operations (one action, or every operation of one module). */
  operations?: readonly string[] | undefined;
  outcome?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
};

/** An entry as the list reads it (seq as text, hash as hex). */
export type AuditListRow = {
  seq: string;
  /** As the driver gives it (text). */
  occurred_at: Date | string;
  actor_kind: string;
  actor_id: string | null;
  actor_label: string | null;
  park_id: string | null;
  tenant_id: string | null;
  operation: string;
  target_type: string | null;
  target_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  request_id: string | null;
  outcome: string;
  error_code: string | null;
  hash: string;
};

/**
 * One condition for every combination of filters: an absent filter is a null parameter whose
 * condition holds, so the text never varies and PostgreSQL plans it once.
 */
const WHERE_SQL = `
  (?::bigint is null or l.seq < ?::bigint)
    and (?::uuid is null or l.park_id = ?::uuid)
    and (?::uuid is null or l.actor_id = ?::uuid)
    and (?::text[] is null or l.operation = any(?::text[]))
    and (?::text is null or l.outcome = ?::text)
    and (?::text is null or l.target_type = ?::text)
    and (?::text is null or l.target_id = ?::text)
    and (?::timestamptz is null or l.occurred_at >= ?::timestamptz)
    and (?::timestamptz is null or l.occurred_at < ?::timestamptz)`;

/** The parameters of {@link WHERE_SQL}, in its order. */
function whereParams(f: AuditListFilter): unknown[] {
  const twice = (v: unknown) => [v ?? null, v ?? null];
  return [
    ...twice(f.before),
    ...twice(f.parkId),
    ...twice(f.actorId),
    ...twice(f.operations),
    ...twice(f.outcome),
    ...twice(f.targetType),
    ...twice(f.targetId),
    ...twice(f.from?.toISOString()),
    ...twice(f.to?.toISOString()),
  ];
}

/** A page of the list, newest first, by seq. */
const LIST_SQL = `
  select seq::text as seq, occurred_at, actor_kind, actor_id, actor_label, park_id, tenant_id, operation,
    target_type, target_id, before, after, ip, request_id, outcome, error_code, encode(hash, 'hex') as hash
  from audit_log as l
  where ${WHERE_SQL}
  order by seq desc
  limit ?::int`;

/** The audit log's SQL (STYLE rule 15): appending entries, listing them and verifying the chain. */
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

  /** Up to `limit` entries matching `f`, newest first. */
  list(em: EntityManager, f: AuditListFilter, limit: number): Promise<AuditListRow[]> {
    return query<AuditListRow>(em, LIST_SQL, [...whereParams(f), limit]);
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

/** The rows of an audit log export with the list's filter, newest first as the list sorts. */
export function auditExportSource(ctx: RequestContext, filter: AuditListFilter | undefined) {
  // A filter nothing can match (`listFilter` gives undefined) reads no row.
  const where = filter ? WHERE_SQL : 'false';
  const params = filter ? whereParams(filter) : [];
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
