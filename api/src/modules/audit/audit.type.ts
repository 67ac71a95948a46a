import { IsOptional, Length } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { AuditEntry } from './audit-entry.entity.js';

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

export function toAuditEntryType(e: AuditEntry): AuditEntryType {
  return {
    seq: String(e.seq),
    occurredAt: e.occurredAt,
    actorKind: e.actorKind,
    actorId: e.actorId ?? null,
    actorLabel: e.actorLabel ?? null,
    parkId: e.parkId ?? null,
    tenantId: e.tenantId ?? null,
    operation: e.operation,
    targetType: e.targetType ?? null,
    targetId: e.targetId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
    ip: e.ip ?? null,
    requestId: e.requestId ?? null,
    outcome: e.outcome,
    errorCode: e.errorCode ?? null,
    hash: Buffer.from(e.hash).toString('hex'),
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

@InputType({ description: 'Which audit entries to list.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Park concerned.' })
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'Who acted.' })
  actorId?: string;

  @Field({ nullable: true, description: 'Operation, e.g. updateUnit.' })
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
