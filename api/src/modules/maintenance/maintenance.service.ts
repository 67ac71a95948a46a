import { LockMode, QueryOrder } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { isCalendarDate } from '../../graphql/scalars.js';
import { scheduleJob, unscheduleJob } from '../../jobs/queue.js';
import { realTimeOf } from '../../kernel/clock.js';
import { BadInputError } from '../../kernel/errors.js';
import { Equipment } from '../equipment/equipment.entity.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import { MAINTENANCE_PLAN_LABEL } from '../work-order/system-actor.js';
import { type WorkOrder, WorkOrderPriority, WorkOrderSource } from '../work-order/work-order.entity.js';
import { WorkOrderState } from '../work-order/work-order.machine.js';
import { workOrderRepository } from '../work-order/work-order.repository.js';
import { fileOrder, recordOrderChange } from '../work-order/work-order.service.js';
import { maintenanceRepository } from './maintenance.repository.js';
import {
  type ComplianceItemType,
  ComplianceStatus,
  type CreateMaintenancePlanInput,
  toMaintenancePlanType,
  type UpdateMaintenancePlanInput,
} from './maintenance.type.js';
import { MaintenancePlan } from './maintenance-plan.entity.js';
import { type CalendarDate, defaultGraceDays, dueDates, nextDue, startOfDay, todayIn } from './recurrence.js';

const jobKey = (planId: string) => `plan:${planId}`;
const recurrenceOf = (p: MaintenancePlan) => ({ unit: p.recurrenceUnit, interval: p.recurrenceInterval });

/** Sets the plan's timer to the start of its next due date (park time), in the caller's transaction. */
async function armPlan(ctx: RequestContext, plan: MaintenancePlan, park: Park): Promise<void> {
  const runAt = realTimeOf(ctx.services.clock, startOfDay(plan.nextDueOn, park.timeZone));
  await scheduleJob(ctx.em, 'maintenance.generate', { planId: plan.id }, { runAt, key: jobKey(plan.id) });
}

/**
 * The staff member a plan names for its orders: active, bound to the park, in a role that works
 * orders. Anyone else (unknown, out of reach, disabled, a tenant, a role that does not work
 * orders) is the same BAD_USER_INPUT on the field, so the answer reveals nothing about them.
 */
async function checkedPlanAssignee(ctx: RequestContext, userId: string, parkId: string): Promise<AppUser> {
  const [user] = await workOrderRepository.assignableStaff(ctx.em, parkId, userId);
  if (!user)
    throw new BadInputError(
      'input.assigneeId',
      'Not a staff member of this park who works orders',
      'NOT_A_TECHNICIAN',
    );
  return ctx.em.getReference(AppUser, user.id);
}

