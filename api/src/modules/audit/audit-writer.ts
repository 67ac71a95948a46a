import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import type { AuditRow, AuditWriter } from '../../kernel/audit.js';
import { auditRepository } from './audit.repository.js';
import { maskForAudit } from './mask.js';
import { pgText } from './pg-text.js';

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

/** The writer the request context uses, supplied to it through `modules/registry.ts`. */
export const auditWriter: AuditWriter = { write: writeAuditRows };
