import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EquipmentCategory } from '../equipment/equipment.entity.js';
import { systemActorOf, WorkOrderSystemActor } from './system-actor.js';
import {
  QuoteState,
  type WorkOrder,
  WorkOrderCategory,
  WorkOrderPriority,
  WorkOrderSource,
} from './work-order.entity.js';
import { availableActions, WorkOrderAction, WorkOrderState } from './work-order.machine.js';
import type { WorkOrderEvent } from './work-order-event.entity.js';

registerEnumType(WorkOrderState, {
  name: 'WorkOrderState',
  description: 'Where a work order is in its life.',
  valuesConfig: {
    SUBMITTED: { description: 'Filed, waiting to be dispatched 待派单' },
    DISPATCHED: { description: 'Assigned, waiting for the technician 已派单' },
    ACCEPTED: { description: 'The technician took it 已接单' },
    IN_PROGRESS: { description: 'Being worked on 处理中' },
    ON_HOLD: { description: 'Waiting for parts or the tenant 挂起' },
    COMPLETED: { description: 'Done, waiting for the requester 待验收' },
    VERIFIED: { description: 'Confirmed by the requester 已验收' },
    CLOSED: { description: 'Closed 已关闭' },
    CANCELLED: { description: 'Cancelled 已取消' },
  },
});
registerEnumType(WorkOrderAction, {
  name: 'WorkOrderAction',
  description: 'What can be done to a work order.',
  valuesConfig: {
    DISPATCH: { description: 'Assign or re-assign a technician (assigneeId).' },
    ACCEPT: { description: 'The assignee takes the job.' },
    DECLINE: { description: 'The assignee hands it back (note: why).' },
    START: { description: 'The assignee starts work.' },
    HOLD: { description: 'Pause: waiting for parts or the tenant (holdReason).' },
    RESUME: { description: 'Continue after a hold.' },
    COMPLETE: { description: 'The assignee finished the work.' },
    VERIFY: { description: 'The requester confirms the fix.' },
    REWORK: { description: 'The requester sends it back: not fixed.' },
    CLOSE: { description: 'Close a verified order.' },
    CANCEL: { description: 'Withdraw it before work starts.' },
  },
});
registerEnumType(WorkOrderSource, {
  name: 'WorkOrderSource',
  description: 'Where a work order came from.',
  valuesConfig: {
    TENANT_REPAIR: { description: 'A tenant’s repair request 报修' },
    COMPLAINT: { description: 'A complaint 投诉' },
    INSPECTION: { description: 'An inspection finding 巡检' },
    ALARM: { description: 'A device alarm 告警' },
    MAINTENANCE_PLAN: { description: 'A maintenance plan 维保计划' },
    PATROL: { description: 'A patrol exception 巡更' },
    STAFF: { description: 'Raised by staff 内部' },
    PUBLIC_REPORT: { description: 'Reported by anyone through an equipment QR label, unverified 扫码报修' },
  },
});
registerEnumType(WorkOrderPriority, {
  name: 'WorkOrderPriority',
  description: 'How urgent (SPEC §3.4).',
  valuesConfig: {
    EMERGENCY: { description: 'Emergency 紧急' },
    URGENT: { description: 'Urgent 加急' },
    NORMAL: { description: 'Normal 一般' },
  },
});
registerEnumType(WorkOrderCategory, {
  name: 'WorkOrderCategory',
  description: 'Kind of work.',
  valuesConfig: Object.fromEntries(
    Object.values(WorkOrderCategory).map((c) => [c, { description: `${c.toLowerCase()} work` }]),
  ),
});

registerEnumType(QuoteState, {
  name: 'QuoteState',
  description: 'Where a paid repair’s quote stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the tenant 待确认' },
    ACCEPTED: { description: 'Accepted; work may start 已接受' },
    DECLINED: { description: 'Declined by the tenant 已拒绝' },
  },
});

@ObjectType('WorkOrderQuote', { description: 'A paid repair’s quote (labour and materials, in fen).' })
export class WorkOrderQuoteType {
  @Field(() => Int, { description: 'Labour, fen.' })
  labourFen!: number;

