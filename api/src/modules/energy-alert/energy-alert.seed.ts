import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PARK } from '../../db/seeders/demo-data.js';
import { Meter } from '../energy/energy.entity.js';
import { MeterKind, MeterLevel } from '../energy/energy.enums.js';
import { Park } from '../park/park.entity.js';
import { WorkOrderCategory, WorkOrderPriority } from '../work-order/work-order.enums.js';
import { EnergyAlertRule } from './energy-alert.entity.js';
import { AlertRuleKind } from './energy-alert.enums.js';
import { energyAlertRepository as repo } from './energy-alert.repository.js';

/** The night the leak rules watch, park time: 01:00–05:00. */
const NIGHT = { start: 1, end: 5 } as const;
/** A leak is a night flow this many times the building's highest seeded night hour. */
const LEAK_MARGIN = 1.5;

/**
 * The demo park's alert rules, as an energy manager would set them up (issue 18 §6): each
 * building's water meter watched for flow through every night hour above its own usual night
 * (a leak, filing an urgent water work order), and the park's main electricity meter for going
 * offline (three of its hourly reporting intervals without a reading). Each rule names its meter, so meters added
 * later (and the tests' own) are watched only by rules made for them. The leak limits come from the seeded history, so the
 * seeded year raises no alert; `SIMULATOR_LEAK=W-A1` on `pnpm start` shows one the next night.
 */
export async function seedDemoAlertRules(em: EntityManager): Promise<Record<string, number>> {
  const park = await em.findOne(Park, { code: DEMO_PARK.code });
  if (!park) return {};
  const water = await em.find(
    Meter,
    { park, kind: MeterKind.WATER, level: MeterLevel.BUILDING, virtual: false },
    { orderBy: { code: 'asc' } },
  );
  const nights = await repo.nightPeaks(
    em,
    water.map((m) => m.id),
    park.timeZone,
    NIGHT,
  );
  const most = new Map(nights.map((n) => [n.meter_id, Number(n.most)]));
  for (const meter of water)
    em.create(EnergyAlertRule, {
      park,
      name: `夜间持续用水 ${meter.code}`,
      kind: AlertRuleKind.NIGHT_WATER_FLOW,
      meter,
      threshold: Math.ceil((most.get(meter.id) ?? 0) * LEAK_MARGIN * 10) / 10 || 0.1,
      nightStart: NIGHT.start,
      nightEnd: NIGHT.end,
      openWorkOrder: true,
      workOrderCategory: WorkOrderCategory.WATER,
      workOrderPriority: WorkOrderPriority.URGENT,
    });
  const main = await em.findOne(Meter, { park, code: 'E-MAIN' });
  if (main)
    em.create(EnergyAlertRule, {
      park,
      name: '园区电力总表离线',
      kind: AlertRuleKind.OFFLINE,
      meter: main,
      intervals: 3,
    });
  await em.flush();
  return { energyAlertRules: water.length + (main ? 1 : 0) };
}
