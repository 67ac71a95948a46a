import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { isCalendarDate } from '../../graphql/scalars.js';
import { BadInputError } from '../../kernel/errors.js';
import { Park } from '../park/park.entity.js';
import { analyticsRepository } from './analytics.repository.js';
import type { EnergyFlowType, EnergyMonthPointType, EnergyOverviewType } from './analytics.type.js';
import { MeterKind, MeterLevel, UNIT_OF } from './energy.enums.js';
import { dayOf, startOfDay } from './period.js';
import type { EnergyScopeInput } from './tariff.inputs.js';
import { tariffRepository } from './tariff.repository.js';
import { periodOf, scopeOf, splitOf } from './tariff.service.js';

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b - 1) * 10_000) / 10_000 : null);

/** Calendar arithmetic on 'YYYY-MM-DD' days (the day clamped to the month's last). */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
const isMonthEnd = (day: string) => addDays(day, 1).endsWith('-01');

/**
 * The period before [from, to]: the months before when it is whole months (环比 of a month is the
 * month before), the same days of the month before for a month so far, else as many days just before.
 */
export function previousPeriod(from: string, to: string): [string, string] {
  if (from.endsWith('-01') && isMonthEnd(to)) {
    const months =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
      Number(to.slice(5, 7)) -
      Number(from.slice(5, 7)) +
      1;
    return [addMonths(from, -months), addDays(from, -1)];
  }
  if (from.endsWith('-01') && from.slice(0, 7) === to.slice(0, 7))
    return [addMonths(from, -1), addMonths(to, -1)];
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
  return [addDays(from, -days), addDays(from, -1)];
}

