import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MeterKind } from '../energy/energy.enums.js';
import { FeeBasis, FeeItem } from './fee.enums.js';
import type { FeeRate, FeeStandard } from './fee-standard.entity.js';
import { MoneyRounding } from './money.js';

registerEnumType(FeeItem, {
  name: 'FeeItem',
  description: 'What a fee standard charges for.',
  valuesConfig: {
    RENT: { description: 'Rent 租金' },
    PROPERTY_FEE: { description: 'Property management fee 物业管理费' },
    UTILITY: { description: 'Utilities by sub-meter 水电气热' },
    PARKING: { description: 'Parking 停车费' },
    ROOM_BOOKING: { description: 'Room bookings 场地预订' },
    REPAIR: { description: 'Paid repairs 有偿维修' },
    SERVICE: { description: 'Value-added services 增值服务' },
    DEPOSIT: { description: 'Deposits 押金' },
  },
});
registerEnumType(FeeBasis, {
  name: 'FeeBasis',
  description: 'What a fee standard’s price is per.',
  valuesConfig: {
    PER_M2_MONTH: { description: 'Per m² of leased area per month 元/m²·月' },
    PER_METER_UNIT: { description: 'Per unit a meter measured (kWh, m³) 元/计量单位' },
    PER_MONTH: { description: 'A fixed amount per month 元/月' },
    PER_USE: { description: 'A fixed amount each time 元/次' },
  },
});
registerEnumType(MoneyRounding, {
  name: 'MoneyRounding',
  description: 'How a line’s exact amount becomes whole fen; applied once per line.',
  valuesConfig: {
    HALF_UP: { description: 'Half a fen and more up 四舍五入' },
    DOWN: { description: 'Fractions of a fen dropped 舍去' },
    UP: { description: 'Any fraction makes a whole fen 进一' },
  },
});

@ObjectType('FeeRate', { description: 'A fee standard’s price from a date on, until the next rate’s date.' })
export class FeeRateType {
  @Field(() => ID, { description: 'Rate id.' })
  id!: string;

  @Field({ description: 'First day it applies (YYYY-MM-DD, park time).' })
  effectiveFrom!: string;

  @Field({ description: 'Price, yuan per basis, up to 4 decimals (e.g. "6.5000").' })
  price!: string;

  @Field({ description: 'When it was added.' })
  createdAt!: Date;
}

@ObjectType('FeeStandard', { description: 'A fee standard 收费标准 of a park, with its dated prices.' })
export class FeeStandardType {
  @Field(() => ID, { description: 'Standard id.' })
  id!: string;

  @Field(() => ID, { description: 'Its park.' })
  parkId!: string;

  @Field({ description: 'Code, unique in the park.' })
  code!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => FeeItem, { description: 'What it charges for.' })
  item!: FeeItem;

  @Field(() => FeeBasis, { description: 'What its price is per.' })
  basis!: FeeBasis;

  @Field(() => MeterKind, { nullable: true, description: 'UTILITY: the kind of meter it prices.' })
  meterKind!: MeterKind | null;

  @Field(() => MoneyRounding, {
    description: 'How each line’s amount is rounded to fen (fixed once created).',
  })
  rounding!: MoneyRounding;

  @Field(() => String, { nullable: true, description: 'Notes, e.g. what the fee covers.' })
  description!: string | null;

  @Field({ description: 'Offered for new leases and charges.' })
  active!: boolean;

  @Field(() => [FeeRateType], { description: 'Its prices by date, oldest first.' })
  rates!: FeeRateType[];

  @Field(() => String, {
    nullable: true,
    description: 'The price in force today (park time); null before its first rate.',
  })
  currentPrice!: string | null;
}

export const toFeeRateType = (r: FeeRate): FeeRateType => ({
  id: r.id,
  effectiveFrom: r.effectiveFrom,
  price: r.price,
  createdAt: r.createdAt,
});

export function toFeeStandardType(s: FeeStandard, rates: FeeRate[], today: string): FeeStandardType {
  const sorted = [...rates].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return {
    id: s.id,
    parkId: s.park.id,
    code: s.code,
    name: s.name,
    item: s.item,
    basis: s.basis,
    meterKind: s.meterKind ?? null,
    rounding: s.rounding,
    description: s.description ?? null,
    active: s.active,
    rates: sorted.map(toFeeRateType),
    currentPrice: sorted.filter((r) => r.effectiveFrom <= today).at(-1)?.price ?? null,
  };
}
