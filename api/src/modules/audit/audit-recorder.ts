import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { auditRepository } from './audit.repository.js';
import { maskForAudit } from './mask.js';
import { pgText } from './pg-text.js';

export type AuditOutcome = 'OK' | 'DENIED' | 'FAILED' | 'ROLLED_BACK';

/** What a service adds to the entry of the mutation it serves. */
export type AuditChange = {
  targetType: string;
  targetId: string;
  parkId?: string | null;
  tenantId?: string | null;
  before?: unknown;
  after?: unknown;
};

export type AuditRow = {
  operation: string;
  outcome: AuditOutcome;
  errorCode?: string | null;
  actor: Actor;
  actorLabel?: string | null;
  change?: AuditChange | undefined;
  args?: unknown;
  ip: string | null;
  requestId: string;
  occurredAt: Date;
};

type OpenEntry = { responseKey: string; operation: string; args: unknown; change?: AuditChange };

/**
 * Collects the audit entries of one request. Every root mutation field opens an entry when it
 * passes its permission check; services describe the target and before/after; the request
 * transaction writes the entries with the mutation's outcome (SPEC §4). Denied accesses are
 * recorded whether they were queries or mutations.
 */
export class AuditRecorder {
  private readonly entries: OpenEntry[] = [];
  private readonly denied: { operation: string; code: string }[] = [];

  /** Called by the permission check for each root mutation field. */
  open(responseKey: string, operation: string, args: unknown): void {
    this.entries.push({ responseKey, operation, args });
  }

  /** Describes the target of the mutation now running (mutations run one at a time). */
  change(change: AuditChange): void {
    const entry = this.entries.at(-1);
    if (entry) entry.change = { ...entry.change, ...change };
  }

  deny(operation: string, code: string): void {
    if (!this.denied.some((d) => d.operation === operation)) this.denied.push({ operation, code });
  }

  /** Response keys of the mutations that opened an entry, to mark them failed when closing fails. */
  openResponseKeys(): string[] {
    return this.entries.map((e) => e.responseKey);
  }

  get isEmpty(): boolean {
    return this.entries.length === 0 && this.denied.length === 0;
  }

  /**
   * The rows to write, given the response's errors: an entry whose field failed is FAILED with
   * its code; when the transaction was rolled back the others are ROLLED_BACK.
   */
  rows(
    base: Pick<AuditRow, 'actor' | 'ip' | 'requestId'>,
    errors: readonly { path?: readonly (string | number)[]; code?: string }[],
    committed: boolean,
  ): AuditRow[] {
    const occurredAt = new Date();
    const rows: AuditRow[] = this.entries.map((e) => {
      const error = errors.find((x) => x.path?.[0] === e.responseKey);
      const outcome: AuditOutcome = error ? 'FAILED' : committed ? 'OK' : 'ROLLED_BACK';
      return {
        ...base,
        operation: e.operation,
        outcome,
        errorCode: error?.code ?? null,
        change: e.change,
        args: e.change ? undefined : e.args,
        occurredAt,
      };
    });
    for (const d of this.denied)
      rows.push({ ...base, operation: d.operation, outcome: 'DENIED', errorCode: d.code, occurredAt });
    return rows;
  }
}

const actorIdOf = (a: Actor) => (a.kind === 'anonymous' ? null : a.id);

/**
 * Appends rows in one statement; the database trigger numbers and chains them. Every text is
 * made storable and clipped to its column, so whatever a caller sent, its attempt is recorded.
 */
export async function writeAuditRows(em: EntityManager, rows: readonly AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  await auditRepository.append(
    em,
    rows.map((r) => {
      const a = r.actor;
      const parkId =
        r.change?.parkId ??
        (a.kind !== 'anonymous' && a.parkIds.length === 1 ? (a.parkIds[0] ?? null) : null);
      const tenantId = r.change?.tenantId ?? (a.kind === 'tenant' ? a.tenantId : null);
      const after = r.change ? r.change.after : r.args;
      return {
        occurredAt: r.occurredAt,
        actorKind: a.kind === 'anonymous' ? 'anonymous' : a.kind,
        actorId: actorIdOf(a),
        actorLabel: pgText(r.actorLabel ?? (a.kind === 'anonymous' ? null : a.label), 100),
        parkId,
        tenantId,
        operation: pgText(r.operation, 80),
        targetType: pgText(r.change?.targetType, 40),
        targetId: pgText(r.change?.targetId, 64),
        before: r.change?.before === undefined ? null : JSON.stringify(maskForAudit(r.change.before)),
        after: after === undefined ? null : JSON.stringify(maskForAudit(after)),
        ip: pgText(r.ip, 64),
        requestId: pgText(r.requestId, 64),
        outcome: r.outcome,
        errorCode: pgText(r.errorCode, 60),
      };
    }),
  );
}
