import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError, ConflictError } from '../../kernel/errors.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentOwnerKind } from './attachment.enums.js';
import { toAttachmentType, UPLOAD_LINK_MS, uploadLinkOf } from './attachment.service.js';
import type { AttachmentType, AttachmentUploadType } from './attachment.type.js';
import { INVOICE_FILE_TYPES, isAllowedType } from './file-types.js';

/** Files of one invoice request waiting to be issued (uploaded and unused, or still uploading). */
export const MAX_PENDING_INVOICE_FILES = 5;

/** An invoice request as this feature knows it (the invoicing feature checked the caller may handle it). */
export type FileInvoiceRequest = { id: string; parkId: string };

/**
 * Files of issued e-invoices (issue 19 §4). The invoicing feature checks the request and the
 * caller's permission, then calls these; this feature never imports invoicing.
 */
export const invoiceFileService = {
  /** Registers an e-invoice file for `request` and returns where to upload it. The caller holds the request's row lock. */
  async createUpload(
    ctx: RequestContext,
    request: FileInvoiceRequest,
    input: { fileName: string; contentType: string; size: number },
  ): Promise<AttachmentUploadType> {
    const { files } = ctx.services;
    if (!isAllowedType(input.contentType, INVOICE_FILE_TYPES))
      throw new BadInputError(
        'input.contentType',
        'An e-invoice file: PDF, OFD or XML',
        'INVOICE_FILE_TYPE_REQUIRED',
      );
    if (input.size > files.maxBytes)
      throw new BadInputError('input.size', `At most ${files.maxBytes} bytes`, 'FILE_TOO_LARGE');
    const linkStillValid = new Date(ctx.now().getTime() - UPLOAD_LINK_MS);
    const pending = await ctx.em.count(Attachment, {
      ownerKind: AttachmentOwnerKind.INVOICE,
      invoiceRequestId: request.id,
      usedAt: null,
      $or: [{ uploadedAt: { $ne: null } }, { createdAt: { $gt: linkStillValid } }],
    });
    if (pending >= MAX_PENDING_INVOICE_FILES)
      throw new ConflictError(
        `At most ${MAX_PENDING_INVOICE_FILES} files of an invoice request waiting to be issued`,
        'TOO_MANY_INVOICE_FILES',
        'input',
      );
    const actor = ctx.signedIn;
    const attachment = ctx.em.create(Attachment, {
      createdAt: ctx.now(),
      park: request.parkId,
      ownerKind: AttachmentOwnerKind.INVOICE,
      workOrder: null,
      meterId: null,
      invoiceRequestId: request.id,
      uploaderId: actor.id,
      uploaderLabel: actor.label,
      fileName: input.fileName,
      contentType: input.contentType,
      declaredSize: input.size,
      storageKey: `${request.parkId}/${request.id}/${randomUUID()}`,
    });
    await ctx.em.flush();
    return uploadLinkOf(ctx, attachment);
  },

  /**
   * Takes file `id` as the issued invoice of `request`: an uploaded file registered for it and not
   * yet taken. One conditional update claims it; anything else is BAD_USER_INPUT on `field`.
   */
  async claim(ctx: RequestContext, request: FileInvoiceRequest, id: string, field: string): Promise<void> {
    if (!isUuid(id)) throw new BadInputError(field, 'Not a file id', 'INVOICE_FILE_NOT_FOUND');
    const claimed = await ctx.em.nativeUpdate(
      Attachment,
      {
        id,
        ownerKind: AttachmentOwnerKind.INVOICE,
        invoiceRequestId: request.id,
        park: request.parkId,
        uploadedAt: { $ne: null },
        usedAt: null,
      },
      { usedAt: ctx.now() },
    );
    if (claimed === 1) return;
    const row = await ctx.em.findOne(Attachment, { id }, { disableIdentityMap: true });
    if (!row || row.ownerKind !== AttachmentOwnerKind.INVOICE || row.invoiceRequestId !== request.id)
      throw new BadInputError(field, 'Not a file of this invoice request', 'INVOICE_FILE_NOT_FOUND');
    if (!row.uploadedAt)
      throw new BadInputError(field, 'Its bytes were never uploaded', 'INVOICE_FILE_NOT_UPLOADED');
    throw new BadInputError(field, 'Already the file of this invoice', 'INVOICE_FILE_ALREADY_USED');
  },

  /** The issued invoice's file with a fresh view link; batched per request; null when not visible. */
  async ofRequest(ctx: RequestContext, id: string): Promise<AttachmentType | null> {
    const row = await ctx.loaders.attachmentById.load(id);
    if (!row || row.ownerKind !== AttachmentOwnerKind.INVOICE || !row.uploadedAt) return null;
    return toAttachmentType(row, ctx.services.files.signer, ctx.now());
  },
};
