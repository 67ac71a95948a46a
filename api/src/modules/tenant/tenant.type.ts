import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { findIndustry, type Industry, sectionName } from './industry.js';
import { type TenantCompany, TenantStatus } from './tenant.entity.js';
import type { TenantContact } from './tenant-contact.entity.js';

registerEnumType(TenantStatus, {
  name: 'TenantStatus',
  description: 'Where a company is in its stay in the park.',
  valuesConfig: {
    ACTIVE: { description: 'Operating in the park 在驻' },
    ONBOARDING: { description: 'Signed, moving in 入驻中' },
    MOVED_OUT: { description: 'Left the park 已迁出' },
  },
});

@ObjectType('Industry', { description: 'A division of GB/T 4754-2017 (国民经济行业分类).' })
export class IndustryType {
  @Field({ description: 'Section letter and division number, e.g. C39.' })
  code!: string;

  @Field({ description: 'Chinese name of the division.' })
  name!: string;

  @Field({ description: 'English name of the division.' })
  nameEn!: string;

  @Field({ description: 'Section letter (门类), e.g. C.' })
  section!: string;

  @Field({ description: 'Chinese name of the section.' })
  sectionName!: string;

  @Field({ description: 'English name of the section.' })
  sectionNameEn!: string;
}

export function toIndustryType(i: Industry): IndustryType {
  const [sn, snEn] = sectionName(i.section);
  return { ...i, sectionName: sn, sectionNameEn: snEn };
}

@ObjectType('TenantContact', { description: 'A contact person of a tenant company.' })
export class TenantContactType {
  @Field(() => ID, { description: 'Contact id.' })
  id!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title, e.g. 行政经理.' })
  title!: string | null;

  @Field({ description: 'Phone number.' })
  phone!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email!: string | null;

  @Field({ description: 'The first person to call.' })
  isPrimary!: boolean;
}

@ObjectType('TenantCompany', { description: 'A company operating in a park (入驻企业).' })
export class TenantCompanyType {
  @Field(() => ID, { description: 'Tenant company id.' })
  id!: string;

  parkId!: string;

  @Field({ description: 'Registered name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name for lists and signs.' })
  shortName!: string | null;
  @Authorized('tenant.read')

  @Field({ description: 'Unified social credit code (统一社会信用代码), 18 characters.' })
  uscc!: string;

  @Field(() => IndustryType, { description: 'Industry division.' })
  industry!: IndustryType;
  @Authorized('tenant.read')

  @Field(() => String, { nullable: true, description: 'Legal representative (法定代表人).' })
  legalRepresentative!: string | null;
  @Authorized('tenant.read')

  @Field(() => Int, { nullable: true, description: 'Number of employees.' })
  employeeCount!: number | null;

  @Field(() => TenantStatus, { description: 'Stay in the park.' })
  status!: TenantStatus;
  @Authorized('tenant.read')

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date the company moved in.' })
  moveInDate!: string | null;
  @Authorized('tenant.read')

  @Field(() => String, { nullable: true, description: 'Web site.' })
  website!: string | null;
  @Authorized('tenant.read')

  @Field(() => String, { nullable: true, description: 'What the company does.' })
  description!: string | null;

  @Field({ description: 'When the record was created.' })
  createdAt!: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt!: Date;
}

export function toTenantCompanyType(e: TenantCompany): TenantCompanyType {
  return {
    id: e.id,
    parkId: e.park.id,
    name: e.name,
    shortName: e.shortName ?? null,
    uscc: e.uscc,
    industry: toIndustryType(findIndustry(e.industryCode)!),
    legalRepresentative: e.legalRepresentative ?? null,
    employeeCount: e.employeeCount ?? null,
    status: e.status,
    moveInDate: e.moveInDate ?? null,
    website: e.website ?? null,
    description: e.description ?? null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toTenantContactType(e: TenantContact): TenantContactType {
  return {
    id: e.id,
    name: e.name,
    title: e.title ?? null,
    phone: e.phone,
    email: e.email ?? null,
    isPrimary: e.isPrimary,
  };
}
