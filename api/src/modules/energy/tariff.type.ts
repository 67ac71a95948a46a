import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { MeterKind } from './energy.enums.js';
import { TouBand } from './tariff.enums.js';
import './tariff.inputs.js';

@ObjectType('EnergyTariffPeriod', { description: 'One period of a tariff day.' })
export class EnergyTariffPeriodType {
  @Field(() => TouBand, { description: 'Band.' })
  band!: TouBand;

  @Field(() => Int, { description: 'First hour (park time).' })
  startHour!: number;

  @Field(() => Int, { description: 'Hour it ends, excluded.' })
  endHour!: number;

  @Field({ description: 'Price per unit, yuan, exact decimal text.' })
  price!: string;
}

@ObjectType('EnergyTariff', { description: 'A time-of-use tariff version 峰平谷, in force from its date.' })
export class EnergyTariffType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => MeterKind, { description: 'What it prices.' })
  kind!: MeterKind;

  @Field({ description: 'Unit priced (kWh, m³).' })
  unit!: string;

  @Field({ description: 'First day it prices (YYYY-MM-DD).' })
  effectiveFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day it prices (the next version’s eve); none: open.',
  })
  effectiveTo!: string | null;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => [EnergyTariffPeriodType], { description: 'Its periods in hour order.' })
  periods!: EnergyTariffPeriodType[];
}

@ObjectType('EmissionFactor', { description: 'kg CO₂ per unit of a kind, from a date on.' })
export class EmissionFactorType {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => MeterKind, { description: 'Kind.' })
  kind!: MeterKind;

  @Field({ description: 'First day it applies.' })
  effectiveFrom!: string;

  @Field({ description: 'kg CO₂ per unit, exact decimal text.' })
  kgPerUnit!: string;

  @Field({ description: 'Source.' })
  source!: string;
}

@ObjectType('TouCostLine', {
  description:
    'Consumption of one band priced by one tariff version; its cost is rounded once, half away from zero, to the fen.',
})
export class TouCostLineType {
  @Field(() => MeterKind, { description: 'Kind.' })
  kind!: MeterKind;

  @Field(() => TouBand, { nullable: true, description: 'Band; none: hours no tariff prices (unpriced).' })
  band!: TouBand | null;

  @Field(() => ID, { nullable: true, description: 'The tariff version.' })
  tariffId!: string | null;

  @Field(() => String, { nullable: true, description: 'Its first day.' })
  effectiveFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Price per unit, yuan.' })
  price!: string | null;

  @Field(() => Float, { description: 'Consumption in the band (the kind’s unit).' })
  amount!: number;

  @Field(() => Float, { description: 'Cost in whole fen (an integer): round(Σ amount × price × 100).' })
  costFen!: number;
}

@ObjectType('TouBandTotal', {
  description: 'A band’s consumption and cost over the period (its lines summed).',
})
export class TouBandTotalType {
  @Field(() => MeterKind, { description: 'Kind.' })
  kind!: MeterKind;

  @Field(() => TouBand, { nullable: true, description: 'Band; none: unpriced hours.' })
  band!: TouBand | null;

  @Field(() => Float, { description: 'Consumption.' })
  amount!: number;

  @Field(() => Float, { description: 'Cost, whole fen.' })
  costFen!: number;

  @Field(() => Float, { description: 'Share of the kind’s consumption, 0–1.' })
  share!: number;
}

@ObjectType('TouCostSplit', {
  description: 'Consumption and cost per time-of-use band, from the hour rollups.',
})
export class TouCostSplitType {
  @Field({ description: 'First day.' })
  from!: string;

  @Field({ description: 'Last day, included.' })
  to!: string;

  @Field(() => [TouCostLineType], { description: 'Per kind, tariff version and band.' })
  lines!: TouCostLineType[];

  @Field(() => [TouBandTotalType], { description: 'Per kind and band.' })
  bands!: TouBandTotalType[];

  @Field(() => Float, { description: 'Total cost, whole fen (the lines summed).' })
  totalFen!: number;

  @Field(() => Float, { description: 'Consumption no tariff prices.' })
  unpriced!: number;
}
