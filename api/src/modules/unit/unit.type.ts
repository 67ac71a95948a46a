import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { type Unit, UnitStatus, UnitType } from './unit.entity.js';

registerEnumType(UnitType, {
  name: 'UnitType',
  description: 'What a unit is used for.',
  valuesConfig: {
    OFFICE: { description: 'Office space 办公' },
    FACTORY: { description: 'Factory floor 厂房' },
    WAREHOUSE: { description: 'Warehouse 仓库' },
    LAB: { description: 'Laboratory 实验室' },
    RETAIL: { description: 'Shop or canteen 商业' },
    PUBLIC: { description: 'Public area, not leasable 公共区域' },
  },
});
registerEnumType(UnitStatus, {
  name: 'UnitStatus',
  description: 'Letting state of a unit.',
  valuesConfig: {
    VACANT: { description: 'Free to let 空置' },
    RESERVED: { description: 'Held for a prospective tenant 预留' },
    LEASED: { description: 'Let to a tenant company 已租' },
    SELF_USE: { description: 'Used by the operator 自用' },
    UNDER_RENOVATION: { description: 'Being renovated 装修中' },
  },
});

@ObjectType('Unit', { description: 'A space on a floor: office, factory bay, lab, shop or public area.' })
export class UnitType_ {
  @Field(() => ID, { description: 'Unit id.' })
  id!: string;

  parkId!: string;
  buildingId!: string;
  floorId!: string;
  tenantId!: string | null;

  @Field({ description: 'Room number within the building, e.g. A1-0301.' })
  code!: string;

  @Field(() => UnitType, { description: 'Use of the space.' })
  type!: UnitType;

  @Field(() => UnitStatus, { description: 'Letting state.' })
  status!: UnitStatus;

  @Field(() => Float, { description: 'Gross (construction) area, m².' })
  grossArea!: number;

  @Field(() => Float, { description: 'Usable (inner) area, m².' })
  usableArea!: number;

  @Field(() => Date, { nullable: true, description: 'When the unit was retired (停用); null while in use.' })
  retiredAt!: Date | null;

  @Field({ description: 'When the record was created.' })
  createdAt!: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt!: Date;
}

export function toUnitType(e: Unit): UnitType_ {
  return {
    id: e.id,
    parkId: e.park.id,
    buildingId: e.building.id,
    floorId: e.floor.id,
    tenantId: e.tenant ? e.tenant.id : null,
    code: e.code,
    type: e.type,
    status: e.status,
    grossArea: e.grossArea,
    usableArea: e.usableArea,
    retiredAt: e.retiredAt ?? null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
