import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict } from '../../graphql/lookup.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError } from '../../kernel/errors.js';
import { Park } from '../park/park.entity.js';
import { type MeterKind, UNIT_OF } from './energy.enums.js';
import { nextDay, startOfDay } from './period.js';
import { EmissionFactor, EnergyTariff, EnergyTariffPeriod } from './tariff.entity.js';
import type { CreateEmissionFactorInput, CreateTariffInput, EnergyScopeInput } from './tariff.inputs.js';
import { periodProblem } from './tariff.inputs.js';
import { type CostLineRow, type Scope, type TariffRow, tariffRepository } from './tariff.repository.js';
import type { EmissionFactorType, EnergyTariffType, TouCostSplitType } from './tariff.type.js';

const DAY_MS = 86_400_000;
/** Longest period a split or an overview covers, days. */
export const MAX_PERIOD_DAYS = 400;

const toTariff = (r: TariffRow): EnergyTariffType => ({
  id: r.id,
  parkId: r.park_id,
  kind: r.kind,
  unit: UNIT_OF[r.kind],
  effectiveFrom: r.effective_from,
  effectiveTo: r.effective_to,
  name: r.name,
  periods: r.periods.map((p) => ({
    band: p.band,
    startHour: p.start_hour,
    endHour: p.end_hour,
    price: p.price,
  })),
});

/** [from, to] (calendar days, both included) as instants in the park's zone. */
export function periodOf(from: string, to: string, timeZone: string, field = 'input.') {
  if (to < from) throw new BadInputError(`${field}to`, 'On or after the first day', 'EMPTY_PERIOD');
  const start = startOfDay(from, timeZone);
  const end = startOfDay(nextDay(to), timeZone);
  if (end.getTime() - start.getTime() > MAX_PERIOD_DAYS * DAY_MS + 2 * 3_600_000)
    throw new BadInputError(`${field}to`, `At most ${MAX_PERIOD_DAYS} days`, 'PERIOD_TOO_LONG');
  return { start, end };
}

/**
 * What a scope input names, checked: at most one of meter, building and company, each an id. A
 * tenant's scope is its own company unless it names one of its meters (row-level security keeps
 * every other meter out of its sums whatever it names).
 */
export function scopeOf(ctx: RequestContext, parkId: string, input: EnergyScopeInput): Scope {
  const named = (['meterId', 'buildingId', 'tenantId'] as const).filter((k) => input[k]);
  if (named.length > 1)
    throw new BadInputError(
      `input.${named[1]}`,
      'Name one of meter, building and company',
      'SCOPE_AMBIGUOUS',
    );
  for (const k of named)
    if (!isUuid(input[k]!)) throw new BadInputError(`input.${k}`, 'Not an id', 'INVALID_ID');
  const actor = ctx.signedIn;
  const scope: Scope = {
    parkId,
    kind: input.kind ?? null,
    meterId: input.meterId ?? null,
    buildingId: input.buildingId ?? null,
    tenantId: input.tenantId ?? null,
  };
  if (actor.kind === 'tenant' && !scope.meterId)
    return { ...scope, buildingId: null, tenantId: actor.tenantId };
  return scope;
}

/** Per band: the lines of one kind and band summed (fen are whole, so sums stay exact). */
export function splitOf(from: string, to: string, rows: CostLineRow[]): TouCostSplitType {
  const lines = rows.map((r) => ({
    kind: r.kind,
    band: r.band,
    tariffId: r.tariff_id,
    effectiveFrom: r.effective_from,
    price: r.price,
    amount: Number(r.amount),
    costFen: Number(r.cost_fen),
  }));
  const bands = new Map<string, TouCostSplitType['bands'][number]>();
  const kindTotal = new Map<MeterKind, number>();
  for (const l of lines) {
    const key = `${l.kind}/${l.band}`;
    const b = bands.get(key) ?? { kind: l.kind, band: l.band, amount: 0, costFen: 0, share: 0 };
    b.amount += l.amount;
    b.costFen += l.costFen;
    bands.set(key, b);
    kindTotal.set(l.kind, (kindTotal.get(l.kind) ?? 0) + l.amount);
  }
  const round3 = (n: number) => Math.round(n * 1000) / 1000;
  const bandList = [...bands.values()].map((b) => ({
    ...b,
    amount: round3(b.amount),
    share: kindTotal.get(b.kind) ? round3(b.amount / kindTotal.get(b.kind)!) : 0,
  }));
  return {
    from,
    to,
    lines,
    bands: bandList,
    totalFen: lines.reduce((s, l) => s + l.costFen, 0),
    unpriced: round3(lines.filter((l) => l.band === null).reduce((s, l) => s + l.amount, 0)),
  };
}

