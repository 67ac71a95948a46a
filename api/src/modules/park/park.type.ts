import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { Park } from './park.entity.js';

@ObjectType('Park', { description: 'An industrial park run by the operator.' })
export class ParkType {
  @Field(() => ID, { description: 'Park id.' })
  id!: string;

  @Field({ description: 'Operator code, unique, e.g. SZ-XH.' })
  code!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'City the park is in.' })
  city!: string;

  @Field({ description: 'Street address.' })
  address!: string;

  @Field({ description: 'IANA time zone that dates of this park are shown in.' })
  timeZone!: string;

  @Field(() => Float, { nullable: true, description: 'Land area, m².' })
  landArea!: number | null;

  @Field(() => Date, { nullable: true, description: 'When the park was retired (停用); null while in use.' })
  retiredAt!: Date | null;

  @Field({ description: 'When the record was created.' })
  createdAt!: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt!: Date;
}

export function toParkType(e: Park): ParkType {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    city: e.city,
    address: e.address,
    timeZone: e.timeZone,
    landArea: e.landArea ?? null,
    retiredAt: e.retiredAt ?? null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
