import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { MeterKind, MeterLevel } from './energy.enums.js';
import { TouCostSplitType } from './tariff.type.js';

@ObjectType('EnergyHourPoint', { description: 'An hour of today beside its baseline.' })
export class EnergyHourPointType {
  @Field(() => Int, { description: 'Hour of the day (park time).' })
  hour!: number;

  @Field(() => Float, { nullable: true, description: 'Today’s consumption; none for hours not yet read.' })
  today!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Baseline: mean of the same hour on the same weekday over the past 4 weeks (weeks with data).',
  })
  baseline!: number | null;
}

@ObjectType('EnergyBuildingShare', { description: 'A building’s consumption over the period.' })
export class EnergyBuildingShareType {
  @Field(() => ID, { description: 'Building.' })
  buildingId!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => Float, { description: 'Consumption (its building meters).' })
  amount!: number;

  @Field(() => Float, { nullable: true, description: 'Gross area, m².' })
  area!: number | null;

  @Field(() => Float, { nullable: true, description: 'Consumption per m².' })
  intensity!: number | null;
}

@ObjectType('EnergyMonthPoint', { description: 'A calendar month of the trend.' })
export class EnergyMonthPointType {
  @Field({ description: 'Month, YYYY-MM (park time).' })
  month!: string;

  @Field(() => Float, { description: 'Consumption.' })
  amount!: number;

  @Field(() => Float, { nullable: true, description: 'The same month a year before.' })
  lastYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'Change on the month before, ratio (0.05 = +5 %).' })
  mom!: number | null;

  @Field(() => Float, { nullable: true, description: 'Change on the same month a year before, ratio.' })
  yoy!: number | null;

  @Field(() => Float, { description: 'Carbon, kg CO₂ (the factor in force on the month’s first day).' })
  carbonKg!: number;

  @Field({
    description:
      'Not a whole month of readings: the month still under way, or one before the first metered day (its amount, change and carbon cover only part of it).',
  })
  partial!: boolean;
}

@ObjectType('EnergyComparison', {
  description: 'The period beside the one before it and the same one a year before.',
})
export class EnergyComparisonType {
  @Field(() => Float, { description: 'Consumption over the period.' })
  current!: number;

  @Field(() => Float, {
    description: 'Over the period before (as many days, or the months before a whole-month period).',
  })
  previous!: number;

  @Field(() => Float, { description: 'Over the same days a year before.' })
  lastYear!: number;

  @Field(() => Float, { nullable: true, description: 'Month-on-month 环比: current / previous − 1.' })
  mom!: number | null;

  @Field(() => Float, { nullable: true, description: 'Year-on-year 同比: current / lastYear − 1.' })
  yoy!: number | null;

  @Field({ description: 'First day of the period before.' })
  previousFrom!: string;

  @Field({ description: 'Last day of the period before.' })
  previousTo!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Area of the scope, m² (the park’s buildings, a building, a company’s units).',
  })
  area!: number | null;

  @Field(() => Float, { nullable: true, description: 'Intensity: consumption per m² over the period.' })
  intensity!: number | null;

  @Field(() => Float, {
    description: 'Carbon over the period, kg CO₂ (each day by the factor in force then).',
  })
  carbonKg!: number;
}

@ObjectType('EnergyOverview', { description: 'The energy overview 能耗总览 of a scope, kind and period.' })
export class EnergyOverviewType {
  @Field(() => MeterKind, { description: 'Kind.' })
  kind!: MeterKind;

  @Field({ description: 'Unit.' })
  unit!: string;

  @Field({ description: 'Today (park time).' })
  today!: string;

  @Field(() => [EnergyHourPointType], { description: 'Today by hour beside the baseline.' })
  hours!: EnergyHourPointType[];

  @Field(() => [EnergyBuildingShareType], { description: 'By building over the period (staff).' })
  buildings!: EnergyBuildingShareType[];

  @Field(() => [EnergyMonthPointType], { description: 'The 12 months up to the period’s last.' })
  months!: EnergyMonthPointType[];

  @Field(() => EnergyComparisonType, { description: 'MoM, YoY, intensity and carbon of the period.' })
  comparison!: EnergyComparisonType;

  @Field(() => TouCostSplitType, { description: 'Time-of-use split and cost of the period.' })
  cost!: TouCostSplitType;
}

@ObjectType('EnergyFlowNode', { description: 'A meter of the flow, or the unmetered loss below one.' })
export class EnergyFlowNodeType {
  @Field({ description: 'Unique name: the meter id, or loss:<meter id>.' })
  id!: string;

  @Field({ description: 'Meter name (or empty for a loss node: the console names it).' })
  name!: string;

  @Field(() => MeterLevel, { nullable: true, description: 'Level; none for a loss node.' })
  level!: MeterLevel | null;

  @Field(() => Float, { description: 'Consumption over the period.' })
  value!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Unmetered loss: its consumption less its children’s (may be negative when meters disagree); none without children.',
  })
  loss!: number | null;
}

@ObjectType('EnergyFlowLink', {
  description: 'Energy passing from a meter to one below it (or to its loss).',
})
export class EnergyFlowLinkType {
  @Field({ description: 'Upstream node id.' })
  source!: string;

  @Field({ description: 'Downstream node id.' })
  target!: string;

  @Field(() => Float, { description: 'Amount.' })
  value!: number;
}

@ObjectType('EnergyFlow', {
  description: 'The metering tree’s flow over a period: nodes and links for a Sankey.',
})
export class EnergyFlowType {
  @Field(() => MeterKind, { description: 'Kind.' })
  kind!: MeterKind;

  @Field({ description: 'Unit.' })
  unit!: string;

  @Field(() => [EnergyFlowNodeType], { description: 'Nodes.' })
  nodes!: EnergyFlowNodeType[];

  @Field(() => [EnergyFlowLinkType], { description: 'Links (positive amounts only).' })
  links!: EnergyFlowLinkType[];
}
