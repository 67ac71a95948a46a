import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/context.js';
import { idOrNone } from '../../graphql/validate.js';
import { BadInputError } from '../../kernel/errors.js';
import { auditRepository } from './audit.repository.js';
import { type AuditChainReport, type AuditFilter, toAuditEntryType } from './audit.type.js';
import { AuditEntry } from './audit-entry.entity.js';

const MAX_PAGE = 100;

function auditWhere(f: AuditFilter | undefined, before: number | undefined): FilterQuery<AuditEntry> {
  return {
    ...(before !== undefined && { seq: { $lt: before } }),
    ...(f?.parkId !== undefined && { parkId: idOrNone(f.parkId) }),
    ...(f?.actorId !== undefined && { actorId: idOrNone(f.actorId) }),
    ...(f?.operation && { operation: f.operation }),
    ...(f?.outcome && { outcome: f.outcome.toUpperCase() }),
    ...(f?.targetType && { targetType: f.targetType }),
    ...(f?.targetId && { targetId: f.targetId }),
    ...((f?.from || f?.to) && {
      occurredAt: { ...(f.from && { $gte: f.from }), ...(f.to && { $lt: f.to }) },
    }),
  } as FilterQuery<AuditEntry>;
}

/** Re-computes every hash in the database; the first entry that does not hold is named. */
export async function verifyAuditChain(em: EntityManager): Promise<AuditChainReport> {
  const row = await auditRepository.verifyChain(em);
  return {
    ok: row!.broken_seq === null && row!.problem === null,
    checked: Number(row!.checked),
    lastSeq: row!.last_seq,
    brokenSeq: row!.broken_seq,
    problem: row!.problem,
  };
}

/** Browsing and verifying the audit log (SPEC §4). */
export const auditService = {
  /** Newest first; `before` is the seq to continue below (the previous page's last). */
  async list(
    ctx: RequestContext,
    filter: AuditFilter | undefined,
    first: number,
    before: string | null | undefined,
  ) {
    if (first < 1 || first > MAX_PAGE)
      throw new BadInputError('first', `first must be 1 to ${MAX_PAGE}`, 'PAGE_SIZE');
    // A client may send `before: null` for the first page.
    const cursor = before == null ? undefined : Number(before);
    if (cursor !== undefined && !Number.isSafeInteger(cursor))
      throw new BadInputError('before', 'before is the seq of an entry', 'INVALID_CURSOR');
    const rows = await ctx.em.find(AuditEntry, auditWhere(filter, cursor), {
      orderBy: { seq: 'desc' },
      limit: first + 1,
    });
    return {
      entries: rows.slice(0, first).map(toAuditEntryType),
      hasMore: rows.length > first,
    };
  },

  verify(ctx: RequestContext) {
    return verifyAuditChain(ctx.em);
  },
};
