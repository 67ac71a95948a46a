import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from './tenant.entity.js';

/** A named contact person of a tenant company (not a login; users come with identity). */
export const TenantContact = defineEntity({
  name: 'TenantContact',
  tableName: 'tenant_contact',
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    tenant: () => p.manyToOne(TenantCompany).index(),
    name: p.string().length(50),
    /** Job title or role, e.g. 行政经理. */
    title: p.string().length(50).nullable(),
    phone: p.string().length(20),
    email: p.string().length(120).nullable(),
    isPrimary: p.boolean().default(false),
    position: p.smallint().default(0),
  },
});
export type TenantContact = InferEntity<typeof TenantContact>;
