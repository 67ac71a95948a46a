import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IndustryType } from '../tenant/tenant.type.js';

@ObjectType('DirectoryBuilding', { description: 'A building as the lobby directory names it.' })
export class DirectoryBuilding {
  @Field(() => ID, { description: 'Building id.' })
  id!: string;

  @Field({ description: 'Code within the park, e.g. A1.' })
  code!: string;

  @Field({ description: 'Display name, e.g. A1 研发办公楼.' })
  name!: string;
}

@ObjectType('DirectoryFloor', { description: 'A storey as the lobby directory names it.' })
export class DirectoryFloor {
  @Field(() => ID, { description: 'Floor id.' })
  id!: string;

  @Field(() => Int, { description: '1-based above ground, negative below (B1 = -1).' })
  level!: number;

  @Field({ description: 'Display name, e.g. 3F or B1.' })
  name!: string;
}

@ObjectType('DirectoryLocation', {
  description: 'Where a company can be found: the units it leases on one floor of one building.',
})
export class DirectoryLocation {
  @Field(() => DirectoryBuilding, { description: 'The building.' })
  building!: DirectoryBuilding;

  @Field(() => DirectoryFloor, { description: 'The floor.' })
  floor!: DirectoryFloor;

  @Field(() => [String], { description: 'Codes of the units it leases on this floor, sorted, e.g. A1-0301.' })
  unitCodes!: string[];
}

@ObjectType('DirectoryEntry', {
  description:
    'A tenant company in the lobby directory: what a visitor needs to find it, nothing more (no contacts, no credit code).',
})
export class DirectoryEntry {
  @Field(() => ID, { description: 'Tenant company id.' })
  id!: string;

  @Field({ description: 'Registered name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name for lists and signs.' })
  shortName!: string | null;

  @Field(() => IndustryType, { description: 'Industry division.' })
  industry!: IndustryType;

  @Field(() => [DirectoryLocation], {
    description:
      'Where it is, by building code and floor level; empty while it has no leased unit (e.g. still onboarding).',
  })
  locations!: DirectoryLocation[];
}
