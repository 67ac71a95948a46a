import { randomUUID } from 'node:crypto';
import { QueryOrder } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { isUuid } from '../../graphql/validate.js';
import { wallClock } from '../../kernel/clock.js';
import { BadInputError, NotFoundError } from '../../kernel/errors.js';
import { apiKeyPrefix, apiKeyToken, newSecret, sha256 } from '../auth/credentials.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import { ApiKey } from './api-key.entity.js';
import type { CreateApiKeyInput } from './api-key.type.js';
import { toApiKeyType } from './api-key.type.js';

/** Partner keys: issued with scopes and parks, stored hashed, revocable (SPEC §1, OM 5.1). */
export const apiKeyService = {
  async list(ctx: RequestContext) {
    const keys = await ctx.em.find(ApiKey, {}, { orderBy: { createdAt: QueryOrder.DESC } });
    return keys.map(toApiKeyType);
  },

  async create(ctx: RequestContext, input: CreateApiKeyInput) {
    for (const [i, scope] of input.scopes.entries())
      if (!ctx.services.apiKeyScopes.has(scope))
        throw new BadInputError(`input.scopes.${i}`, `${scope} is not a scope`, 'UNKNOWN_SCOPE');
    if (input.expiresAt && input.expiresAt <= wallClock.now())
      throw new BadInputError('input.expiresAt', 'Expiry must be in the future', 'EXPIRY_IN_PAST');
    const parkIds = [...new Set(input.parkIds)];
    const parks = parkIds.every(isUuid) ? await ctx.em.find(Park, { id: { $in: parkIds } }) : [];
    if (parks.length !== parkIds.length) throw new NotFoundError('Park', 'input.parkIds');
    const actor = ctx.signedIn;
    const id = randomUUID();
    const secret = newSecret();
    const key = ctx.em.create(ApiKey, {
      id,
      name: input.name,
      partner: input.partner,
      prefix: apiKeyPrefix(id),
      secretHash: sha256(secret),
      scopes: [...new Set(input.scopes)].sort(),
      parkIds: parkIds.sort(),
      expiresAt: input.expiresAt ?? null,
      rateLimitPerMinute: input.rateLimitPerMinute,
      createdBy: actor.kind === 'staff' ? ctx.em.getReference(AppUser, actor.id) : null,
    });
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'ApiKey',
      targetId: key.id,
      parkId: parkIds.length === 1 ? parkIds[0] : null,
      after: toApiKeyType(key),
    });
    return { apiKey: toApiKeyType(key), token: apiKeyToken(id, secret) };
  },

  async revoke(ctx: RequestContext, id: string) {
    const key = await findByIdOrFail(ctx.em, ApiKey, id, 'ApiKey');
    const before = toApiKeyType(key);
    key.revokedAt ??= wallClock.now();
    await ctx.em.flush();
    ctx.recordChange({ targetType: 'ApiKey', targetId: key.id, before, after: toApiKeyType(key) });
    return toApiKeyType(key);
  },
};
