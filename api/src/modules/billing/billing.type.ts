import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Bill, BillLine, BillRun } from './billing.entity.js';
import { BillKind, BillLineSource, BillRunStatus, BillStatus } from './billing.enums.js';

registerEnumType(BillStatus, {
  name: 'BillStatus',
  description: 'Where a bill stands.',
  valuesConfig: {
    ISSUED: { description: 'Issued, not yet past due 已出账' },
    PARTLY_PAID: { description: 'Partly paid 部分支付' },
    PAID: { description: 'Paid 已结清' },
    OVERDUE: { description: 'Past due with money owed 逾期' },
    VOID: { description: 'Withdrawn before anything was paid 已作废' },
  },
});
registerEnumType(BillKind, {
  name: 'BillKind',
  description: 'A period’s first bill, or one correcting it.',
  valuesConfig: {
    REGULAR: { description: 'The period’s bill 正常账单' },
    ADJUSTMENT: { description: 'Differences a re-run found; a negative total is a credit note 调整账单' },
  },
});
registerEnumType(BillLineSource, {
  name: 'BillLineSource',
  description: 'Where a bill line comes from.',
  valuesConfig: {
    LEASE_RENT: { description: 'A lease’s rent 租金' },
    LEASE_PROPERTY_FEE: { description: 'A lease’s property fee 物业管理费' },
    LEASE_DEPOSIT: { description: 'A lease’s deposit 押金' },
    UTILITY: { description: 'A sub-meter’s consumption 水电费' },
    REPAIR: { description: 'A paid repair 有偿维修' },
    LATE_FEE: { description: 'Late fee on an earlier bill 滞纳金' },
    CHARGE: { description: 'A one-off charge: parking, room booking, service 其他收费' },
  },
});
registerEnumType(BillRunStatus, {
  name: 'BillRunStatus',
  description: 'A bill run’s progress.',
  valuesConfig: {
    RUNNING: { description: 'Working through the companies' },
    DONE: { description: 'Every company billed' },
    FAILED: { description: 'Stopped on an error' },
  },
});

@ObjectType('BillRun', { description: 'One bill run of a park and month, and how far it has come.' })
export class BillRunType {
  @Field(() => ID, { description: 'Run id.' })
  id!: string;

  @Field(() => ID, { description: 'Its park.' })
  parkId!: string;

  @Field({ description: 'The month billed, YYYY-MM.' })
  period!: string;

  @Field(() => BillRunStatus, { description: 'Progress.' })
  status!: BillRunStatus;

  @Field(() => Int, { description: 'Companies to go through.' })
  tenantsTotal!: number;

  @Field(() => Int, { description: 'Companies gone through.' })
  tenantsDone!: number;

  @Field(() => Int, { description: 'Regular bills issued.' })
  billsIssued!: number;

  @Field(() => Int, { description: 'Adjustment bills issued (changes since an earlier run).' })
  adjustments!: number;

  @Field({ description: 'When it started.' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it finished.' })
  finishedAt!: Date | null;
}

@ObjectType('BillLine', { description: 'A line of a bill and the source it is traced to.' })
export class BillLineType {
  @Field(() => ID, { description: 'Line id.' })
  id!: string;

  @Field(() => BillLineSource, { description: 'What kind of source.' })
  source!: BillLineSource;

  @Field(() => ID, { description: 'The lease, meter, work order, earlier bill or charge.' })
  sourceId!: string;

  @Field({ description: 'What it charges, in words (Chinese, as printed).' })
  description!: string;

  @Field({ description: 'First day charged (YYYY-MM-DD).' })
  periodFrom!: string;

  @Field({ description: 'Last day charged.' })
  periodTo!: string;

  @Field(() => String, { nullable: true, description: 'Quantity: m² or metered units.' })
  quantity!: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of the quantity.' })
  unit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Price, yuan per unit (per m² per month for a lease).',
  })
  unitPrice!: string | null;

  @Field(() => Int, { description: 'Amount, fen; negative when an adjustment takes back.' })
  amountFen!: number;

  @Field(() => String, { description: 'What the amount rests on, as JSON (days, readings).' })
  evidence!: string;
}

@ObjectType('Bill', { description: 'A bill 账单 to a tenant company for one month.' })
export class BillType {
  @Field(() => ID, { description: 'Bill id.' })
  id!: string;

  @Field(() => ID, { description: 'Its park.' })
  parkId!: string;

  @Field(() => ID, { description: 'The company billed.' })
  tenantId!: string;

  @Field({ description: 'Bill number, unique in the park.' })
  number!: string;

  @Field({ description: 'The month, YYYY-MM.' })
  period!: string;

  @Field(() => BillKind, { description: 'Regular or adjustment.' })
  kind!: BillKind;

  @Field(() => BillStatus, { description: 'Where it stands.' })
  status!: BillStatus;

  @Field({ description: 'Issued on (YYYY-MM-DD).' })
  issuedOn!: string;

  @Field({ description: 'Due on (YYYY-MM-DD).' })
  dueOn!: string;

  @Field(() => Int, { description: 'Total, fen.' })
  totalFen!: number;

  @Field(() => Int, { description: 'Paid so far, fen.' })
  paidFen!: number;

  @Field(() => Int, { description: 'Still owed, fen.' })
  outstandingFen!: number;

  @Field({ description: 'Printed on the bill; with its number it finds the bill at the kiosk.' })
  checkCode!: string;

  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  voidReason!: string | null;
}

@ObjectType('BillAging', {
  description: 'What a park’s companies owe, by days past due (fen, whole numbers).',
})
export class BillAgingType {
  @Field(() => Float, { description: 'Not yet due.' })
  notDueFen!: number;

  @Field(() => Float, { description: '1–30 days past due.' })
  days0to30Fen!: number;

  @Field(() => Float, { description: '31–60 days past due.' })
  days31to60Fen!: number;

  @Field(() => Float, { description: '61–90 days past due.' })
  days61to90Fen!: number;

  @Field(() => Float, { description: 'Over 90 days past due.' })
  days90plusFen!: number;

  @Field(() => Int, { description: 'Bills not yet due with money owed.' })
  billsNotDue!: number;

  @Field(() => Int, { description: 'Bills past due with money owed.' })
  billsOverdue!: number;
}

export const toBillRunType = (r: BillRun): BillRunType => ({
  id: r.id,
  parkId: r.park.id,
  period: r.period,
  status: r.status,
  tenantsTotal: r.tenantsTotal,
  tenantsDone: r.tenantsDone,
  billsIssued: r.billsIssued,
  adjustments: r.adjustments,
  startedAt: r.createdAt,
  finishedAt: r.finishedAt ?? null,
});

export const toBillType = (b: Bill): BillType => ({
  id: b.id,
  parkId: b.park.id,
  tenantId: b.tenant.id,
  number: b.number,
  period: b.period,
  kind: b.kind,
  status: b.status,
  issuedOn: b.issuedOn,
  dueOn: b.dueOn,
  totalFen: b.totalFen,
  paidFen: b.paidFen,
  outstandingFen: Math.max(0, b.totalFen - b.paidFen),
  checkCode: b.checkCode,
  voidReason: b.voidReason ?? null,
});

export const toBillLineType = (l: BillLine): BillLineType => ({
  id: l.id,
  source: l.source,
  sourceId: l.sourceId,
  description: l.description,
  periodFrom: l.periodFrom,
  periodTo: l.periodTo,
  quantity: l.quantity ?? null,
  unit: l.unit ?? null,
  unitPrice: l.unitPrice ?? null,
  amountFen: l.amountFen,
  evidence: JSON.stringify(l.evidence),
});
