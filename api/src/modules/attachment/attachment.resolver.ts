import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { WorkOrderType } from '../work-order/work-order.type.js';
import { attachmentService } from './attachment.service.js';
import { AttachmentType, AttachmentUploadType, CreateAttachmentUploadInput } from './attachment.type.js';

@Resolver(() => WorkOrderType)
export class AttachmentResolver {
  @Authorized('workOrder.read')
  @Mutation(() => AttachmentUploadType, {
    description: 'Registers a photo or document for a work order you can see; PUT its bytes to uploadUrl.',
  })
  createAttachmentUpload(
    @Arg('input', () => CreateAttachmentUploadInput, { description: 'The file.' })
    input: CreateAttachmentUploadInput,
    @Ctx() ctx: RequestContext,
  ) {
    return attachmentService.createUpload(ctx, input);
  }

  @FieldResolver(() => [AttachmentType], { description: 'Photos and documents, oldest first.' })
  attachments(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    return attachmentService.forOrder(ctx, w.id);
  }
}
