import { ArrayMaxSize, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { WorkOrderCategory, WorkOrderPriority, WorkOrderSource } from './work-order.entity.js';
import { WorkOrderAction, WorkOrderState } from './work-order.machine.js';

@InputType({
  description: 'A new work order. Give at least one of unitId, equipmentId, buildingId, locationNote.',
})
export class SubmitWorkOrderInput {
  @Field(() => WorkOrderCategory, { description: 'Kind of work.' })
  category!: WorkOrderCategory;

  @Field(() => WorkOrderPriority, { defaultValue: WorkOrderPriority.NORMAL, description: 'How urgent.' })
  priority!: WorkOrderPriority;

  @Field(() => WorkOrderSource, {
    nullable: true,
    description: 'Staff: where it came from (tenants: repair or complaint).',
  })
  source?: WorkOrderSource;

  @Field({ description: 'Short title, e.g. 会议室空调不制冷.' })
  @Length(2, 100)
  title!: string;

  @Field({ nullable: true, description: 'What is wrong.' })
  @IsOptional()
  @Length(1, 2000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'Park, when nothing else locates it (staff).' })
  parkId?: string;

  @Field(() => ID, { nullable: true, description: 'The unit (tenants: one of their own).' })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'The equipment concerned (staff).' })
  equipmentId?: string;

  @Field(() => ID, { nullable: true, description: 'The building, for public areas.' })
  buildingId?: string;

  @Field({ nullable: true, description: 'Where, in words, e.g. B1 东侧卫生间.' })
  @IsOptional()
  @Length(1, 200)
  locationNote?: string;

  @Field(() => ID, { nullable: true, description: 'Staff filing for a tenant company.' })
  tenantId?: string;
}

@InputType({ description: 'An action on a work order.' })
export class TransitionWorkOrderInput {
  @Field(() => WorkOrderAction, { description: 'What to do.' })
  action!: WorkOrderAction;

  @Field({ nullable: true, description: 'Why, or what was done; required to DECLINE and REWORK.' })
  @IsOptional()
  @Length(1, 500)
  note?: string;

  @Field(() => ID, { nullable: true, description: 'DISPATCH: the technician.' })
  assigneeId?: string;

  @Field({ nullable: true, description: 'HOLD: what it waits for.' })
  @IsOptional()
  @Length(1, 200)
  holdReason?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you saw; refused (CONFLICT) when it moved on.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion?: number;

  @Field(() => Int, { nullable: true, description: 'VERIFY: the requester’s rating, 1–5.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  rating?: number;

  @Field({ nullable: true, description: 'VERIFY: the requester’s comment.' })
  @IsOptional()
  @Length(1, 500)
  ratingComment?: string;
}

@InputType({ description: 'A paid repair’s quote.' })
export class QuoteWorkOrderInput {
  @Field(() => Int, { description: 'Labour, fen (≥ 0).' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  labourFen!: number;

  @Field(() => Int, { description: 'Materials, fen (≥ 0).' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  materialsFen!: number;

  @Field({ nullable: true, description: 'What is quoted (parts, hours), up to 480 characters.' })
  @IsOptional()
  // The order's history stores it after the amount ("¥2000000.00 ", at most 12 characters) in 500.
  @Length(1, 480)
  note?: string;
}

@InputType({ description: 'Which work orders.' })
export class WorkOrderFilter {
  @Field(() => ID, { nullable: true, description: 'Of this park.' })
  parkId?: string;

  @Field(() => [WorkOrderState], { nullable: true, description: 'In these states.' })
  states?: WorkOrderState[];

  @Field(() => ID, { nullable: true, description: 'Assigned to this user.' })
  assigneeId?: string;

  @Field({ nullable: true, description: 'Only those assigned to me.' })
  mine?: boolean;

  @Field({
    nullable: true,
    description:
      'Only those I filed myself (the portal’s “my requests”; without it a tenant admin sees the company’s).',
  })
  requestedByMe?: boolean;

  @Field(() => [WorkOrderPriority], { nullable: true, description: 'Of these priorities.' })
  @IsOptional()
  @ArrayMaxSize(3)
  priorities?: WorkOrderPriority[];

  @Field(() => ID, { nullable: true, description: 'In this building.' })
  buildingId?: string;

  @Field({ nullable: true, description: 'Part of the number, title or location note.' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}
