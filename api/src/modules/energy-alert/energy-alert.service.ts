import type { GraphQLResolveInfo } from 'graphql';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, readByIdOrFail } from '../../graphql/lookup.js';
import { BadInputError, ConflictError } from '../../kernel/errors.js';
import { Meter } from '../energy/energy.entity.js';
import { MeterKind } from '../energy/index.js';
import { Park } from '../park/park.entity.js';
import { EnergyAlert, EnergyAlertRule } from './energy-alert.entity.js';
import { AlertGrain, AlertRuleKind, AlertStatus } from './energy-alert.enums.js';
import { announce, evaluateAlerts } from './energy-alert.evaluate.js';
import type {
  CreateEnergyAlertRuleInput,
  EnergyAlertFilter,
  EnergyAlertRuleSettingsInput,
} from './energy-alert.inputs.js';
import { energyAlertRepository } from './energy-alert.repository.js';
import { type EnergyAlertRuleType, toEnergyAlertRuleType, toEnergyAlertType } from './energy-alert.type.js';

/** Energy alerts (用能预警): rules per park, alerts opened and cleared by evaluation, handled by staff. */
export const energyAlertService = {
  list(ctx: RequestContext, filter: EnergyAlertFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    const actor = ctx.signedIn;
    return energyAlertRepository.page(
      ctx.em,
      { ...filter, ...(actor.kind === 'tenant' && { tenantId: actor.tenantId ?? undefined }) },
      page,
      info,
    );
  },

  async get(ctx: RequestContext, id: string) {
    return toEnergyAlertType(await readByIdOrFail(ctx.em, EnergyAlert, id, 'EnergyAlert'));
  },

  async rules(ctx: RequestContext, parkId: string): Promise<EnergyAlertRuleType[]> {
    await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const rules = await ctx.em.find(
      EnergyAlertRule,
      { park: parkId },
      { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['meter'] },
    );
    return rules.map(toEnergyAlertRuleType);
  },

  async createRule(ctx: RequestContext, input: CreateEnergyAlertRuleInput): Promise<EnergyAlertRuleType> {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const rule = ctx.em.create(EnergyAlertRule, {
      park,
      name: input.name.trim(),
      kind: input.kind,
      weekends: false,
      holidays: [],
      openWorkOrder: false,
      enabled: true,
    });
    await applySettings(ctx, rule, input);
    await ctx.em.flush();
    const out = toEnergyAlertRuleType(rule);
    ctx.recordChange({ targetType: 'EnergyAlertRule', targetId: rule.id, parkId: park.id, after: out });
    return out;
  },

  async updateRule(ctx: RequestContext, id: string, input: EnergyAlertRuleSettingsInput) {
    const rule = await findByIdOrFail(ctx.em, EnergyAlertRule, id, 'EnergyAlertRule');
    await ctx.em.populate(rule, ['meter']);
    const before = toEnergyAlertRuleType(rule);
    await applySettings(ctx, rule, input);
    await ctx.em.flush();
    const after = toEnergyAlertRuleType(rule);
    ctx.recordChange({ targetType: 'EnergyAlertRule', targetId: id, parkId: rule.park.id, before, after });
    return after;
  },

  /** Stops evaluating a rule (or starts again); its active alerts clear at once when disabled. */
  async setRuleEnabled(ctx: RequestContext, id: string, enabled: boolean) {
    const rule = await findByIdOrFail(ctx.em, EnergyAlertRule, id, 'EnergyAlertRule');
    const before = toEnergyAlertRuleType(rule);
    rule.enabled = enabled;
    await ctx.em.flush();
    await evaluateAlerts(ctx, [rule.park.id]);
    const after = toEnergyAlertRuleType(rule);
    ctx.recordChange({ targetType: 'EnergyAlertRule', targetId: id, parkId: rule.park.id, before, after });
    return after;
  },

  /** Evaluates a park's rules now (the console's "check now"; the worker does it on its own). */
  async evaluate(ctx: RequestContext, parkId: string) {
    await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const result = await evaluateAlerts(ctx, [parkId]);
    ctx.recordChange({ targetType: 'Park', targetId: parkId, parkId, after: result });
    return result;
  },

  async acknowledge(ctx: RequestContext, id: string) {
    return move(ctx, id, 'ACKNOWLEDGED', [AlertStatus.OPEN]);
  },

  async close(ctx: RequestContext, id: string) {
    return move(ctx, id, 'CLOSED', [AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED, AlertStatus.CLEARED]);
  },
};

