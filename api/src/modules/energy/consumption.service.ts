import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { isCalendarDate } from '../../graphql/scalars.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError } from '../../kernel/errors.js';
import { Park } from '../park/park.entity.js';
import { ConsumptionGroup, consumptionRepository } from './consumption.repository.js';
import type {
  ConsumptionQueryInput,
  ConsumptionSeriesType,
  TenantMeterUsageType,
} from './consumption.type.js';
import { MeterKind, MeterLevel, RollupGrain, UNIT_OF } from './energy.enums.js';
import { nextDay, startOfDay } from './period.js';

const LEVEL_OF: Record<ConsumptionGroup, MeterLevel> = {
  [ConsumptionGroup.METER]: MeterLevel.EQUIPMENT,
  [ConsumptionGroup.BUILDING]: MeterLevel.BUILDING,
  [ConsumptionGroup.FLOOR]: MeterLevel.FLOOR,
  [ConsumptionGroup.TENANT]: MeterLevel.TENANT,
  [ConsumptionGroup.KIND]: MeterLevel.PARK,
};
/** Longest period per grain, days: bounds the size of an answer. */
const MAX_DAYS: Record<RollupGrain, number> = {
  [RollupGrain.QUARTER]: 7,
  [RollupGrain.HOUR]: 62,
  [RollupGrain.DAY]: 400,
  [RollupGrain.MONTH]: 3700,
};
const DAY_MS = 86_400_000;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** [from, to] as instants in the park's zone: the start of the first day, the end of the last. */
function periodOf(from: string, to: string, timeZone: string, maxDays = 3700) {
  if (to < from) throw new BadInputError('to', 'On or after the first day', 'EMPTY_PERIOD');
  const start = startOfDay(from, timeZone);
  const end = startOfDay(nextDay(to), timeZone);
  if (end.getTime() - start.getTime() > maxDays * DAY_MS + 2 * 3_600_000)
    throw new BadInputError('to', `At most ${maxDays} days for this grain`, 'PERIOD_TOO_LONG');
  return { start, end };
}

/** Consumption (SPEC §3.2): by meter, building, floor, tenant and kind, and tenant bill evidence. */
export const consumptionService = {
  async consumption(ctx: RequestContext, input: ConsumptionQueryInput): Promise<ConsumptionSeriesType[]> {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const { start, end } = periodOf(input.from, input.to, park.timeZone, MAX_DAYS[input.grain]);
    const group = input.groupBy;
    if (group !== ConsumptionGroup.KIND && !input.kind && group !== ConsumptionGroup.METER)
      throw new BadInputError('input.kind', 'Say what is measured', 'KIND_REQUIRED');
    const meterIds = (input.meterIds ?? []).filter(isUuid);
    if (group === ConsumptionGroup.METER && meterIds.length === 0)
      throw new BadInputError('input.meterIds', 'Name the meters', 'METERS_REQUIRED');
    const points = await consumptionRepository.points(ctx.em, {
      parkId: park.id,
      group,
      level: LEVEL_OF[group],
      kind: input.kind ?? null,
      meterIds,
      grain: input.grain,
      from: start,
      to: end,
    });
    const keys = [...new Set(points.map((p) => p.key))];
    if (group === ConsumptionGroup.METER) for (const id of meterIds) if (!keys.includes(id)) keys.push(id);
    const labels =
      group === ConsumptionGroup.KIND || keys.length === 0
        ? []
        : await consumptionRepository.labels(ctx.em, group, keys);
    const labelOf = new Map(labels.map((l) => [l.key, l]));
    return keys
      .filter((key) => group === ConsumptionGroup.KIND || labelOf.has(key))
      .map((key) => {
        const mine = points.filter((p) => p.key === key);
        const label = labelOf.get(key);
        const kind =
          group === ConsumptionGroup.KIND
            ? (key as MeterKind)
            : (label?.kind ?? input.kind ?? MeterKind.ELECTRICITY);
        const total = round3(mine.reduce((s, p) => s + Number(p.amount), 0));
        const area = label?.area ? Number(label.area) : null;
        return {
          key,
          label: label?.label ?? key,
          unit: UNIT_OF[kind],
          total,
          estimated: round3(mine.reduce((s, p) => s + Number(p.estimated), 0)),
          area,
          intensity: area ? round3(total / area) : null,
          points: mine.map((p) => ({
            at: new Date(p.bucket),
            amount: Number(p.amount),
            estimated: Number(p.estimated),
          })),
        };
      });
  },

  /**
   * Each tenant sub-meter's consumption over a billing period (days in park time, both included),
   * for the bill run: one line per meter with the readings it rests on. A tenant sees its own.
   */
  async tenantUsage(
    ctx: RequestContext,
    parkId: string,
    from: string,
    to: string,
    tenantId: string | undefined,
  ): Promise<TenantMeterUsageType[]> {
    if (!isCalendarDate(from)) throw new BadInputError('from', 'A date, YYYY-MM-DD', 'INVALID_DATE');
    if (!isCalendarDate(to)) throw new BadInputError('to', 'A date, YYYY-MM-DD', 'INVALID_DATE');
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const { start, end } = periodOf(from, to, park.timeZone, 400);
    const actor = ctx.signedIn;
    const tenant = actor.kind === 'tenant' ? actor.tenantId : tenantId && isUuid(tenantId) ? tenantId : null;
    if (tenantId && !isUuid(tenantId)) return [];
    const rows = await consumptionRepository.tenantUsage(
      ctx.em,
      park.id,
      tenant ? [tenant] : null,
      start,
      end,
    );
    return rows.map((r) => ({
      meterId: r.meter_id,
      meterCode: r.code,
      meterName: r.name,
      tenantId: r.tenant_id,
      kind: r.kind,
      unit: UNIT_OF[r.kind],
      multiplier: Number(r.multiplier),
      consumption: Number(r.consumption),
      estimated: Number(r.estimated),
      opening: r.open_ts ? { at: new Date(r.open_ts), value: Number(r.open_value) } : null,
      closing: r.close_ts ? { at: new Date(r.close_ts), value: Number(r.close_value) } : null,
      flaggedReadings: r.flagged,
    }));
  },
};

/**
 * The consumption of the sub-meters of `tenantIds` (companies of `park`) over the days [from, to]
 * (park time, both included), with their opening and closing readings: what the bill run
 * (`billing`) prices as utility lines, one batch of companies at a time. Runs in the caller's
 * transaction as the caller, without a request (a job's batch).
 */
export async function tenantMeterUsage(
  em: Parameters<typeof consumptionRepository.tenantUsage>[0],
  park: { id: string; timeZone: string },
  tenantIds: readonly string[],
  from: string,
  to: string,
) {
  const { start, end } = periodOf(from, to, park.timeZone, 400);
  return consumptionRepository.tenantUsage(em, park.id, tenantIds, start, end);
}
