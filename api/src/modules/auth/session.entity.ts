import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { AppUser } from '../user/user.entity.js';

/**
 * One signed-in device of a user: a family of rotating refresh tokens. The refresh token names
 * the session and its generation; presenting an older generation is reuse, and revokes the family.
 */
export const AuthSession = defineEntity({
  name: 'AuthSession',
  tableName: 'auth_session',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    user: () => p.manyToOne(AppUser).index(),
    generation: p.integer().default(0),
    refreshHash: p.blob().hidden(),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastUsedAt: p.datetime(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    revokeReason: p.string().length(40).nullable(),
    ip: p.string().length(64).nullable(),
    userAgent: p.string().length(200).nullable(),
  },
});
export type AuthSession = InferEntity<typeof AuthSession>;