  @Field(() => Int, { description: 'Materials, fen.' })
  materialsFen!: number;

  @Field(() => Int, { description: 'Labour plus materials, fen.' })
  totalFen!: number;

  @Field(() => String, { nullable: true, description: 'What is quoted.' })
  note!: string | null;

  @Field(() => QuoteState, { description: 'Pending, accepted or declined.' })
  state!: QuoteState;

  @Field({ description: 'When it was quoted.' })
  quotedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who quoted.' })
  quotedBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the tenant decided.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who decided.' })
  decidedBy!: string | null;
}

function toQuoteType(w: WorkOrder): WorkOrderQuoteType | null {
  if (!w.quoteState || !w.quotedAt) return null;
  const labourFen = w.quoteLabourFen ?? 0;
  const materialsFen = w.quoteMaterialsFen ?? 0;
  return {
    labourFen,
    materialsFen,
    totalFen: labourFen + materialsFen,
    note: w.quoteNote ?? null,
    state: w.quoteState,
    quotedAt: w.quotedAt,
    quotedBy: w.quotedByLabel ?? null,
    decidedAt: w.quoteDecidedAt ?? null,
    decidedBy: w.quoteDecidedByLabel ?? null,
  };
}

@ObjectType('WorkOrderEvent', { description: 'One step of a work order: who did what, when.' })
export class WorkOrderEventType {
  @Field(() => ID, { description: 'Event id.' })
  id!: string;

  @Field({ description: 'SUBMIT, or the action taken.' })
  action!: string;

  @Field(() => WorkOrderState, { nullable: true, description: 'State before (none for SUBMIT).' })
  fromState!: WorkOrderState | null;

  @Field(() => WorkOrderState, { description: 'State after.' })
  toState!: WorkOrderState;

  @Field(() => String, { nullable: true, description: 'Who acted, by name.' })
  actorLabel!: string | null;

  @Field({
    description:
      'The platform acted, not a person (automatic dispatch, a timer, a maintenance schedule): apps name it in their own language.',
  })
  automatic!: boolean;

  @Field(() => WorkOrderSystemActor, {
    nullable: true,
    description:
      'Which part of the platform acted; null when a person did (then `actorLabel` is their name).',
  })
  systemActor!: WorkOrderSystemActor | null;

  @Field(() => String, { nullable: true, description: 'Note given with the action.' })
  note!: string | null;

  @Field({ description: 'When.' })
  at!: Date;
}

export const toWorkOrderEventType = (e: WorkOrderEvent): WorkOrderEventType => ({
  id: e.id,
  action: e.action,
  fromState: e.fromState ?? null,
  toState: e.toState,
  actorLabel: e.actorLabel ?? null,
  automatic: systemActorOf(e) !== null,
  systemActor: systemActorOf(e),
  note: e.note ?? null,
  at: e.createdAt,
});

export enum SlaStatusEnum {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  BREACHED = 'BREACHED',
  MET = 'MET',
}
registerEnumType(SlaStatusEnum, {
  name: 'SlaStatus',
  description: 'Where a deadline stands.',
  valuesConfig: {
    ON_TRACK: { description: 'Time enough left.' },
    AT_RISK: { description: 'In the last fifth of the window: warn.' },
    BREACHED: { description: 'The deadline passed undone.' },
    MET: { description: 'Done in time.' },
  },
});

@ObjectType('WorkOrderSla', { description: 'Response and resolution deadlines, counted from dispatch.' })
export class WorkOrderSlaType {
  @Field({ description: 'Someone must start work by then.' })
  respondBy!: Date;

  @Field({ description: 'The fault must be fixed by then.' })
  resolveBy!: Date;

  @Field(() => SlaStatusEnum, { description: 'Response deadline now.' })
  response!: SlaStatusEnum;

  @Field(() => SlaStatusEnum, { description: 'Resolution deadline now.' })
  resolution!: SlaStatusEnum;
}

@ObjectType('WorkOrder', { description: 'A repair, complaint or other job for park staff (工单).' })
export class WorkOrderType {
  @Field(() => ID, { description: 'Work order id.' })
  id!: string;

  @Field({ description: 'Number, e.g. WO-20261121-00042.' })
  number!: string;

