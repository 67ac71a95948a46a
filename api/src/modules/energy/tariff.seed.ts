import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PARK } from '../../db/seeders/demo-data.js';
import { wallClock } from '../../kernel/clock.js';
import { Park } from '../park/park.entity.js';
import { MeterKind } from './energy.enums.js';
import { dayOf } from './period.js';
import { EmissionFactor, EnergyTariff, EnergyTariffPeriod } from './tariff.entity.js';
import { TouBand } from './tariff.enums.js';

type Period = [band: TouBand, startHour: number, endHour: number, price: string];
const { SHARP, PEAK, FLAT, VALLEY } = TouBand;

/** A Jiangsu-like industrial (1–10 kV) schedule: peaks morning and evening. */
const FIRST: Period[] = [
  [VALLEY, 0, 8, '0.2892'],
  [PEAK, 8, 11, '1.0697'],
  [FLAT, 11, 17, '0.6418'],
  [PEAK, 17, 22, '1.0697'],
  [FLAT, 22, 24, '0.6418'],
];
/** The mid-year change, Guangdong-like: an afternoon sharp peak 尖峰 and new prices. */
const SECOND: Period[] = [
  [VALLEY, 0, 8, '0.2755'],
  [FLAT, 8, 10, '0.6412'],
  [PEAK, 10, 12, '1.0789'],
  [FLAT, 12, 14, '0.6412'],
  [SHARP, 14, 17, '1.3486'],
  [PEAK, 17, 19, '1.0789'],
  [FLAT, 19, 24, '0.6412'],
];
const WATER: Period[] = [[FLAT, 0, 24, '4.5700']];

/** The first of the month `months` before `day`'s. */
function monthStart(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - months, 1)).toISOString().slice(0, 10);
}

/**
 * The demo park's prices and carbon: electricity under a time-of-use tariff from the month its
 * history starts, changed six months before today (a new schedule with a sharp peak); water at a
 * flat price; the national grid's average emission factor and one for supplied water.
 */
export async function seedDemoTariffs(
  em: EntityManager,
  opts?: { today?: Date; now?: Date },
): Promise<Record<string, number>> {
  const park = await em.findOne(Park, { code: DEMO_PARK.code });
  if (!park) return {};
  const today = dayOf(opts?.now ?? opts?.today ?? wallClock.now(), park.timeZone);
  const first = monthStart(today, 13);
  const change = monthStart(today, 6);
  let periods = 0;
  const version = (kind: MeterKind, effectiveFrom: string, name: string, list: Period[]) => {
    const tariff = em.create(EnergyTariff, { park, kind, effectiveFrom, name });
    for (const [band, startHour, endHour, price] of list) {
      em.create(EnergyTariffPeriod, { park, tariff, band, startHour, endHour, price });
      periods++;
    }
  };
  version(MeterKind.ELECTRICITY, first, '工商业分时电价（两部制 1–10千伏）', FIRST);
  version(MeterKind.ELECTRICITY, change, '工商业分时电价（含尖峰）', SECOND);
  version(MeterKind.WATER, first, '非居民用水', WATER);
  em.create(EmissionFactor, {
    park,
    kind: MeterKind.ELECTRICITY,
    effectiveFrom: first,
    kgPerUnit: '0.570300',
    source: '全国电网平均排放因子 0.5703 tCO₂/MWh（生态环境部）',
  });
  em.create(EmissionFactor, {
    park,
    kind: MeterKind.WATER,
    effectiveFrom: first,
    kgPerUnit: '0.168000',
    source: '自来水生产供应 0.168 kgCO₂/m³（示例）',
  });
  await em.flush();
  return { energyTariffs: 3, energyTariffPeriods: periods, emissionFactors: 2 };
}
