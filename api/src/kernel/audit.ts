import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from './actor.js';

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
    occurredAt: Date,
  ): AuditRow[] {
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

/**
 * Writes a unit of work's audit rows into the log; the audit feature supplies it
 * (`modules/audit/audit-writer.ts`, through `modules/registry.ts`).
 */
export interface AuditWriter {
  write(em: EntityManager, rows: readonly AuditRow[]): Promise<void>;
}
