import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LockMode } from '@mikro-orm/core';
import type { AppServices, RequestContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError, ConflictError, NotFoundError } from '../../kernel/errors.js';
import { withSystem } from '../auth/actor.js';
import { WorkOrder } from '../work-order/work-order.entity.js';
import { recordOrderChange } from '../work-order/work-order.service.js';
import { Attachment } from './attachment.entity.js';
import type { AttachmentType, AttachmentUploadType, CreateAttachmentUploadInput } from './attachment.type.js';
import { type FileStore, sha256Hex, type UrlSigner } from './file-store.js';
import { isAllowedType, looksLike } from './file-types.js';

/** How long an upload link works; a registered file whose bytes never came stops counting then. */
export const UPLOAD_LINK_MS = 15 * 60_000;
const VIEW_LINK_MS = 60 * 60_000;
/** Photos and documents per order. */
export const MAX_ATTACHMENTS = 12;

/** The file side of the API: the store, the link signer and the size limit. */
export type FileServices = { store: FileStore; signer: UrlSigner; maxBytes: number };

export function toAttachmentType(a: Attachment, signer: UrlSigner, now: Date): AttachmentType {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    size: a.size ?? a.declaredSize,
    uploadedBy: a.uploaderLabel ?? null,
    uploadedAt: a.uploadedAt ?? a.createdAt,
    url: signer.url('get', a.id, new Date(now.getTime() + VIEW_LINK_MS)),
  };
}

/** Where and until when to PUT the bytes of a registered attachment. */
export function uploadLinkOf(ctx: RequestContext, attachment: Attachment): AttachmentUploadType {
  const expiresAt = new Date(ctx.now().getTime() + UPLOAD_LINK_MS);
  return {
    attachmentId: attachment.id,
    uploadUrl: ctx.services.files.signer.url('put', attachment.id, expiresAt),
    expiresAt,
  };
}

