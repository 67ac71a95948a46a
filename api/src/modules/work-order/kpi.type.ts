import { IsOptional, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { WorkOrderCategory } from './work-order.entity.js';

@InputType({ description: 'A return visit (回访).' })
export class ReturnVisitInput {
  @Field(() => Int, { description: 'Satisfaction, 1 (poor) to 5 (very satisfied).' })
  @Min(1)
  @Max(5)
  score!: number;

  @Field({ nullable: true, description: 'What the requester said.' })
  @IsOptional()
  @Length(1, 500)
  comment?: string;
}

@InputType({ description: 'Which work orders the KPIs cover: filed in [from, to).' })
export class WorkOrderKpiFilter {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field({ description: 'From (inclusive).' })
  from!: Date;

  @Field({ description: 'Until (exclusive).' })
  to!: Date;

  @Field(() => WorkOrderCategory, { nullable: true, description: 'Only this kind of work.' })
  category?: WorkOrderCategory;
}

@ObjectType('WorkOrderKpis', {
  description:
    'Work order performance (IPARK 5.2.1.6; QUALITY 七.5). Ratios are 0–1, null with nothing to count.',
})
export class WorkOrderKpis {
  @Field(() => Int, { description: 'Orders filed in the period.' })
  filed!: number;

  @Field(() => Int, { description: 'Of those, completed.' })
  completed!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Handling timeliness: completed within the SLA (target ≥ 0.98).',
  })
  timeliness!: number | null;

  @Field(() => Float, { nullable: true, description: 'Return-visit rate of verified jobs (target 1.0).' })
  returnVisitRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Satisfied visits (score 4–5) of all visits (target ≥ 0.95).',
  })
  satisfaction!: number | null;

  @Field(() => Float, { nullable: true, description: 'Completed without being sent back for rework.' })
  firstTimePass!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean minutes from dispatch to work started.' })
  meanResponseMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean minutes from dispatch to completion.' })
  meanResolutionMinutes!: number | null;

  @Field(() => Int, { description: 'Orders past their resolution deadline, done late or not done.' })
  slaBreaches!: number;
}