/** Tariffs 峰平谷, emission factors and the time-of-use cost split (SPEC §3.2). */
export const tariffService = {
  async tariffs(
    ctx: RequestContext,
    parkId: string,
    kind: MeterKind | undefined,
  ): Promise<EnergyTariffType[]> {
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    return (await tariffRepository.tariffs(ctx.em, park.id, kind ?? null)).map(toTariff);
  },

  async factors(ctx: RequestContext, parkId: string): Promise<EmissionFactorType[]> {
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    return (await tariffRepository.factors(ctx.em, park.id)).map((r) => ({
      id: r.id,
      kind: r.kind,
      effectiveFrom: r.effective_from,
      kgPerUnit: r.kg_per_unit,
      source: r.source,
    }));
  },

  /** Adds a version; its periods must cover the day once, in whole hours, a band at one price. */
  async createTariff(ctx: RequestContext, input: CreateTariffInput): Promise<EnergyTariffType> {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const name = input.name.trim();
    if (!name) throw new BadInputError('input.name', 'A name is required', 'REQUIRED');
    const problem = periodProblem(input.periods);
    if (problem) throw new BadInputError(`input.${problem.field}`, problem.message, problem.code);
    const tariff = ctx.em.create(EnergyTariff, {
      park,
      kind: input.kind,
      effectiveFrom: input.effectiveFrom,
      name,
    });
    for (const p of [...input.periods].sort((a, b) => a.startHour - b.startHour))
      ctx.em.create(EnergyTariffPeriod, {
        park,
        tariff,
        band: p.band,
        startHour: p.startHour,
        endHour: p.endHour,
        price: p.price,
      });
    await flushOrConflict(ctx.em, { energy_tariff_park_id_kind_effective_from: 'input.effectiveFrom' });
    const out = (await tariffRepository.tariffs(ctx.em, park.id, input.kind))
      .map(toTariff)
      .find((t) => t.id === tariff.id)!;
    ctx.recordChange({ targetType: 'EnergyTariff', targetId: tariff.id, parkId: park.id, after: out });
    return out;
  },

  async createFactor(ctx: RequestContext, input: CreateEmissionFactorInput): Promise<EmissionFactorType> {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const source = input.source.trim();
    if (!source) throw new BadInputError('input.source', 'A source is required', 'REQUIRED');
    const factor = ctx.em.create(EmissionFactor, {
      park,
      kind: input.kind,
      effectiveFrom: input.effectiveFrom,
      kgPerUnit: input.kgPerUnit,
      source,
    });
    await flushOrConflict(ctx.em, { emission_factor_park_id_kind_effective_from: 'input.effectiveFrom' });
    const out = {
      id: factor.id,
      kind: input.kind,
      effectiveFrom: input.effectiveFrom,
      kgPerUnit: input.kgPerUnit,
      source,
    };
    ctx.recordChange({ targetType: 'EmissionFactor', targetId: factor.id, parkId: park.id, after: out });
    return out;
  },

  /** Consumption and cost per band of a scope over whole days, from the hour rollups. */
  async costSplit(ctx: RequestContext, input: EnergyScopeInput): Promise<TouCostSplitType> {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const scope = scopeOf(ctx, park.id, input);
    const { start, end } = periodOf(input.from, input.to, park.timeZone);
    const rows = await tariffRepository.costLines(ctx.em, scope, park.timeZone, start, end);
    return splitOf(input.from, input.to, rows);
  },
};
