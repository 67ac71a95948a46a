import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PARK } from '../../db/seeders/demo-data.js';
import { wallClock } from '../../kernel/clock.js';
import { MeterKind } from '../energy/energy.enums.js';
import { todayIn } from '../maintenance/recurrence.js';
import { Park } from '../park/park.entity.js';
import { FeeBasis, FeeItem } from './fee.enums.js';
import { FeeRate, FeeStandard } from './fee-standard.entity.js';
import { MoneyRounding } from './money.js';

type Seeded = [
  code: string,
  name: string,
  item: FeeItem,
  basis: FeeBasis,
  prices: [monthsAgo: number, price: string][],
  meterKind?: MeterKind,
];

/**
 * What the demo park charges, each from two years back: the property fees per building type
 * (the offices' rose eleven months ago), utilities at the grid's and water works' flat prices, a monthly
 * parking space, meeting rooms by the booking, the repair call-out and the deposit standard.
 */
const STANDARDS: Seeded[] = [
  [
    'WY-OFFICE',
    '物业管理费（研发办公）',
    FeeItem.PROPERTY_FEE,
    FeeBasis.PER_M2_MONTH,
    [
      [24, '6.0000'],
      [11, '6.5000'],
    ],
  ],
  ['WY-FACTORY', '物业管理费（标准厂房）', FeeItem.PROPERTY_FEE, FeeBasis.PER_M2_MONTH, [[24, '3.8000']]],
  ['ZJ-GUIDE', '租金指导价（研发办公）', FeeItem.RENT, FeeBasis.PER_M2_MONTH, [[24, '58.0000']]],
  [
    'DF',
    '电费（分户计量）',
    FeeItem.UTILITY,
    FeeBasis.PER_METER_UNIT,
    [[24, '0.8600']],
    MeterKind.ELECTRICITY,
  ],
  ['SF', '水费（分户计量）', FeeItem.UTILITY, FeeBasis.PER_METER_UNIT, [[24, '4.5700']], MeterKind.WATER],
  ['TC-MONTH', '月租固定车位', FeeItem.PARKING, FeeBasis.PER_MONTH, [[24, '300.0000']]],
  ['HYS', '会议室预订（半天）', FeeItem.ROOM_BOOKING, FeeBasis.PER_USE, [[24, '200.0000']]],
  ['WX-CALL', '有偿维修上门费', FeeItem.REPAIR, FeeBasis.PER_USE, [[24, '50.0000']]],
];

function monthsBefore(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - months, 1)).toISOString().slice(0, 10);
}

export async function seedFeeStandards(em: EntityManager): Promise<Record<string, number>> {
  const park = await em.findOne(Park, { code: DEMO_PARK.code });
  if (!park) return {};
  const today = todayIn(park.timeZone, wallClock.now());
  let rates = 0;
  for (const [code, name, item, basis, prices, meterKind] of STANDARDS) {
    const standard = em.create(FeeStandard, {
      park,
      code,
      name,
      item,
      basis,
      meterKind: meterKind ?? null,
      rounding: MoneyRounding.HALF_UP,
      description: null,
      active: true,
    });
    for (const [ago, price] of prices) {
      em.create(FeeRate, { park, standard, effectiveFrom: monthsBefore(today, ago), price, createdBy: null });
      rates++;
    }
  }
  await em.flush();
  return { feeStandards: STANDARDS.length, feeRates: rates };
}
