import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { SIGNED_IN } from '../auth/permissions.js';
import { ExportListInput } from './data-exchange.inputs.js';
import { ExportLinkType } from './data-exchange.type.js';
import { exportService } from './export.service.js';

@Resolver()
export class DataExchangeResolver {
  // Each list needs its own read permission, checked by the service once the list is known.
  @Authorized(SIGNED_IN)
  @Mutation(() => ExportLinkType, {
    description:
      'A link that downloads a list as XLSX or CSV, every page of it, filtered as given; needs the list’s read permission.',
  })
  exportList(
    @Arg('input', () => ExportListInput, { description: 'List, filter, format and language.' })
    input: ExportListInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return exportService.link(ctx, input, info.schema);
  }
}
