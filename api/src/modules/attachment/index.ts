import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../graphql/loader-utils.js';
import { defineModule } from '../manifest.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentResolver } from './attachment.resolver.js';

export { AttachmentOwnerKind } from './attachment.enums.js';
export { AttachmentType, AttachmentUploadType } from './attachment.type.js';
/** And the files of issued e-invoices (invoicing). */
export {
  type FileInvoiceRequest,
  invoiceFileService,
  MAX_PENDING_INVOICE_FILES,
} from './invoice-file.service.js';
/** What other features use: photos of meter registers for manual readings (energy). */
export { MAX_PENDING_METER_PHOTOS, meterPhotoService, type PhotoMeter } from './meter-photo.service.js';

/** Uploaded files (work-order photos, quotes; photos of meter readings; issued e-invoices) and their signed links. */
export const attachmentModule = defineModule({
  name: 'attachment',
  title: { zh: '附件', en: 'Attachments' },
  actions: {
    createAttachmentUpload: { zh: '上传附件', en: 'Upload an attachment' },
  },
  entities: [Attachment],
  resolvers: [AttachmentResolver],
  loaders: {
    /** Attachments by id, as the caller may see them (a meter reading's photo). */
    attachmentById: (em: EntityManager) => byIdLoader(em, Attachment),
  },
  // An attachment is read through its owner: a work order's `attachments` (the order's own
  // access) or a meter reading's `photo` (`@Authorized('energy.read')`), never on its own.
  typeAccess: { Attachment: 'inherit', AttachmentUpload: 'inherit' },
});
