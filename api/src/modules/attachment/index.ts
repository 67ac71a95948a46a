import { defineModule } from '../manifest.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentResolver } from './attachment.resolver.js';

/** Uploaded files (work-order photos, quotes) and their signed links. */
export const attachmentModule = defineModule({
  name: 'attachment',
  title: { zh: '附件', en: 'Attachments' },
  actions: {
    createAttachmentUpload: { zh: '上传附件', en: 'Upload an attachment' },
  },
  entities: [Attachment],
  resolvers: [AttachmentResolver],
  typeAccess: { Attachment: 'workOrder.read', AttachmentUpload: 'inherit' },
});
