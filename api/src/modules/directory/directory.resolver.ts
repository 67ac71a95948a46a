import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { KIOSK } from '../auth/permissions.js';
import { directoryService } from './directory.service.js';
import { DirectoryEntry } from './directory.type.js';

@Resolver()
export class DirectoryResolver {
  @Authorized(KIOSK)
  @Query(() => [DirectoryEntry], {
    description:
      'Kiosks: the company directory of the kiosk’s park — active and onboarding tenant companies with where to find them, by name (pinyin order).',
  })
  kioskDirectory(@Ctx() ctx: RequestContext) {
    return directoryService.list(ctx);
  }
}
