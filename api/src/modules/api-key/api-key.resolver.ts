import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { apiKeyService } from './api-key.service.js';
import { ApiKeyScopeType, ApiKeySecret, ApiKeyType, CreateApiKeyInput } from './api-key.type.js';

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Authorized('apiKey.manage')
  @Query(() => [ApiKeyType], { description: 'Partner keys of your parks, newest first.' })
  apiKeys(@Ctx() ctx: RequestContext) {
    return apiKeyService.list(ctx);
  }

  @Authorized('apiKey.manage')
  @Query(() => [ApiKeyScopeType], { description: 'Scopes a partner key may be granted.' })
  apiKeyScopes(@Ctx() ctx: RequestContext) {
    return ctx.services.apiKeyScopes.list();
  }

  @Authorized('apiKey.manage')
  @Mutation(() => ApiKeySecret, { description: 'Issues a partner key; its token is returned this once.' })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'The key.' }) input: CreateApiKeyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return apiKeyService.create(ctx, input);
  }

  @Authorized('apiKey.manage')
  @Mutation(() => ApiKeyType, { description: 'Revokes a key: it stops working at once.' })
  revokeApiKey(@Arg('id', () => ID, { description: 'Key id.' }) id: string, @Ctx() ctx: RequestContext) {
    return apiKeyService.revoke(ctx, id);
  }
}
