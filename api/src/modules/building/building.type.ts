import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Building } from './building.entity.js';
import type { Floor } from './floor.entity.js';

@ObjectType('Building', { description: 'A building of a park.' })
export class BuildingType {
  @Field(() => ID, { description: 'Building id.' })
  id!: string;

  /** Not in the schema: the key the `park` field loads by. */
  parkId!: string;

  @Field({ description: 'Code within the park, e.g. A1.' })
  code!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => Int, { description: 'Storeys above ground.' })
  floorsAbove!: number;

  @Field(() => Int, { description: 'Storeys below ground.' })
  floorsBelow!: number;

  @Field(() => Float, { description: 'Gross floor area, m².' })
  grossArea!: number;

  @Field(() => Int, { nullable: true, description: 'Year of completion.' })
  completedYear!: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the building was retired (停用); null while in use.',
  })
  retiredAt!: Date | null;

  @Field({ description: 'When the record was created.' })
  createdAt!: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt!: Date;
}

@ObjectType('Floor', { description: 'A storey of a building.' })
export class FloorType {
  @Field(() => ID, { description: 'Floor id.' })
  id!: string;

  parkId!: string;
  buildingId!: string;

  @Field(() => Int, { description: 'Level: 1 is the ground floor, -1 the first basement (B1).' })
  level!: number;

  @Field({ description: 'Display name, e.g. 3F or B1.' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Gross floor area, m².' })
  grossArea!: number | null;

  @Field(() => Date, { nullable: true, description: 'When the floor was retired (停用); null while in use.' })
  retiredAt!: Date | null;
}

export function toBuildingType(e: Building): BuildingType {
  return {
    id: e.id,
    parkId: e.park.id,
    code: e.code,
    name: e.name,
    floorsAbove: e.floorsAbove,
    floorsBelow: e.floorsBelow,
    grossArea: e.grossArea,
    completedYear: e.completedYear ?? null,
    retiredAt: e.retiredAt ?? null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toFloorType(e: Floor): FloorType {
  return {
    id: e.id,
    parkId: e.park.id,
    buildingId: e.building.id,
    level: e.level,
    name: e.name,
    grossArea: e.grossArea ?? null,
    retiredAt: e.retiredAt ?? null,
  };
}
