import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { WorkOrder } from '../work-order/work-order.entity.js';

/**
 * A photo or document on a work order. The row comes first (with the declared type and size);
 * the bytes follow through a signed upload URL and are checked before `uploadedAt` is set.
 * Who sees the order sees its attachments (row-level security).
 */
export const Attachment = defineEntity({
  name: 'Attachment',
  tableName: 'attachment',
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    workOrder: () => p.manyToOne(WorkOrder).index().deleteRule('cascade'),
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
  },
});
export type Attachment = InferEntity<typeof Attachment>;