/** Maintenance plans (SPEC §3.1): recurring jobs filed on schedule through the job queue. */
export const maintenanceService = {
  /** Who a plan of the park may name to receive its orders, by name. */
  async assignees(ctx: RequestContext, parkId: string) {
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    return workOrderRepository.assignableStaff(ctx.em, park.id);
  },

  async list(ctx: RequestContext, parkId: string) {
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const plans = await ctx.em.find(
      MaintenancePlan,
      { park },
      { orderBy: { nextDueOn: QueryOrder.ASC, name: QueryOrder.ASC } },
    );
    return plans.map(toMaintenancePlanType);
  },

  async create(ctx: RequestContext, input: CreateMaintenancePlanInput) {
    const em = ctx.em;
    const park = await findByIdOrFail(em, Park, input.parkId, 'Park', 'input.parkId');
    if (Boolean(input.equipmentId) === Boolean(input.equipmentCategory))
      throw new BadInputError('input', 'Name one piece of equipment or one category', 'PLAN_TARGET_REQUIRED');
    const equipment = input.equipmentId
      ? await findByIdOrFail(em, Equipment, input.equipmentId, 'Equipment', 'input.equipmentId')
      : null;
    if (equipment && equipment.park.id !== park.id)
      throw new BadInputError('input.equipmentId', 'Not in this park', 'OTHER_PARK');
    if (Number.isNaN(Date.parse(input.firstDueOn)) || input.firstDueOn < todayIn(park.timeZone, ctx.now()))
      throw new BadInputError('input.firstDueOn', 'A real date, today or later', 'DUE_DATE_IN_PAST');
    const assignee = input.assigneeId ? await checkedPlanAssignee(ctx, input.assigneeId, park.id) : null;
    const recurrence = { unit: input.recurrenceUnit, interval: input.recurrenceInterval };
    const plan = em.create(MaintenancePlan, {
      park,
      name: input.name,
      equipment,
      equipmentCategory: input.equipmentCategory ?? null,
      workCategory: input.workCategory,
      recurrenceUnit: recurrence.unit,
      recurrenceInterval: recurrence.interval,
      checklist: input.checklist,
      graceDays: input.graceDays ?? defaultGraceDays(recurrence),
      nextDueOn: input.firstDueOn,
      anchorDay: Number(input.firstDueOn.slice(8, 10)),
      statutory: Boolean(input.basis),
      basis: input.basis ?? null,
      assignee,
    });
    await em.flush();
    await armPlan(ctx, plan, park);
    ctx.recordChange({
      targetType: 'MaintenancePlan',
      targetId: plan.id,
      parkId: park.id,
      after: toMaintenancePlanType(plan),
    });
    return toMaintenancePlanType(plan);
  },

  /**
   * Changes a plan's name, trade, recurrence, checklist, grace, assignee or next due date. A new next due
   * date re-arms the timer of an active plan; a new recurrence applies from the next due date.
   */
  async update(ctx: RequestContext, id: string, input: UpdateMaintenancePlanInput) {
    const plan = await findByIdOrFail(ctx.em, MaintenancePlan, id, 'MaintenancePlan');
    const park = await findByIdOrFail(ctx.em, Park, plan.park.id, 'Park');
    if (input.nextDueOn !== undefined && input.nextDueOn < todayIn(park.timeZone, ctx.now()))
      throw new BadInputError('input.nextDueOn', 'A real date, today or later', 'DUE_DATE_IN_PAST');
    const before = toMaintenancePlanType(plan);
    const { checklist, nextDueOn, assigneeId, ...fields } = input;
    if (assigneeId !== undefined)
      plan.assignee = assigneeId === null ? null : await checkedPlanAssignee(ctx, assigneeId, park.id);
    for (const [key, value] of Object.entries(fields))
      if (value !== undefined) (plan as Record<string, unknown>)[key] = value;
    if (checklist) plan.checklist = checklist.map((item) => item.trim());
    const rearm = nextDueOn !== undefined && nextDueOn !== plan.nextDueOn;
    if (nextDueOn !== undefined && rearm) {
      plan.nextDueOn = nextDueOn;
      plan.anchorDay = Number(nextDueOn.slice(8, 10));
    }
    await ctx.em.flush();
    if (rearm && plan.active) await armPlan(ctx, plan, park);
    ctx.recordChange({
      targetType: 'MaintenancePlan',
      targetId: plan.id,
      parkId: park.id,
      before,
      after: toMaintenancePlanType(plan),
    });
    return toMaintenancePlanType(plan);
  },

  /** Pauses (no more orders) or resumes (from the next due date not in the past) a plan. */
  async setActive(ctx: RequestContext, id: string, active: boolean) {
    const plan = await findByIdOrFail(ctx.em, MaintenancePlan, id, 'MaintenancePlan');
    const park = await findByIdOrFail(ctx.em, Park, plan.park.id, 'Park');
    const before = plan.active;
    plan.active = active;
    if (active) {
      const today = todayIn(park.timeZone, ctx.now());
      while (plan.nextDueOn < today)
        plan.nextDueOn = nextDue(plan.nextDueOn, recurrenceOf(plan), plan.anchorDay);
      await ctx.em.flush();
      await armPlan(ctx, plan, park);
    } else {
      await ctx.em.flush();
      await unscheduleJob(ctx.em, jobKey(plan.id));
    }
    ctx.recordChange({
      targetType: 'MaintenancePlan',
      targetId: plan.id,
      parkId: park.id,
      before: { active: before },
      after: { active },
    });
    return toMaintenancePlanType(plan);
  },

  /** Every due date of the park's plans in [from, to]: filed ones with their outcome, then upcoming ones. */
  async compliance(ctx: RequestContext, parkId: string, from: CalendarDate, to: CalendarDate) {
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (!isCalendarDate(value))
        throw new BadInputError(field, `${field}: a real date written YYYY-MM-DD`, 'BAD_DATE');
    if (to < from) throw new BadInputError('to', 'to must not be before from', 'EMPTY_RANGE');
    if (Date.parse(to) - Date.parse(from) > 400 * 86_400_000)
      throw new BadInputError('to', 'At most 400 days at a time', 'RANGE_TOO_LONG');
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const rows = await maintenanceRepository.complianceRows(ctx.em, park, from, to);
    const now = ctx.now();
    const filed: ComplianceItemType[] = rows.map((r) => ({
      planId: r.plan_id,
      planName: r.name,
      statutory: r.statutory,
      dueOn: r.due_on,
      workOrderId: r.id,
      workOrderNumber: r.number,
      workOrderState: r.state,
      // Raw rows carry timestamps as the driver gives them: text here.
      completedAt: r.completed_at ? new Date(r.completed_at) : null,
      status: r.completed_at
        ? new Date(r.completed_at) <= new Date(r.deadline)
          ? ComplianceStatus.DONE_ON_TIME
          : ComplianceStatus.LATE
        : r.state === WorkOrderState.CANCELLED || now > new Date(r.deadline)
          ? ComplianceStatus.MISSED
          : ComplianceStatus.DUE,
    }));
    const plans = await ctx.em.find(MaintenancePlan, { park, active: true });
    const upcoming: ComplianceItemType[] = plans.flatMap((p) =>
      dueDates(p.nextDueOn, recurrenceOf(p), from, to).map((dueOn) => ({
        planId: p.id,
        planName: p.name,
        statutory: p.statutory,
        dueOn,
        status: ComplianceStatus.UPCOMING,
        workOrderId: null,
        workOrderNumber: null,
        workOrderState: null,
        completedAt: null,
      })),
    );
    const items = [...filed, ...upcoming].sort(
      (a, b) => a.dueOn.localeCompare(b.dueOn) || a.planName.localeCompare(b.planName),
    );
    const count = (s: ComplianceStatus) => items.filter((i) => i.status === s).length;
    const onTime = count(ComplianceStatus.DONE_ON_TIME);
    const closedOut = onTime + count(ComplianceStatus.LATE) + count(ComplianceStatus.MISSED);
    return {
      items,
      onTime,
      late: count(ComplianceStatus.LATE),
      missed: count(ComplianceStatus.MISSED),
      due: count(ComplianceStatus.DUE),
      upcoming: count(ComplianceStatus.UPCOMING),
      onTimeRate: closedOut === 0 ? null : Math.round((onTime / closedOut) * 10_000) / 10_000,
    };
  },
};

