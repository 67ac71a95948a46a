import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError } from '../../kernel/errors.js';
import { type AuditListFilter, auditRepository } from './audit.repository.js';
import {
  type AuditChainReport,
  type AuditFilter,
  type AuditModuleType,
  toAuditEntryType,
} from './audit.type.js';

const MAX_PAGE = 100;

/**
 * The repository's filter from the page's: a module stands for all its operations; an id that
 * is no UUID matches nothing (undefined when nothing can match).
 */
export function listFilter(
  ctx: RequestContext,
  f: AuditFilter | undefined,
  before: number | undefined,
): AuditListFilter | undefined {
  if ((f?.parkId !== undefined && !isUuid(f.parkId)) || (f?.actorId !== undefined && !isUuid(f.actorId)))
    return undefined;
  let operations: string[] | undefined;
  if (f?.module) operations = ctx.services.auditVocabulary.operationsOf(f.module);
  if (f?.operation) operations = operations ? operations.filter((o) => o === f.operation) : [f.operation];
  if (operations?.length === 0) return undefined;
  return {
    before,
    parkId: f?.parkId,
    actorId: f?.actorId,
    operations,
    outcome: f?.outcome?.toUpperCase(),
    targetType: f?.targetType,
    targetId: f?.targetId,
    from: f?.from,
    to: f?.to,
  };
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
    if (filter?.from && filter.to && filter.from > filter.to)
      throw new BadInputError('filter.to', 'to must not be before from', 'EMPTY_RANGE');
    const where = listFilter(ctx, filter, cursor);
    const rows = where ? await auditRepository.list(ctx.em, where, first + 1) : [];
    const vocabulary = ctx.services.auditVocabulary;
    return {
      entries: rows.slice(0, first).map((r) => toAuditEntryType(r, vocabulary.words(r.operation))),
      hasMore: rows.length > first,
    };
  },

  /** Every feature with the actions it records, in words: the log page's filter choices. */
  vocabulary(ctx: RequestContext): AuditModuleType[] {
    return ctx.services.auditVocabulary.modules
      .filter((m) => Object.keys(m.actions).length > 0)
      .map((m) => ({
        module: m.key,
        name: m.title.zh,
        nameEn: m.title.en,
        actions: Object.entries(m.actions).map(([operation, a]) => ({ operation, name: a.zh, nameEn: a.en })),
      }));
  },

  verify(ctx: RequestContext) {
    return verifyAuditChain(ctx.em);
  },
};
