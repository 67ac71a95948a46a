import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AttachmentType, AttachmentUploadType, meterPhotoService } from '../attachment/index.js';
import { MeterReadingPhotoUploadInput } from './meter.inputs.js';
import { meterService } from './meter.service.js';
import { MeterReadingType } from './meter.type.js';

/** Photos of manual readings: registering one, and a reading's photo (issue 18 §4). */
@Resolver(() => MeterReadingType)
export class ReadingPhotoResolver {
  @Authorized('energy.record')
  @Mutation(() => AttachmentUploadType, {
    description:
      'Registers a photo of a meter’s register for a manual reading; PUT its bytes to uploadUrl, then pass attachmentId as recordMeterReading’s photoId.',
  })
  createMeterReadingPhotoUpload(
    @Arg('input', () => MeterReadingPhotoUploadInput, { description: 'The photo.' })
    input: MeterReadingPhotoUploadInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meterService.createPhotoUpload(ctx, input);
  }

  @Authorized('energy.read')
  @FieldResolver(() => AttachmentType, {
    nullable: true,
    description: 'The photo of the register taken with a manual reading, with a link valid for an hour.',
  })
  photo(@Root() r: MeterReadingType, @Ctx() ctx: RequestContext) {
    return r.attachmentId ? meterPhotoService.ofReading(ctx, r.attachmentId) : null;
  }
}