/**
 * The plan timer's task: files the order for the plan's due date (once: plan and date are
 * unique), moves the plan to its next date and re-arms. A timer late by several periods catches
 * up one order per run, each run re-arming at once.
 */
export async function generatePlanOrder(ctx: RequestContext, payload: { planId: string }): Promise<void> {
  const em = ctx.em;
  const plan = await em.findOne(
    MaintenancePlan,
    { id: String(payload.planId) },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!plan?.active) return;
  const park = await findByIdOrFail(em, Park, plan.park.id, 'Park');
  if (plan.nextDueOn > todayIn(park.timeZone, ctx.now())) return armPlan(ctx, plan, park);
  const dueOn = plan.nextDueOn;
  if (!(await maintenanceRepository.hasOrderFor(em, plan.id, dueOn))) {
    const equipment = plan.equipment
      ? await findByIdOrFail(em, Equipment, plan.equipment.id, 'Equipment')
      : null;
    const order = await fileOrder(
      ctx,
      {
        park,
        source: WorkOrderSource.MAINTENANCE_PLAN,
        category: plan.workCategory,
        priority: WorkOrderPriority.NORMAL,
        title: `${plan.name}（${dueOn}）`.slice(0, 100),
        description: plan.checklist.map((item, i) => `${i + 1}. ${item}`).join('\n') || null,
        building: equipment?.building ?? null,
        unit: null,
        equipment,
        equipmentCategory: equipment ? null : (plan.equipmentCategory ?? null),
        maintenancePlan: plan,
        planDueOn: dueOn,
      },
      plan.assignee ? { userId: plan.assignee.id, actorLabel: MAINTENANCE_PLAN_LABEL } : undefined,
    );
    recordOrderChange(ctx, order, { after: { planId: plan.id, dueOn } });
  }
  plan.nextDueOn = nextDue(dueOn, recurrenceOf(plan), plan.anchorDay);
  await em.flush();
  await armPlan(ctx, plan, park);
}

/**
 * On `workOrder.completed`: a completed plan order is maintenance done: it goes into the history of its equipment, or of
 * every (not retired) piece of the plan's category in the park.
 */
export async function recordPlanCompletion(ctx: RequestContext, order: WorkOrder): Promise<void> {
  if (!order.maintenancePlan) return;
  const plan = await findByIdOrFail(ctx.em, MaintenancePlan, order.maintenancePlan.id, 'MaintenancePlan');
  await maintenanceRepository.recordMaintained(ctx.em, plan, order, order.completedAt ?? ctx.now());
}
