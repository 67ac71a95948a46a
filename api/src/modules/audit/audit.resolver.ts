import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { auditService } from './audit.service.js';
import { AuditChainReport, AuditEntryType, AuditFilter, AuditModuleType } from './audit.type.js';

@ObjectType('AuditPage', { description: 'A page of audit entries, newest first.' })
class AuditPage {
  @Field(() => [AuditEntryType], { description: 'Entries, newest first.' })
  entries!: AuditEntryType[];

  @Field({ description: 'Older entries exist: pass the last seq as `before`.' })
  hasMore!: boolean;
}

@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Authorized('audit.read')
  @Query(() => AuditPage, { description: 'The audit log of your parks, newest first.' })
  auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Which entries.' }) filter:
      | AuditFilter
      | undefined,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1–100.' }) first: number,
    @Arg('before', () => ID, { nullable: true, description: 'Continue below this seq.' }) before:
      | string
      | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return auditService.list(ctx, filter, first, before);
  }

  @Authorized('audit.read')
  @Query(() => [AuditModuleType], {
    description:
      'The features and actions the audit log records, named in Chinese and English (its filters).',
  })
  auditVocabulary(@Ctx() ctx: RequestContext): AuditModuleType[] {
    return auditService.vocabulary(ctx);
  }

  @Authorized('audit.verify')
  @Query(() => AuditChainReport, {
    description: 'Re-computes the whole hash chain and names the first broken entry.',
  })
  verifyAuditChain(@Ctx() ctx: RequestContext) {
    return auditService.verify(ctx);
  }
}
