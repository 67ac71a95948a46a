import { v7 as uuidv7 } from 'uuid';
import type { RequestContext } from '../../graphql/context.js';
import { ConflictError } from '../../kernel/errors.js';
import { Meter } from '../energy/energy.entity.js';
import { MeterKind } from '../energy/index.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { notificationService } from '../notification/notification.service.js';
import { staffWithPermission } from '../user/index.js';
import { WorkOrderCategory, WorkOrderPriority, WorkOrderSource } from '../work-order/work-order.enums.js';
import { fileOrder } from '../work-order/work-order.service.js';
import { EnergyAlert, EnergyAlertRule } from './energy-alert.entity.js';
import { type Observation, energyAlertRepository as repo, type Touched } from './energy-alert.repository.js';

/** The work category an alert's order gets when its rule names none. */
const CATEGORY_OF: Readonly<Record<MeterKind, WorkOrderCategory>> = {
  [MeterKind.ELECTRICITY]: WorkOrderCategory.POWER,
  [MeterKind.WATER]: WorkOrderCategory.WATER,
  [MeterKind.GAS]: WorkOrderCategory.OTHER,
  [MeterKind.HEAT]: WorkOrderCategory.HVAC,
  [MeterKind.COOLING]: WorkOrderCategory.HVAC,
};

const KIND_WORDS: Record<string, string> = {
  THRESHOLD: '超阈值',
  ABOVE_BASELINE: '高于基线',
  NIGHT_USE: '夜间/节假日用能',
  NIGHT_WATER_FLOW: '夜间持续用水（疑似漏水）',
  OFFLINE: '计量表离线',
};

/**
 * Evaluates every enabled rule of the parks (all parks when null) on the meters it targets, as
 * of the meters' own data and `ctx.now()`: opens an alert where the condition holds and none is
 * active (the partial unique index decides, so concurrent evaluations open one alert), keeps
 * active alerts' latest and peak values, clears those whose condition ended, files the work
 * order of each alert it opened when the rule says so, and tells the control room.
 * Statements: one to observe, then up to three writes, plus the work orders filed.
 */
export async function evaluateAlerts(
  ctx: RequestContext,
  parkIds: string[] | null,
): Promise<{ opened: number; cleared: number }> {
  const now = ctx.now();
  const observed = await repo.observe(ctx.em, parkIds, now);
  const holding = observed.filter((o) => o.holds);
  const rows = holding.map((o) => ({
    id: uuidv7(),
    ruleId: o.rule_id,
    meterId: o.meter_id,
    observedAt: o.observed_at,
    value: String(o.value),
    limit: String(o.limit_value),
  }));
  const opened = await repo.open(ctx.em, rows, now);
  await repo.track(ctx.em, rows, now);
  const cleared = await repo.clear(
    ctx.em,
    parkIds,
    holding.map((o) => ({ ruleId: o.rule_id, meterId: o.meter_id })),
    now,
  );
  if (opened.length > 0) {
    await fileWorkOrders(ctx, opened, holding);
    await notifyWatchers(ctx, opened);
  }
  for (const a of opened) announce(ctx, a, 'OPENED');
  for (const a of cleared) announce(ctx, a, 'CLEARED');
  return { opened: opened.length, cleared: cleared.length };
}

/** Publishes an alert's change to its park's control room (`ENERGY_ALERT_CHANGED`). */
export function announce(ctx: RequestContext, a: Touched, action: string): void {
  ctx.publish('ENERGY_ALERT_CHANGED', a.park_id, { alertId: a.id, tenantId: a.tenant_id, action });
}

/**
 * Tells the park's alert managers of each alert just opened: a notification each (the console's
 * bell and its toast), naming the meter and the rule, with the work order it filed if any.
 */
async function notifyWatchers(ctx: RequestContext, opened: Touched[]): Promise<void> {
  // Refreshed: the work orders were linked in SQL after the alerts were loaded.
  const alerts = await ctx.em.find(
    EnergyAlert,
    { id: { $in: opened.map((a) => a.id) } },
    { orderBy: { id: 'asc' }, refresh: true },
  );
  const watchers = new Map<string, string[]>();
  for (const alert of alerts) {
    const parkId = alert.park.id;
    if (!watchers.has(parkId))
      watchers.set(parkId, await staffWithPermission(ctx.em, parkId, 'energy.alert.manage'));
    notificationService.notify(ctx, watchers.get(parkId)!, {
      parkId,
      kind: NotificationKind.ENERGY_ALERT,
      title: `用能预警：${alert.meterName}（${alert.meterCode}）${KIND_WORDS[alert.kind] ?? ''}`.slice(
        0,
        200,
      ),
      body: `规则「${alert.ruleName}」：观测值 ${Number(alert.value)}，限值 ${Number(alert.limitValue)}`,
      facts: {
        meterName: alert.meterName,
        meterCode: alert.meterCode,
        alertKind: alert.kind,
        ruleName: alert.ruleName,
        value: String(Number(alert.value)),
        limit: String(Number(alert.limitValue)),
      },
      workOrderId: alert.workOrder?.id ?? null,
    });
  }
  await ctx.em.flush();
}

/**
 * Files the work order of each newly opened alert whose rule asks for one, and links it to the
 * alert with a conditional update: one order per alert, however often it is evaluated.
 */
async function fileWorkOrders(ctx: RequestContext, opened: Touched[], holding: Observation[]): Promise<void> {
  const em = ctx.em;
  const rules = await em.find(
    EnergyAlertRule,
    { id: { $in: [...new Set(opened.map((a) => a.rule_id))] }, openWorkOrder: true },
    { populate: ['park'] },
  );
  if (rules.length === 0) return;
  const byId = new Map(rules.map((r) => [r.id, r]));
  const alerts = await em.find(EnergyAlert, {
    id: { $in: opened.filter((a) => byId.has(a.rule_id)).map((a) => a.id) },
  });
  // One statement for the meters of all the alerts, not one each.
  const ids = [...new Set(alerts.map((a) => a.meter.id))];
  const meters = new Map((await em.find(Meter, { id: { $in: ids } })).map((m) => [m.id, m]));
  for (const alert of alerts) {
    const rule = byId.get(alert.rule.id)!;
    const meter = meters.get(alert.meter.id)!;
    const seen = holding.find((o) => o.rule_id === rule.id && o.meter_id === meter.id);
    const order = await fileOrder(ctx, {
      park: rule.park,
      source: WorkOrderSource.ALARM,
      category: rule.workOrderCategory ?? CATEGORY_OF[meter.kind],
      priority: rule.workOrderPriority ?? WorkOrderPriority.NORMAL,
      title: `用能预警：${meter.name}（${meter.code}）${KIND_WORDS[rule.kind] ?? ''}`.slice(0, 100),
      description: `规则「${rule.name}」：观测值 ${seen ? Number(seen.value) : ''}，限值 ${
        seen ? Number(seen.limit_value) : ''
      }（${alert.observedAt.toISOString()}）`,
      building: meter.building ?? null,
      unit: meter.unit ?? null,
      equipment: null,
    });
    // Only the evaluation that opened the alert gets here; the condition keeps it so regardless.
    if (!(await repo.linkWorkOrder(em, alert.id, order.id, order.number)))
      throw new ConflictError('The alert already has its work order', 'ALERT_WORK_ORDER_EXISTS');
  }
}
