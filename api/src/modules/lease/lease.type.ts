import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyRounding } from '../fee/money.js';
import type { Lease } from './lease.entity.js';
import { EscalationKind, LeaseLineKind, LeaseStatus, PaymentCycle } from './lease.enums.js';

registerEnumType(LeaseStatus, {
  name: 'LeaseStatus',
  description: 'Where a lease contract stands.',
  valuesConfig: {
    DRAFT: { description: 'Being drafted; binds nothing 草稿' },
    SIGNED: { description: 'Signed, term not begun; its units are promised 已签约' },
    ACTIVE: { description: 'In its term; its units are leased 执行中' },
    EXPIRED: { description: 'Its term ran out 已到期' },
    TERMINATED: { description: 'Ended early 已解约' },
  },
});
registerEnumType(PaymentCycle, {
  name: 'PaymentCycle',
  description: 'How often a lease is billed.',
  valuesConfig: {
    MONTHLY: { description: 'By calendar month 月付' },
    QUARTERLY: { description: 'By calendar quarter 季付' },
  },
});
registerEnumType(EscalationKind, {
  name: 'EscalationKind',
  description: 'How a lease’s rent rises over its term.',
  valuesConfig: {
    NONE: { description: 'Fixed for the term 固定租金' },
    FIXED_PERCENT: { description: 'By a percentage on each anniversary, compounded 按年递增' },
    STEPPED: { description: 'To stated prices from stated dates 阶梯租金' },
  },
});
registerEnumType(LeaseLineKind, {
  name: 'LeaseLineKind',
  description: 'What a line of a lease’s schedule charges.',
  valuesConfig: {
    RENT: { description: 'Rent 租金' },
    PROPERTY_FEE: { description: 'Property management fee 物业管理费' },
    DEPOSIT: { description: 'Deposit 押金' },
  },
});

@ObjectType('RentStep', { description: 'A stepped rent’s price from a date on.' })
export class RentStepType {
  @Field({ description: 'First day (YYYY-MM-DD).' })
  from!: string;

  @Field({ description: 'Rent from then on, yuan per m² per month.' })
  price!: string;
}

@ObjectType('DateSpan', { description: 'Days from one date to another, both included.' })
export class DateSpanType {
  @Field({ description: 'First day (YYYY-MM-DD).' })
  from!: string;

  @Field({ description: 'Last day (YYYY-MM-DD).' })
  to!: string;
}

@ObjectType('LeaseUnit', { description: 'A unit a lease holds.' })
export class LeaseUnitType {
  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;

  @Field({ description: 'The unit’s code when it was added to the lease.' })
  unitCode!: string;

  @Field({ description: 'Area leased, m² (2 decimals).' })
  area!: string;
}

@ObjectType('LeaseLine', {
  description: 'One charge of a lease’s schedule: one kind for its days of one month.',
})
export class LeaseLineType {
  @Field(() => LeaseLineKind, { description: 'What it charges.' })
  kind!: LeaseLineKind;

  @Field({ description: 'First day charged (YYYY-MM-DD).' })
  from!: string;

  @Field({ description: 'Last day charged.' })
  to!: string;

  @Field(() => Int, { description: 'Days charged; a part month is charged pro rata to its days.' })
  days!: number;

  @Field(() => Int, { description: 'Days of that month.' })
  monthDays!: number;

  @Field(() => Int, { description: 'Rent-free days among them.' })
  freeDays!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Price in force on its first day, yuan per m² per month.',
  })
  price!: string | null;

  @Field(() => Int, { description: 'Amount, fen, rounded once by the rule of the lease or fee standard.' })
  amountFen!: number;
}

@ObjectType('LeaseCycle', { description: 'One payment cycle of a lease and what it bills.' })
export class LeaseCycleType {
  @Field({ description: 'First day of the cycle (YYYY-MM-DD), cut to the term.' })
  from!: string;

  @Field({ description: 'Last day of the cycle.' })
  to!: string;

  @Field(() => [LeaseLineType], { description: 'Its lines, by month.' })
  lines!: LeaseLineType[];

  @Field(() => Int, { description: 'Sum of its lines, fen.' })
  totalFen!: number;
}

@ObjectType('Lease', { description: 'A lease contract 租赁合同: a tenant company leases units for a term.' })
export class LeaseType {
  @Field(() => ID, { description: 'Lease id.' })
  id!: string;

  @Field(() => ID, { description: 'Its park.' })
  parkId!: string;

  @Field(() => ID, { description: 'The tenant company.' })
  tenantId!: string;

  @Field({ description: 'Contract number, unique in the park.' })
  number!: string;

  @Field(() => LeaseStatus, { description: 'Where it stands.' })
  status!: LeaseStatus;

  @Field({ description: 'First day of the term (YYYY-MM-DD).' })
  startOn!: string;

  @Field({ description: 'Last day of the term; the termination date once ended early.' })
  endOn!: string;

  @Field(() => PaymentCycle, { description: 'Billed by month or quarter.' })
  paymentCycle!: PaymentCycle;

  @Field({ description: 'Rent, yuan per m² per month, from the first day.' })
  rentPrice!: string;

  @Field(() => MoneyRounding, { description: 'How each rent line is rounded to fen.' })
  rentRounding!: MoneyRounding;

  @Field(() => EscalationKind, { description: 'How the rent rises.' })
  escalation!: EscalationKind;

  @Field(() => String, { nullable: true, description: 'FIXED_PERCENT: the yearly rise, %.' })
  escalationPercent!: string | null;

  @Field(() => [RentStepType], { description: 'STEPPED: the rent from each date on.' })
  rentSteps!: RentStepType[];

  @Field(() => [DateSpanType], { description: 'Rent-free periods 免租期 (the property fee is still due).' })
  freePeriods!: DateSpanType[];

  @Field(() => ID, { nullable: true, description: 'The property fee standard billed with the rent.' })
  propertyFeeStandardId!: string | null;

  @Field(() => Int, { description: 'Deposit, fen, billed with the first cycle.' })
  depositFen!: number;

  @Field({ description: 'Late fee per day overdue, ‰ of the amount due; 0: none.' })
  lateFeePermille!: string;

  @Field(() => Int, { description: 'Days from a bill’s issue to its due date.' })
  dueDays!: number;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was signed.' })
  signedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The day it ended early (its last day).' })
  terminatedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it ended early.' })
  terminationReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The lease this one renews.' })
  renewalOfId!: string | null;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;
}

export const toLeaseType = (l: Lease): LeaseType => ({
  id: l.id,
  parkId: l.park.id,
  tenantId: l.tenant.id,
  number: l.number,
  status: l.status,
  startOn: l.startOn,
  endOn: l.endOn,
  paymentCycle: l.paymentCycle,
  rentPrice: l.rentPrice,
  rentRounding: l.rentRounding,
  escalation: l.escalation,
  escalationPercent: l.escalationPercent ?? null,
  rentSteps: l.rentSteps,
  freePeriods: l.freePeriods,
  propertyFeeStandardId: l.propertyFeeStandard?.id ?? null,
  depositFen: l.depositFen,
  lateFeePermille: l.lateFeePermille,
  dueDays: l.dueDays,
  notes: l.notes ?? null,
  signedAt: l.signedAt ?? null,
  terminatedOn: l.terminatedOn ?? null,
  terminationReason: l.terminationReason ?? null,
  renewalOfId: l.renewalOf?.id ?? null,
  createdAt: l.createdAt,
});
