import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How much of the leasable space (all units but PUBLIC and retired ones) is let.' })
export class Occupancy {
  @Field(() => Int, { description: 'Leasable units.' })
  units!: number;

  @Field(() => Int, { description: 'Units with status LEASED.' })
  leasedUnits!: number;

  @Field(() => Int, { description: 'Units with status VACANT.' })
  vacantUnits!: number;

  @Field(() => Float, { description: 'Gross area of leasable units, m².' })
  leasableArea!: number;

  @Field(() => Float, { description: 'Gross area of LEASED units, m².' })
  leasedArea!: number;

  @Field(() => Float, { description: 'leasedArea / leasableArea, 0–1 (0 when nothing is leasable).' })
  rate!: number;
}
