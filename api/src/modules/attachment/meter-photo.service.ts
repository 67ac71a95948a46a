import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError, ConflictError } from '../../kernel/errors.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentOwnerKind } from './attachment.enums.js';
import { toAttachmentType, UPLOAD_LINK_MS, uploadLinkOf } from './attachment.service.js';
import type { AttachmentType, AttachmentUploadType } from './attachment.type.js';
import { isAllowedType } from './file-types.js';

/** Photos of one meter waiting for their reading (uploaded and unused, or still uploading). */
export const MAX_PENDING_METER_PHOTOS = 12;

/** A meter as this feature knows it: its id and park (the energy feature checked the caller may see it). */
export type PhotoMeter = { id: string; parkId: string };

const isPhoto = (contentType: string) => contentType.startsWith('image/') && isAllowedType(contentType);

/**
 * Photos of meter registers for manual readings (issue 18 §4). The energy feature checks the
 * meter and the caller's permission, then calls these; this feature never imports energy.
 */
export const meterPhotoService = {
  /**
   * Registers a photo of `meter`'s register and returns where to upload it. The caller holds the
   * meter's row lock, so concurrent registrations count one after another.
   */
  async createUpload(
    ctx: RequestContext,
    meter: PhotoMeter,
    input: { fileName: string; contentType: string; size: number },
  ): Promise<AttachmentUploadType> {
    const { files } = ctx.services;
    if (!isPhoto(input.contentType))
      throw new BadInputError('input.contentType', 'A photo (JPEG, PNG, WebP, HEIC)', 'PHOTO_TYPE_REQUIRED');
    if (input.size > files.maxBytes)
      throw new BadInputError('input.size', `At most ${files.maxBytes} bytes`, 'FILE_TOO_LARGE');
    const linkStillValid = new Date(ctx.now().getTime() - UPLOAD_LINK_MS);
    const pending = await ctx.em.count(Attachment, {
      ownerKind: AttachmentOwnerKind.METER,
      meterId: meter.id,
      usedAt: null,
      $or: [{ uploadedAt: { $ne: null } }, { createdAt: { $gt: linkStillValid } }],
    });
    if (pending >= MAX_PENDING_METER_PHOTOS)
      throw new ConflictError(
        `At most ${MAX_PENDING_METER_PHOTOS} photos of a meter waiting for their readings`,
        'TOO_MANY_ATTACHMENTS',
        'input',
      );
    const actor = ctx.signedIn;
    const attachment = ctx.em.create(Attachment, {
      createdAt: ctx.now(),
      park: meter.parkId,
      ownerKind: AttachmentOwnerKind.METER,
      workOrder: null,
      meterId: meter.id,
      uploaderId: actor.id,
      uploaderLabel: actor.label,
      fileName: input.fileName,
      contentType: input.contentType,
      declaredSize: input.size,
      // Keys are hex and dashes only (the local store refuses others); ids never collide across owners.
      storageKey: `${meter.parkId}/${meter.id}/${randomUUID()}`,
    });
    await ctx.em.flush();
    return uploadLinkOf(ctx, attachment);
  },

  /**
   * Takes photo `id` as the evidence of one reading of `meter`: it must be an uploaded photo
   * registered for that meter in its park and not yet used. One conditional update claims it,
   * so of concurrent readings naming one photo exactly one gets it; the others, like any photo
   * that does not qualify, get BAD_USER_INPUT on `field` (and their transaction writes nothing).
   */
  async claim(ctx: RequestContext, meter: PhotoMeter, id: string, field: string): Promise<void> {
    if (!isUuid(id)) throw new BadInputError(field, 'Not a photo id', 'PHOTO_NOT_FOUND');
    const claimed = await ctx.em.nativeUpdate(
      Attachment,
      {
        id,
        ownerKind: AttachmentOwnerKind.METER,
        meterId: meter.id,
        park: meter.parkId,
        uploadedAt: { $ne: null },
        contentType: { $like: 'image/%' },
        usedAt: null,
      },
      { usedAt: ctx.now() },
    );
    if (claimed === 1) return;
    // Why not, for the message: the row as this caller may see it.
    const row = await ctx.em.findOne(Attachment, { id }, { disableIdentityMap: true });
    if (!row) throw new BadInputError(field, 'No such photo', 'PHOTO_NOT_FOUND');
    if (
      row.ownerKind !== AttachmentOwnerKind.METER ||
      row.meterId !== meter.id ||
      row.park.id !== meter.parkId
    )
      throw new BadInputError(field, 'Not a photo of this meter', 'PHOTO_OTHER_METER');
    if (!isPhoto(row.contentType)) throw new BadInputError(field, 'Not a photo', 'PHOTO_TYPE_REQUIRED');
    if (!row.uploadedAt)
      throw new BadInputError(field, 'Its bytes were never uploaded', 'PHOTO_NOT_UPLOADED');
    throw new BadInputError(field, 'Already the photo of another reading', 'PHOTO_ALREADY_USED');
  },

  /** Gives a claimed photo back (its reading was not stored after all). */
  async release(ctx: RequestContext, id: string): Promise<void> {
    await ctx.em.nativeUpdate(Attachment, { id, ownerKind: AttachmentOwnerKind.METER }, { usedAt: null });
  },

  /** The photo of a reading with a fresh view link; batched per request; null when not visible. */
  async ofReading(ctx: RequestContext, id: string): Promise<AttachmentType | null> {
    const row = await ctx.loaders.attachmentById.load(id);
    if (!row || row.ownerKind !== AttachmentOwnerKind.METER || !row.uploadedAt) return null;
    return toAttachmentType(row, ctx.services.files.signer, ctx.now());
  },
};
