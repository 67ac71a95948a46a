import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { AppUser } from '../user/user.entity.js';

/**
 * A partner system's key (parking or access vendor, government supervisor). The secret is shown
 * once at creation; only its hash is kept. `prefix` identifies the key in lists and logs.
 */
export const ApiKey = defineEntity({
  name: 'ApiKey',
  tableName: 'api_key',
  properties: {
    ...baseProperties,
    name: p.string().length(80),
    /** The organisation holding the key. */
    partner: p.string().length(100),
    prefix: p.string().length(16).unique(),
    secretHash: p.blob().hidden(),
    scopes: p.array(),
    parkIds: p.array().columnType('uuid[]'),
    expiresAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    rateLimitPerMinute: p.integer().default(600),
    createdBy: () => p.manyToOne(AppUser).nullable().joinColumn('created_by').deleteRule('set null'),
  },
});
export type ApiKey = InferEntity<typeof ApiKey>;
