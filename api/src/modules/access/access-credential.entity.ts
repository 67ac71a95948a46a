import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { AppUser } from '../user/user.entity.js';
import { CredentialKind, CredentialStatus } from './access.enums.js';

/**
 * A card number, QR pass reference or plate bound to one person (a tenant employee or a staff
 * user), valid in a window; unique per park and kind, so one card opens for one holder only.
 */
export const AccessCredential = defineEntity({
  name: 'AccessCredential',
  tableName: 'access_credential',
  uniques: [{ properties: ['park', 'kind', 'identifier'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    /** The holder's company (null for staff), kept here so row-level security stays simple. */
    tenant: () => p.manyToOne(TenantCompany).nullable().index(),
    holder: () => p.manyToOne(AppUser).index(),
    kind: p.enum(() => CredentialKind).nativeEnumName('credential_kind'),
    identifier: p.string().length(64),
    status: p
      .enum(() => CredentialStatus)
      .nativeEnumName('credential_status')
      .default(CredentialStatus.ACTIVE),
    validFrom: p.datetime(),
    validUntil: p.datetime().nullable(),
  },
});
export type AccessCredential = InferEntity<typeof AccessCredential>;