/** Acknowledges or closes an alert in one conditional update; a stale move is CONFLICT. */
async function move(ctx: RequestContext, id: string, to: 'ACKNOWLEDGED' | 'CLOSED', from: AlertStatus[]) {
  const alert = await readByIdOrFail(ctx.em, EnergyAlert, id, 'EnergyAlert');
  const moved = await energyAlertRepository.move(ctx.em, alert.id, to, from, ctx.signedIn.id, ctx.now());
  if (!moved) throw new ConflictError(`The alert is ${alert.status.toLowerCase()}`, 'ALERT_STATE');
  const after = await readByIdOrFail(ctx.em, EnergyAlert, id, 'EnergyAlert');
  announce(
    ctx,
    { id, park_id: after.park.id, tenant_id: after.tenant?.id ?? null, rule_id: after.rule.id },
    to,
  );
  ctx.recordChange({
    targetType: 'EnergyAlert',
    targetId: id,
    parkId: after.park.id,
    before: { status: alert.status },
    after: { status: after.status },
  });
  return toEnergyAlertType(after);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Applies the settings given and checks that the rule's kind has what it needs. */
async function applySettings(
  ctx: RequestContext,
  rule: EnergyAlertRule,
  input: EnergyAlertRuleSettingsInput,
): Promise<void> {
  if (input.name !== undefined) {
    const name = input.name?.trim();
    if (!name) throw new BadInputError('input.name', 'A name is required', 'REQUIRED');
    rule.name = name;
  }
  if (input.meterId !== undefined) {
    if (input.meterId === null) rule.meter = null;
    else {
      const meter = await findByIdOrFail(ctx.em, Meter, input.meterId, 'Meter', 'input.meterId');
      if (meter.park.id !== rule.park.id)
        throw new BadInputError('input.meterId', 'Not a meter of this park', 'OTHER_PARK');
      if (meter.virtual)
        throw new BadInputError('input.meterId', 'A virtual meter has no readings', 'VIRTUAL_METER');
      rule.meter = meter;
    }
  }
  if (input.meterKind !== undefined) rule.meterKind = input.meterKind;
  if (input.meterLevel !== undefined) rule.meterLevel = input.meterLevel;
  if (input.grain !== undefined) rule.grain = input.grain;
  if (input.threshold !== undefined) rule.threshold = input.threshold;
  if (input.factor !== undefined) rule.factor = input.factor;
  if (input.weeks !== undefined) rule.weeks = input.weeks;
  if (input.nightStart !== undefined) rule.nightStart = input.nightStart;
  if (input.nightEnd !== undefined) rule.nightEnd = input.nightEnd;
  if (input.weekends !== undefined && input.weekends !== null) rule.weekends = input.weekends;
  if (input.holidays !== undefined) {
    const days = [...new Set(input.holidays ?? [])];
    days.forEach((d, i) => {
      if (!DATE.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)))
        throw new BadInputError(`input.holidays.${i}`, 'A date, YYYY-MM-DD', 'INVALID_DATE');
    });
    rule.holidays = days.sort();
  }
  if (input.intervals !== undefined) rule.intervals = input.intervals;
  if (input.openWorkOrder !== undefined && input.openWorkOrder !== null)
    rule.openWorkOrder = input.openWorkOrder;
  if (input.workOrderCategory !== undefined) rule.workOrderCategory = input.workOrderCategory;
  if (input.workOrderPriority !== undefined) rule.workOrderPriority = input.workOrderPriority;
  checkKind(rule);
}

/** What each kind needs; the rest is cleared so a rule reads as what it watches. */
function checkKind(rule: EnergyAlertRule): void {
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) throw new BadInputError(`input.${field}`, message, 'REQUIRED');
  };
  if (rule.meter) {
    rule.meterKind = null;
    rule.meterLevel = null;
  } else need(!!rule.meterKind || !!rule.meterLevel, 'meterId', 'A meter, or a meter kind and/or level');
  const has = (v: unknown) => v !== null && v !== undefined;
  const kind = rule.kind;
  if (kind === AlertRuleKind.THRESHOLD) {
    need(has(rule.threshold), 'threshold', 'A limit per interval');
    rule.grain ??= AlertGrain.HOUR;
  } else rule.grain = null;
  if (kind === AlertRuleKind.ABOVE_BASELINE) {
    need(has(rule.factor), 'factor', 'How many times the baseline');
    rule.weeks ??= 4;
  } else {
    rule.factor = null;
    rule.weeks = null;
  }
  if (kind === AlertRuleKind.NIGHT_USE || kind === AlertRuleKind.NIGHT_WATER_FLOW) {
    need(has(rule.nightStart), 'nightStart', 'The night’s first hour');
    need(has(rule.nightEnd), 'nightEnd', 'The hour the night ends');
    if (rule.nightStart === rule.nightEnd)
      throw new BadInputError('input.nightEnd', 'The night ends at another hour', 'EMPTY_NIGHT');
  } else {
    rule.nightStart = null;
    rule.nightEnd = null;
  }
  if (kind === AlertRuleKind.NIGHT_USE) need(has(rule.threshold), 'threshold', 'A limit per hour');
  else {
    rule.weekends = false;
    rule.holidays = [];
  }
  if (kind === AlertRuleKind.NIGHT_WATER_FLOW) {
    rule.threshold ??= 0;
    const watched = rule.meter ? rule.meter.kind : rule.meterKind;
    if (watched !== MeterKind.WATER)
      throw new BadInputError('input.meterId', 'Water meters only', 'NOT_WATER');
  }
  if (kind === AlertRuleKind.OFFLINE) {
    need(has(rule.intervals), 'intervals', 'How many missed intervals');
    rule.threshold = null;
  } else rule.intervals = null;
  if (!rule.openWorkOrder) {
    rule.workOrderCategory = null;
    rule.workOrderPriority = null;
  }
}