  @Field(() => WorkOrderSource, { description: 'Where it came from.' })
  source!: WorkOrderSource;

  @Field(() => WorkOrderCategory, { description: 'Kind of work.' })
  category!: WorkOrderCategory;

  @Field(() => WorkOrderPriority, { description: 'How urgent.' })
  priority!: WorkOrderPriority;

  @Field(() => WorkOrderState, { description: 'Where it is now.' })
  state!: WorkOrderState;

  @Field(() => Int, { description: 'Rises with every transition; send it back as expectedVersion.' })
  version!: number;

  @Field({ description: 'Short title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What is wrong.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Where, in words (public areas).' })
  locationNote!: string | null;

  @Field(() => EquipmentCategory, {
    nullable: true,
    description:
      'Park-wide maintenance: every piece of this equipment category in the park (a plan’s order naming no single equipment); apps word it.',
  })
  equipmentCategory!: EquipmentCategory | null;

  @Field(() => String, { nullable: true, description: 'Why it is on hold.' })
  holdReason!: string | null;

  @Field(() => [WorkOrderAction], { description: 'Actions the state allows (permissions aside).' })
  availableActions!: WorkOrderAction[];

  @Field({ description: 'When it was filed.' })
  submittedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last dispatched.' })
  dispatchedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the work was completed.' })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Return visit: satisfaction 1–5.' })
  visitScore!: number | null;

  @Field(() => String, { nullable: true, description: 'Return visit: what the requester said.' })
  visitComment!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the return visit was made.' })
  visitedAt!: Date | null;

  @Field(() => WorkOrderQuoteType, { nullable: true, description: 'Paid repairs: the quote.' })
  quote!: WorkOrderQuoteType | null;

  @Field(() => Int, { nullable: true, description: 'Paid repairs: the accepted amount to bill, fen.' })
  billableFen!: number | null;

  @Field(() => Int, { nullable: true, description: 'The requester’s rating (1–5) when confirming.' })
  rating!: number | null;

  @Field(() => String, { nullable: true, description: 'The requester’s comment when confirming.' })
  ratingComment!: string | null;

  followUpOfId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The maintenance plan that filed it.' })
  maintenancePlanId!: string | null;

  @Field(() => String, { nullable: true, description: 'The plan’s due date it answers (YYYY-MM-DD).' })
  planDueOn!: string | null;

  startedAt!: Date | null;
  parkId!: string;
  buildingId!: string | null;
  unitId!: string | null;
  equipmentId!: string | null;
  tenantId!: string | null;
  requesterId!: string | null;
  assigneeId!: string | null;
}

export function toWorkOrderType(w: WorkOrder): WorkOrderType {
  return {
    id: w.id,
    number: w.number,
    source: w.source,
    category: w.category,
    priority: w.priority,
    state: w.state,
    version: w.version,
    title: w.title,
    description: w.description ?? null,
    locationNote: w.locationNote ?? null,
    equipmentCategory: w.equipmentCategory ?? null,
    holdReason: w.holdReason ?? null,
    availableActions: availableActions(w.state),
    submittedAt: w.submittedAt,
    dispatchedAt: w.dispatchedAt ?? null,
    completedAt: w.completedAt ?? null,
    closedAt: w.closedAt ?? null,
    startedAt: w.startedAt ?? null,
    visitScore: w.visitScore ?? null,
    visitComment: w.visitComment ?? null,
    visitedAt: w.visitedAt ?? null,
    quote: toQuoteType(w),
    billableFen: w.billableFen ?? null,
    rating: w.rating ?? null,
    ratingComment: w.ratingComment ?? null,
    followUpOfId: w.followUpOf?.id ?? null,
    maintenancePlanId: w.maintenancePlan?.id ?? null,
    planDueOn: w.planDueOn ?? null,
    parkId: w.park.id,
    buildingId: w.building?.id ?? null,
    unitId: w.unit?.id ?? null,
    equipmentId: w.equipment?.id ?? null,
    tenantId: w.tenant?.id ?? null,
    requesterId: w.requester?.id ?? null,
    assigneeId: w.assignee?.id ?? null,
  };
}