export const attachmentService = {
  /** Registers a file for an order the caller can see and returns where to upload it. */
  async createUpload(ctx: RequestContext, input: CreateAttachmentUploadInput) {
    const { files } = ctx.services;
    if (!isAllowedType(input.contentType))
      throw new BadInputError(
        'input.contentType',
        'Photos (JPEG, PNG, WebP, HEIC) or PDF only',
        'FILE_TYPE_NOT_ALLOWED',
      );
    if (input.size > files.maxBytes)
      throw new BadInputError('input.size', `At most ${files.maxBytes} bytes`, 'FILE_TOO_LARGE');
    // The order's row is locked until commit, so concurrent uploads count one after another:
    // counting and inserting without it let a burst register far more than the limit.
    const order = isUuid(input.workOrderId)
      ? await ctx.em.findOne(WorkOrder, { id: input.workOrderId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!order) throw new NotFoundError('WorkOrder', 'input.workOrderId');
    // Uploads that never arrived stop counting once their link has expired.
    const linkStillValid = new Date(ctx.now().getTime() - UPLOAD_LINK_MS);
    const count = await ctx.em.count(Attachment, {
      workOrder: order,
      $or: [{ uploadedAt: { $ne: null } }, { createdAt: { $gt: linkStillValid } }],
    });
    if (count >= MAX_ATTACHMENTS)
      throw new ConflictError(
        `At most ${MAX_ATTACHMENTS} files per work order`,
        'TOO_MANY_ATTACHMENTS',
        'input',
      );
    const actor = ctx.signedIn;
    const attachment = ctx.em.create(Attachment, {
      createdAt: ctx.now(),
      park: order.park,
      workOrder: order,
      uploaderId: actor.id,
      uploaderLabel: actor.label,
      fileName: input.fileName,
      contentType: input.contentType,
      declaredSize: input.size,
      storageKey: `${order.park.id}/${order.id}/${randomUUID()}`,
    });
    await ctx.em.flush();
    recordOrderChange(ctx, order, {
      after: { attachmentId: attachment.id, fileName: input.fileName, contentType: input.contentType },
    });
    return uploadLinkOf(ctx, attachment);
  },

  /** Uploaded attachments of an order, oldest first, with fresh links. */
  async forOrder(ctx: RequestContext, workOrderId: string) {
    const rows = await ctx.loaders.attachmentsByWorkOrder.load(workOrderId);
    const now = ctx.now();
    return rows.filter((a) => a.uploadedAt).map((a) => toAttachmentType(a, ctx.services.files.signer, now));
  },
};

type FileReply = { status: number; code?: string; message?: string };

/** Reads a request body up to `limit` bytes; undefined when it is longer. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * `/files/<id>?op=put|get&exp=…&sig=…`: PUT stores an upload once, after checking its size and
 * that its bytes are of the declared type; GET serves the file to whoever holds a valid link.
 */
export function fileHandler(services: AppServices) {
  const { files } = services;
  const reply = (res: ServerResponse, r: FileReply) => {
    res.writeHead(r.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(r.code ? { error: { code: r.code, message: r.message } } : { ok: true }));
  };

  async function put(req: IncomingMessage, id: string): Promise<FileReply> {
    const row = await withSystem(services.orm, (em) => em.findOne(Attachment, { id }), { as: 'job' });
    if (!row) return { status: 404, code: 'NOT_FOUND', message: 'No such attachment' };
    if (row.uploadedAt)
      return { status: 409, code: 'ALREADY_UPLOADED', message: 'This file was uploaded already' };
    if (req.headers['content-type'] !== row.contentType)
      return { status: 415, code: 'TYPE_MISMATCH', message: `Send Content-Type ${row.contentType}` };
    const bytes = await readBody(req, Math.min(row.declaredSize, files.maxBytes));
    if (!bytes) return { status: 413, code: 'FILE_TOO_LARGE', message: 'Larger than declared' };
    if (!looksLike(row.contentType, bytes))
      return { status: 415, code: 'TYPE_MISMATCH', message: `These bytes are not ${row.contentType}` };
    try {
      await files.store.put(row.storageKey, bytes);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST')
        return { status: 409, code: 'ALREADY_UPLOADED', message: 'This file was uploaded already' };
      throw err;
    }
    await withSystem(
      services.orm,
      (em) =>
        em.nativeUpdate(
          Attachment,
          { id, uploadedAt: null },
          { uploadedAt: services.clock.now(), size: bytes.length, sha256: sha256Hex(bytes) },
        ),
      { as: 'job' },
    );
    return { status: 201 };
  }

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const id = url.pathname.slice('/files/'.length);
    const op = url.searchParams.get('op');
    const wanted =
      req.method === 'PUT' ? 'put' : req.method === 'GET' || req.method === 'HEAD' ? 'get' : undefined;
    if (!wanted || op !== wanted || !/^[0-9a-f-]{36}$/.test(id))
      return reply(res, {
        status: 400,
        code: 'BAD_REQUEST',
        message: 'GET or PUT /files/<id> with a signed link',
      });
    if (
      !files.signer.verify(
        wanted,
        id,
        url.searchParams.get('exp'),
        url.searchParams.get('sig'),
        services.clock.now(),
      )
    )
      return reply(res, { status: 403, code: 'LINK_INVALID', message: 'The link is invalid or expired' });
    if (wanted === 'put') return reply(res, await put(req, id));

    const row = await withSystem(services.orm, (em) => em.findOne(Attachment, { id }), { as: 'job' });
    const file = row?.uploadedAt ? await files.store.read(row.storageKey) : undefined;
    if (!row || !file) return reply(res, { status: 404, code: 'NOT_FOUND', message: 'No such file' });
    res.writeHead(200, {
      'content-type': row.contentType,
      'content-length': file.size,
      'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=3600',
    });
    if (req.method === 'HEAD') {
      file.stream.destroy();
      return void res.end();
    }
    file.stream.pipe(res);
  };
}
