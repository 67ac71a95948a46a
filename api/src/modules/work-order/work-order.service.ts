import { type FilterQuery, QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import { authorize } from '../../graphql/authorize.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, readByIdOrFail } from '../../graphql/lookup.js';
import { idOrNone, likePattern } from '../../graphql/validate.js';
import { BadInputError, ConflictError, ForbiddenError } from '../../kernel/errors.js';
import type { Permission } from '../auth/permissions.js';
import { Building } from '../building/building.entity.js';
import { Equipment } from '../equipment/equipment.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { AppUser } from '../user/user.entity.js';
import {
  announceDispatch,
  autoAssignee,
  checkedAssignee,
  dispatchAutomatically,
  type PlannedAssignee,
} from './dispatch.service.js';
import { MAINTENANCE_PLAN_LABEL } from './system-actor.js';
import { QuoteState, WorkOrder, WorkOrderSource } from './work-order.entity.js';
import type { SubmitWorkOrderInput, TransitionWorkOrderInput, WorkOrderFilter } from './work-order.inputs.js';
import { WorkOrderAction as A, nextState, WorkOrderState } from './work-order.machine.js';
import { workOrderRepository } from './work-order.repository.js';
import { toWorkOrderType, type WorkOrderType } from './work-order.type.js';
import { WorkOrderEvent } from './work-order-event.entity.js';

/** The permission each action needs; CANCEL is decided in `transition`. */
const ACTION_PERMISSION: Record<Exclude<A, A.CANCEL>, Permission> = {
  [A.DISPATCH]: 'workOrder.dispatch',
  [A.CLOSE]: 'workOrder.dispatch',
  [A.ACCEPT]: 'workOrder.work',
  [A.DECLINE]: 'workOrder.work',
  [A.START]: 'workOrder.work',
  [A.HOLD]: 'workOrder.work',
  [A.RESUME]: 'workOrder.work',
  [A.COMPLETE]: 'workOrder.work',
  [A.VERIFY]: 'workOrder.verify',
  [A.REWORK]: 'workOrder.verify',
};
/** Only the technician it is assigned to works an order. */
const ASSIGNEE_ONLY = new Set<A>([A.ACCEPT, A.DECLINE, A.START, A.HOLD, A.RESUME, A.COMPLETE]);

/**
 * The actions the caller may take on the order now, by the rules `transition` checks: the state
 * allows it, a role grants its permission, work steps only for the assignee, and without
 * `workOrder.dispatch` a cancel only by the requester before dispatch. The apps show these as
 * buttons instead of keeping their own copy of the table.
 */
export function viewerActions(
  ctx: RequestContext,
  order: Pick<WorkOrderType, 'state' | 'availableActions' | 'assigneeId' | 'requesterId'>,
): A[] {
  const actor = ctx.actor;
  if (actor.kind === 'anonymous') return [];
  return order.availableActions.filter((action) =>
    action === A.CANCEL
      ? actor.permissions.has('workOrder.dispatch') ||
        (actor.permissions.has('workOrder.submit') &&
          order.state === WorkOrderState.SUBMITTED &&
          order.requesterId === actor.id)
      : actor.permissions.has(ACTION_PERMISSION[action]) &&
        (!ASSIGNEE_ONLY.has(action) || order.assigneeId === actor.id),
  );
}
/** The timestamp each arrival state sets. */
const STAMP: Partial<Record<WorkOrderState, string>> = {
  [WorkOrderState.DISPATCHED]: 'dispatchedAt',
  [WorkOrderState.ACCEPTED]: 'acceptedAt',
  [WorkOrderState.IN_PROGRESS]: 'startedAt',
  [WorkOrderState.COMPLETED]: 'completedAt',
  [WorkOrderState.VERIFIED]: 'verifiedAt',
  [WorkOrderState.CLOSED]: 'closedAt',
  [WorkOrderState.CANCELLED]: 'cancelledAt',
};

function where(ctx: RequestContext, f: WorkOrderFilter | undefined): FilterQuery<WorkOrder> {
  if (!f) return {};
  return {
    ...(f.parkId !== undefined && { park: idOrNone(f.parkId) }),
    ...(f.states?.length && { state: { $in: f.states } }),
    ...(f.assigneeId !== undefined && { assignee: idOrNone(f.assigneeId) }),
    ...(f.mine && { assignee: ctx.signedIn.id }),
    ...(f.requestedByMe && { requester: ctx.signedIn.id }),
    ...(f.priorities?.length && { priority: { $in: f.priorities } }),
    ...(f.buildingId !== undefined && { building: idOrNone(f.buildingId) }),
    ...(f.search && {
      $or: [
        { number: { $ilike: likePattern(f.search) } },
        { title: { $ilike: likePattern(f.search) } },
        { locationNote: { $ilike: likePattern(f.search) } },
      ],
    }),
  } as FilterQuery<WorkOrder>;
}

/** Describes the order in the running mutation's (or job's) audit entry. */
export function recordOrderChange(
  ctx: RequestContext,
  order: WorkOrder,
  change: { before?: Record<string, unknown>; after: unknown },
): void {
  ctx.recordChange({
    targetType: 'WorkOrder',
    targetId: order.id,
    parkId: order.park.id,
    tenantId: order.tenant?.id ?? null,
    ...change,
  });
}

/**
 * Writes one step of an order: a conditional update on its version (of two concurrent steps one
 * wins, the other gets CONFLICT), the event, the audit entry and the live event. `to` defaults to
 * the current state (a quote, a decision). Reloads the order.
 */
export async function applyMove(
  ctx: RequestContext,
  order: WorkOrder,
  step: {
    action: string;
    to?: WorkOrderState;
    changes: Record<string, unknown>;
    note: string | null;
    audit?: Record<string, unknown>;
  },
): Promise<void> {
  const em = ctx.em;
  const from = order.state;
  const to = step.to ?? from;
  const updated = await em.nativeUpdate(
    WorkOrder,
    { id: order.id, version: order.version, state: from },
    { ...step.changes, state: to, version: order.version + 1, updatedAt: ctx.now() },
  );
  if (updated === 0)
    throw new ConflictError('Someone else acted on this work order first', 'CONCURRENT_TRANSITION');
  em.create(WorkOrderEvent, {
    park: order.park,
    workOrder: order,
    action: step.action,
    fromState: from,
    toState: to,
    actorId: ctx.signedIn.id,
    actorLabel: ctx.signedIn.label,
    note: step.note,
  });
  await em.flush();
  await em.refresh(order);
  recordOrderChange(ctx, order, {
    before: { state: from },
    after: { state: to, action: step.action, assigneeId: order.assignee?.id ?? null, ...step.audit },
  });
  ctx.publish('WORK_ORDER_CHANGED', order.park.id, {
    workOrderId: order.id,
    tenantId: order.tenant?.id ?? null,
    action: step.action,
  });
}

type NewOrder = Pick<
  WorkOrder,
  'park' | 'source' | 'category' | 'priority' | 'title' | 'description' | 'building' | 'unit' | 'equipment'
> &
  Partial<
    Pick<
      WorkOrder,
      | 'locationNote'
      | 'equipmentCategory'
      | 'tenant'
      | 'requester'
      | 'followUpOf'
      | 'maintenancePlan'
      | 'planDueOn'
    >
  >;

/**
 * Files a new order, whoever files it (a user, a maintenance plan, a follow-up rule): numbers
 * it in the park's day, records SUBMIT, dispatches it (to `planned` when named and still able,
 * else automatically when someone fits), and announces it. The caller records it in its audit entry.
 */
export async function fileOrder(
  ctx: RequestContext,
  fields: NewOrder,
  planned?: PlannedAssignee,
): Promise<WorkOrder> {
  const em = ctx.em;
  const now = ctx.now();
  const seq = await workOrderRepository.nextNumber(em);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: fields.park.timeZone, dateStyle: 'short' }).format(
    now,
  );
  const order = em.create(WorkOrder, {
    locationNote: null,
    equipmentCategory: null,
    tenant: null,
    requester: null,
    followUpOf: null,
    maintenancePlan: null,
    planDueOn: null,
    ...fields,
    number: `WO-${day.replaceAll('-', '')}-${seq.padStart(5, '0')}`,
    submittedAt: now,
  });
  em.create(WorkOrderEvent, {
    park: fields.park,
    workOrder: order,
    action: 'SUBMIT',
    fromState: null,
    toState: WorkOrderState.SUBMITTED,
    actorId: ctx.signedIn.id,
    // A plan's order is filed by its schedule: its history names the plan, not the job runner.
    actorLabel:
      fields.source === WorkOrderSource.MAINTENANCE_PLAN ? MAINTENANCE_PLAN_LABEL : ctx.signedIn.label,
    note: null,
  });
  await em.flush();
  await dispatchAutomatically(ctx, order, planned);
  ctx.publish('WORK_ORDER_CHANGED', fields.park.id, {
    workOrderId: order.id,
    tenantId: order.tenant?.id ?? null,
    action: 'SUBMIT',
  });
  return order;
}

