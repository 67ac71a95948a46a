import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { WorkOrder } from '../work-order/work-order.entity.js';
import { AttachmentOwnerKind } from './attachment.enums.js';

/**
 * A photo or document on a work order, a photo of a meter's register for a manual reading, or
 * the file of an issued e-invoice.
 * The row comes first (with the declared type and size); the bytes follow through a signed
 * upload URL and are checked before `uploadedAt` is set. Who sees the order sees its
 * attachments; a meter's photos are seen by staff of its park and by the company it measures
 * for (row-level security). Exactly one owner is set, of `ownerKind` (a check constraint).
 */
export const Attachment = defineEntity({
  name: 'Attachment',
  tableName: 'attachment',
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    ownerKind: p
      .enum(() => AttachmentOwnerKind)
      .nativeEnumName('attachment_owner_kind')
      .default(AttachmentOwnerKind.WORK_ORDER),
    workOrder: () => p.manyToOne(WorkOrder).index().deleteRule('cascade').nullable(),
    /**
     * The meter whose register it shows. A plain id, so this feature does not depend on energy;
     * the migration adds its foreign key.
     */
    meterId: p.uuid().index().nullable(),
    /** The invoice request it answers (a plain id, so this feature does not depend on invoicing). */
    invoiceRequestId: p.uuid().index().nullable(),
    uploaderId: p.uuid().nullable(),
    uploaderLabel: p.string().length(100).nullable(),
    fileName: p.string().length(200),
    contentType: p.string().length(100),
    declaredSize: p.integer(),
    size: p.integer().nullable(),
    // char(64) as the migration made it: a hex SHA-256 always fills it, so nothing is padded.
    sha256: p.string().columnType('char(64)').nullable(),
    storageKey: p.string().length(200).unique(),
    uploadedAt: p.datetime().nullable(),
    /**
     * When its owner took it (a manual meter reading its photo, an issued invoice its file): set
     * once, by a conditional update, so two owners can never claim one file.
     */
    usedAt: p.datetime().nullable(),
  },
});
export type Attachment = InferEntity<typeof Attachment>;