/** The energy overview and the flow (SPEC §3.2), all from the rollups. */
export const analyticsService = {
  async overview(ctx: RequestContext, input: EnergyScopeInput): Promise<EnergyOverviewType> {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const tz = park.timeZone;
    const kind = input.kind ?? MeterKind.ELECTRICITY;
    const scope = scopeOf(ctx, park.id, { ...input, kind });
    const cur = periodOf(input.from, input.to, tz);
    const [pFrom, pTo] = previousPeriod(input.from, input.to);
    const prev = periodOf(pFrom, pTo, tz);
    const yFrom = addMonths(input.from, -12);
    const yTo = isMonthEnd(input.to)
      ? addDays(addMonths(addDays(input.to, 1), -12), -1)
      : addMonths(input.to, -12);
    const lastYear = periodOf(yFrom, yTo, tz);
    const today = dayOf(ctx.now(), tz);
    const day0 = startOfDay(today, tz);
    const trendFrom = startOfDay(`${addMonths(`${input.to.slice(0, 7)}-01`, -23)}`, tz);
    const trendTo = startOfDay(addMonths(`${input.to.slice(0, 7)}-01`, 1), tz);

    const hourRows = await analyticsRepository.sameWeekdayHours(ctx.em, scope, tz, day0);
    const buildingRows =
      scope.meterId || scope.buildingId || scope.tenantId
        ? []
        : await analyticsRepository.buildings(ctx.em, park.id, kind, cur.start, cur.end);
    const monthRows = await analyticsRepository.months(ctx.em, scope, tz, trendFrom, trendTo);
    const [c] = await analyticsRepository.comparison(
      ctx.em,
      scope,
      tz,
      [cur.start, cur.end],
      [prev.start, prev.end],
      [lastYear.start, lastYear.end],
    );
    const costRows = await tariffRepository.costLines(ctx.em, scope, tz, cur.start, cur.end);

    const hours = Array.from({ length: 24 }, (_, hour) => {
      const mine = hourRows.filter((r) => r.hour === hour);
      const now = mine.find((r) => r.day === 0);
      const past = mine.filter((r) => r.day < 0);
      return {
        hour,
        today: now ? round3(Number(now.amount)) : null,
        baseline: past.length ? round3(past.reduce((s, r) => s + Number(r.amount), 0) / past.length) : null,
      };
    });
    const metered = (start: Date) =>
      c?.first_day != null && new Date(c.first_day).getTime() <= start.getTime();
    const byMonth = new Map(monthRows.map((r) => [r.month, r]));
    const months: EnergyMonthPointType[] = [];
    for (let i = 11; i >= 0; i--) {
      const month = addMonths(`${input.to.slice(0, 7)}-01`, -i).slice(0, 7);
      const at = (m: string) => (byMonth.has(m) ? Number(byMonth.get(m)!.amount) : null);
      const amount = at(month) ?? 0;
      const before = at(addMonths(`${month}-01`, -1).slice(0, 7));
      const lastYearAmount = at(addMonths(`${month}-01`, -12).slice(0, 7));
      months.push({
        month,
        amount: round3(amount),
        lastYear: lastYearAmount === null ? null : round3(lastYearAmount),
        mom: before === null ? null : ratio(amount, before),
        yoy: lastYearAmount === null ? null : ratio(amount, lastYearAmount),
        carbonKg: round3(Number(byMonth.get(month)?.carbon ?? 0)),
        partial:
          !metered(startOfDay(`${month}-01`, tz)) ||
          startOfDay(addMonths(`${month}-01`, 1), tz).getTime() > ctx.now().getTime(),
      });
    }
    const current = Number(c?.current ?? 0);
    const previous = Number(c?.previous ?? 0);
    const lastYearTotal = Number(c?.last_year ?? 0);
    const area = c?.area ? Number(c.area) : null;
    return {
      kind,
      unit: UNIT_OF[kind],
      today,
      hours,
      buildings: buildingRows.map((b) => {
        const a = b.area ? Number(b.area) : null;
        return {
          buildingId: b.id,
          name: b.name,
          amount: round3(Number(b.amount)),
          area: a,
          intensity: a ? round3(Number(b.amount) / a) : null,
        };
      }),
      months,
      comparison: {
        current: round3(current),
        previous: round3(previous),
        lastYear: round3(lastYearTotal),
        // No ratio to a period the metering had not yet reached back to (it would compare a part).
        mom: metered(prev.start) ? ratio(current, previous) : null,
        yoy: metered(lastYear.start) ? ratio(current, lastYearTotal) : null,
        previousFrom: pFrom,
        previousTo: pTo,
        area,
        intensity: area ? round3(current / area) : null,
        carbonKg: round3(Number(c?.carbon ?? 0)),
      },
      cost: splitOf(input.from, input.to, costRows),
    };
  },

  /**
   * The metering tree of a kind over a period as a Sankey: each meter a node, each link the
   * child's consumption, and below each meter with children a loss node, its consumption less
   * theirs. Without tenants, the floors are the leaves.
   */
  async flow(
    ctx: RequestContext,
    parkId: string,
    kind: MeterKind,
    from: string,
    to: string,
    withTenants: boolean,
  ): Promise<EnergyFlowType> {
    if (!isCalendarDate(from)) throw new BadInputError('from', 'A date, YYYY-MM-DD', 'INVALID_DATE');
    if (!isCalendarDate(to)) throw new BadInputError('to', 'A date, YYYY-MM-DD', 'INVALID_DATE');
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const { start, end } = periodOf(from, to, park.timeZone, '');
    const rows = (await analyticsRepository.flow(ctx.em, park.id, kind, start, end)).filter(
      (r) => withTenants || r.level !== MeterLevel.TENANT,
    );
    const present = new Set(rows.map((r) => r.id));
    const childrenOf = new Map<string, typeof rows>();
    for (const r of rows)
      if (r.parent_id && present.has(r.parent_id))
        childrenOf.set(r.parent_id, [...(childrenOf.get(r.parent_id) ?? []), r]);
    const nodes: EnergyFlowType['nodes'] = [];
    const links: EnergyFlowType['links'] = [];
    for (const r of rows) {
      const value = Number(r.amount);
      const kids = childrenOf.get(r.id);
      const loss = kids ? round3(value - kids.reduce((s, k) => s + Number(k.amount), 0)) : null;
      nodes.push({ id: r.id, name: r.name, level: r.level, value: round3(value), loss });
      for (const k of kids ?? [])
        if (Number(k.amount) > 0) links.push({ source: r.id, target: k.id, value: round3(Number(k.amount)) });
      if (loss !== null && loss > 0) {
        nodes.push({ id: `loss:${r.id}`, name: '', level: null, value: loss, loss: null });
        links.push({ source: r.id, target: `loss:${r.id}`, value: loss });
      }
    }
    return { kind, unit: UNIT_OF[kind], nodes, links };
  },
};
