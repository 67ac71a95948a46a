import { IsOptional, Length } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { AuditWords } from '../../kernel/audit-vocabulary.js';
import type { AuditListRow } from './audit.repository.js';

@ObjectType('AuditEntry', { description: 'One line of the append-only, hash-chained audit log.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'Position in the chain (1, 2, 3, …).' })
  seq!: string;

  @Field({ description: 'When it happened (UTC).' })
  occurredAt!: Date;

  @Field({ description: 'staff, tenant, device, partner, system or anonymous.' })
  actorKind!: string;

  @Field(() => ID, { nullable: true, description: 'User, device or key id.' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'Actor’s name at the time.' })
  actorLabel!: string | null;

  @Field(() => ID, { nullable: true, description: 'Park concerned.' })
  parkId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Tenant company concerned.' })
  tenantId!: string | null;

  @Field({ description: 'GraphQL operation field, e.g. updateUnit or login.' })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'Feature the operation belongs to, e.g. unit.' })
  module!: string | null;

  @Field(() => String, { nullable: true, description: 'That feature’s Chinese name (e.g. 房源).' })
  moduleName!: string | null;

  @Field(() => String, { nullable: true, description: 'That feature’s English name (e.g. Units).' })
  moduleNameEn!: string | null;

  @Field({ description: 'What was done, in Chinese (e.g. 修改房源); the operation itself when unknown.' })
  action!: string;

  @Field({ description: 'What was done, in English (e.g. Edit a unit); the operation itself when unknown.' })
  actionEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the record changed as it was recorded (its name, title, number or code).',
  })
  targetName!: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of record changed, e.g. Unit.' })
  targetType!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the record changed.' })
  targetId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before, personal data masked.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after (or the input), masked.' })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Client address.' })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: 'Request id, as in the server log.' })
  requestId!: string | null;

  @Field({ description: 'OK, FAILED, DENIED or ROLLED_BACK.' })
  outcome!: string;

  @Field(() => String, { nullable: true, description: 'Error code when not OK.' })
  errorCode!: string | null;

  @Field({ description: 'SHA-256 of this entry, chained to the one before (hex).' })
  hash!: string;
}

const NAME_FIELDS = ['name', 'displayName', 'title', 'number', 'code', 'login'] as const;

/** The first naming field of a recorded snapshot (after, else before), e.g. a unit's name. */
export function recordedName(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string | null {
  for (const snapshot of [after, before])
    for (const field of NAME_FIELDS) {
      const value = snapshot?.[field];
      if (typeof value === 'string' && value !== '') {
        const title = snapshot?.title;
        // A work order is known by number and title together.
        return field === 'number' && typeof title === 'string' ? `${value} ${title}` : value;
      }
    }
  return null;
}

export function toAuditEntryType(e: AuditListRow, words: AuditWords | undefined): AuditEntryType {
  return {
    seq: e.seq,
    occurredAt: new Date(e.occurred_at),
    actorKind: e.actor_kind,
    actorId: e.actor_id,
    actorLabel: e.actor_label,
    parkId: e.park_id,
    tenantId: e.tenant_id,
    operation: e.operation,
    module: words?.module ?? null,
    moduleName: words?.moduleTitle.zh ?? null,
    moduleNameEn: words?.moduleTitle.en ?? null,
    action: words?.action.zh ?? e.operation,
    actionEn: words?.action.en ?? e.operation,
    targetType: e.target_type,
    targetId: e.target_id,
    targetName: recordedName(e.before, e.after),
    before: e.before,
    after: e.after,
    ip: e.ip,
    requestId: e.request_id,
    outcome: e.outcome,
    errorCode: e.error_code,
    hash: e.hash,
  };
}

@ObjectType('AuditChainReport', { description: 'Result of re-computing every hash of the audit chain.' })
export class AuditChainReport {
  @Field({ description: 'The chain is intact.' })
  ok!: boolean;

  @Field(() => Int, { description: 'Entries checked.' })
  checked!: number;

  @Field(() => ID, { nullable: true, description: 'Last entry’s seq.' })
  lastSeq!: string | null;

  @Field(() => ID, { nullable: true, description: 'First entry that does not hold.' })
  brokenSeq!: string | null;

  @Field(() => String, { nullable: true, description: 'What is wrong with it.' })
  problem!: string | null;
}

/**
 * Which audit entries to list: what the log page filters by (person, module, action, outcome,
 * dates), one input so that an export of the log takes the same filter.
 */
@InputType({ description: 'Which audit entries to list.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Park concerned.' })
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Who acted (user, device or key id).' })
  actorId?: string;

  @Field({ nullable: true, description: 'Feature, e.g. work-order (see auditVocabulary).' })
  @IsOptional()
  @Length(1, 40)
  module?: string;

  @Field({ nullable: true, description: 'Operation (the action), e.g. updateUnit.' })
  @IsOptional()
  @Length(1, 80)
  operation?: string;

  @Field({ nullable: true, description: 'OK, FAILED, DENIED or ROLLED_BACK.' })
  @IsOptional()
  @Length(1, 16)
  outcome?: string;

  @Field({ nullable: true, description: 'Kind of record, e.g. Unit.' })
  @IsOptional()
  @Length(1, 40)
  targetType?: string;

  @Field({ nullable: true, description: 'Id of the record.' })
  @IsOptional()
  @Length(1, 64)
  targetId?: string;

  @Field(() => Date, { nullable: true, description: 'From this time on.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  to?: Date;
}

@ObjectType('AuditAction', { description: 'One kind of recorded action, in words.' })
export class AuditActionType {
  @Field({ description: 'The operation it is recorded as, e.g. updateUnit.' })
  operation!: string;

  @Field({ description: 'Chinese name (e.g. 修改房源).' })
  name!: string;

  @Field({ description: 'English name (e.g. Edit a unit).' })
  nameEn!: string;
}

@ObjectType('AuditModule', {
  description: 'A feature of the platform and the actions the audit log records for it.',
})
export class AuditModuleType {
  @Field({ description: 'Feature key, e.g. work-order.' })
  module!: string;

  @Field({ description: 'Chinese name (e.g. 工单).' })
  name!: string;

  @Field({ description: 'English name (e.g. Work orders).' })
  nameEn!: string;

  @Field(() => [AuditActionType], { description: 'Its changes and background tasks.' })
  actions!: AuditActionType[];
}