/** Work orders: filed by tenants or staff, moved through their states by those allowed to. */
export const workOrderService = {
  async get(ctx: RequestContext, id: string) {
    return toWorkOrderType(await readByIdOrFail(ctx.em, WorkOrder, id, 'WorkOrder'));
  },

  list(ctx: RequestContext, filter: WorkOrderFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    return paginate({
      em: ctx.em,
      entity: WorkOrder,
      where: where(ctx, filter),
      orderBy: { submittedAt: QueryOrder.DESC },
      page,
      info,
      map: toWorkOrderType,
    });
  },

  async submit(ctx: RequestContext, input: SubmitWorkOrderInput) {
    const actor = ctx.signedIn;
    const em = ctx.em;
    const unit = input.unitId ? await findByIdOrFail(em, Unit, input.unitId, 'Unit', 'input.unitId') : null;
    const equipment = input.equipmentId
      ? await findByIdOrFail(em, Equipment, input.equipmentId, 'Equipment', 'input.equipmentId')
      : null;
    const building = input.buildingId
      ? await findByIdOrFail(em, Building, input.buildingId, 'Building', 'input.buildingId')
      : (unit?.building ?? equipment?.building ?? null);
    if (!unit && !equipment && !building && !input.locationNote)
      throw new BadInputError(
        'input',
        'Say where: a unit, equipment, building or a note',
        'LOCATION_REQUIRED',
      );
    const parkId =
      unit?.park.id ?? equipment?.park.id ?? building?.park.id ?? input.parkId ?? actor.parkIds[0];
    const park = parkId ? await findByIdOrFail(em, Park, parkId, 'Park', 'input.parkId') : null;
    if (!park) throw new BadInputError('input.parkId', 'Which park?', 'PARK_REQUIRED');
    // A building taken from the unit or equipment is theirs; only what was given is checked.
    const given = [
      [unit, 'input.unitId'],
      [equipment, 'input.equipmentId'],
      [input.buildingId ? building : null, 'input.buildingId'],
    ] as const;
    for (const [thing, field] of given)
      if (thing && thing.park.id !== park.id)
        throw new BadInputError(field, 'Not in this park', 'OTHER_PARK');

    if (input.source === WorkOrderSource.PUBLIC_REPORT)
      throw new BadInputError(
        'input.source',
        'Only the equipment QR page files public reports',
        'SOURCE_NOT_ALLOWED',
      );
    let tenant: TenantCompany | null = null;
    let source = input.source ?? WorkOrderSource.STAFF;
    if (actor.kind === 'tenant') {
      tenant = em.getReference(TenantCompany, actor.tenantId!);
      source =
        input.source === WorkOrderSource.COMPLAINT
          ? WorkOrderSource.COMPLAINT
          : WorkOrderSource.TENANT_REPAIR;
    } else if (input.tenantId) {
      tenant = await findByIdOrFail(em, TenantCompany, input.tenantId, 'TenantCompany', 'input.tenantId');
    } else if (unit?.tenant) {
      tenant = unit.tenant;
    }
    const order = await fileOrder(ctx, {
      park,
      source,
      category: input.category,
      priority: input.priority,
      title: input.title,
      description: input.description ?? null,
      building,
      unit,
      equipment,
      locationNote: input.locationNote ?? null,
      tenant,
      requester:
        actor.kind === 'staff' || actor.kind === 'tenant' ? em.getReference(AppUser, actor.id) : null,
    });
    recordOrderChange(ctx, order, { after: toWorkOrderType(order) });
    return toWorkOrderType(order);
  },

  /**
   * Takes one action: checks the permission, the state machine and who may act, then moves the
   * order with a conditional update on its version, so of two concurrent actions one wins and
   * the other gets CONFLICT.
   */
  async transition(ctx: RequestContext, id: string, input: TransitionWorkOrderInput) {
    const actor = ctx.signedIn;
    const { action } = input;
    const operation = 'transitionWorkOrder';
    if (action === A.CANCEL) {
      if (!actor.permissions.has('workOrder.dispatch')) authorize(ctx, 'workOrder.submit', operation);
    } else authorize(ctx, ACTION_PERMISSION[action], operation);

    const em = ctx.em;
    const order = await findByIdOrFail(em, WorkOrder, id, 'WorkOrder');
    const from = order.state;
    const to = nextState(from, action);
    if (!to)
      throw new ConflictError(
        `A ${from.toLowerCase()} work order cannot take ${action}`,
        'ILLEGAL_TRANSITION',
        'input.action',
      );
    if (input.expectedVersion !== undefined && input.expectedVersion !== order.version)
      throw new ConflictError(
        'The work order changed since you looked; reload it',
        'STALE_VERSION',
        'input.expectedVersion',
      );
    if (ASSIGNEE_ONLY.has(action) && order.assignee?.id !== actor.id)
      throw new ForbiddenError('Only the assigned technician can do this', 'NOT_ASSIGNEE');
    if (action === A.CANCEL && !actor.permissions.has('workOrder.dispatch')) {
      if (from !== WorkOrderState.SUBMITTED || order.requester?.id !== actor.id)
        throw new ForbiddenError(
          'Only the requester can cancel, and only before dispatch',
          'CANCEL_NOT_ALLOWED',
        );
    }
    if ((action === A.DECLINE || action === A.REWORK) && !input.note)
      throw new BadInputError('input.note', 'Say why', 'NOTE_REQUIRED');

    const changes: Record<string, unknown> = {};
    const stamp = STAMP[to];
    if (stamp) changes[stamp] = ctx.now();
    if (action === A.DISPATCH) {
      // Without a name, dispatch picks as automatic dispatch does.
      const chosen = input.assigneeId ?? (await autoAssignee(ctx, order));
      if (!chosen)
        throw new BadInputError(
          'input.assigneeId',
          'Nobody of that department is on shift; name a technician',
          'NO_TECHNICIAN_ON_SHIFT',
        );
      changes.assignee = (await checkedAssignee(ctx, chosen, order.park.id)).id;
    }
    if (action === A.DECLINE) changes.assignee = null;
    if (action === A.HOLD) {
      if (!input.holdReason)
        throw new BadInputError('input.holdReason', 'Say what it waits for', 'HOLD_REASON_REQUIRED');
      changes.holdReason = input.holdReason;
    }
    if (action === A.RESUME) changes.holdReason = null;
    if (action === A.START && order.quoteState && order.quoteState !== QuoteState.ACCEPTED)
      throw new ConflictError(
        'The tenant has not accepted the quote; work cannot start',
        'QUOTE_NOT_ACCEPTED',
        'input.action',
      );
    if (action === A.VERIFY) {
      changes.rating = input.rating ?? null;
      changes.ratingComment = input.ratingComment ?? null;
    }
    await applyMove(ctx, order, {
      action,
      to,
      changes,
      note: input.note ?? input.holdReason ?? null,
      audit: { note: input.note ?? null },
    });
    if (action === A.DISPATCH) await announceDispatch(ctx, order);
    // Follow-ups and maintenance history subscribe in their manifests; this feature imports neither.
    if (action === A.VERIFY) await ctx.emit('workOrder.verified', order);
    if (action === A.COMPLETE) await ctx.emit('workOrder.completed', order);
    return toWorkOrderType(order);
  },
};
