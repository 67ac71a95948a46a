import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { tenantSearchKey } from './tenant-search.js';

export enum TenantStatus {
  /** Signed and operating in the park. */
  ACTIVE = 'ACTIVE',
  /** Lease signed, not yet moved in. */
  ONBOARDING = 'ONBOARDING',
  MOVED_OUT = 'MOVED_OUT',
}

/** A tenant company (入驻企业) of one park. Its units point back at it. */
export const TenantCompany = defineEntity({
  name: 'TenantCompany',
  tableName: 'tenant_company',
  uniques: [{ properties: ['park', 'uscc'] }],
  indexes: [{ properties: ['park', 'industryCode'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park).index(),
    name: p.string().length(100),
    shortName: p.string().length(40).nullable(),
    /** Unified social credit code (统一社会信用代码), GB 32100-2015, check digit verified. */
    uscc: p.string().length(18),
    /** Division code of GB/T 4754-2017, e.g. `C39`. */
    industryCode: p.string().length(4),
    legalRepresentative: p.string().length(50).nullable(),
    employeeCount: p.integer().nullable(),
    status: p.enum(() => TenantStatus).nativeEnumName('tenant_status'),
    moveInDate: p.date().nullable(),
    website: p.string().length(200).nullable(),
    description: p.text().nullable(),
    /** Pinyin (full and initials) of name and short name, for search; kept in step on every write. */
    searchKey: p
      .text()
      .nullable()
      .onCreate((t: { name: string; shortName?: string | null }) => tenantSearchKey(t.name, t.shortName))
      .onUpdate((t: { name: string; shortName?: string | null }) => tenantSearchKey(t.name, t.shortName)),
  },
});
export type TenantCompany = InferEntity<typeof TenantCompany>;
