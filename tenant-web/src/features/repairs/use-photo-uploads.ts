import { toApiError } from '@park/web-shared';
import { useMutation } from '@vue/apollo-composable';
import type { UploaderFileListItem } from 'vant';
import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { CreatePhotoUploadDocument } from '../../gql/graphql.js';
import { errorKey } from '../../i18n/index.js';
import { photoContentType, putFile } from './photo-upload.js';

/** A picked photo as Vant's uploader shows it, with its upload link once it has one. */
export type Photo = UploaderFileListItem & {
  link?: { uploadUrl: string; expiresAt: string };
  /** Why its last upload failed, in words. */
  error?: string;
};

/** A link this close to its end is not worth starting an upload on. */
const LINK_MARGIN_MS = 60_000;

/**
 * The photos of a new repair and their uploads to the filed order: one at a time (a phone's
 * uplink is narrow; the first photos land sooner), each with its progress and, on failure, its
 * reason; failed ones can be retried, reusing their link while it lasts.
 */
export function usePhotoUploads() {
  const { t } = useI18n();
  const photos = ref<Photo[]>([]);
  const { mutate: createUpload } = useMutation(CreatePhotoUploadDocument);

  async function uploadOne(workOrderId: string, photo: Photo): Promise<void> {
    const file = photo.file;
    const type = file && photoContentType(file);
    if (!file || !type) return;
    photo.status = 'uploading';
    photo.deletable = false;
    photo.message = '0%';
    photo.error = undefined;
    try {
      if (!photo.link || Date.parse(photo.link.expiresAt) - Date.now() < LINK_MARGIN_MS) {
        const result = await createUpload({
          input: {
            workOrderId,
            fileName: file.name.slice(-200) || 'photo.jpg',
            contentType: type,
            size: file.size,
          },
        });
        photo.link = result?.data?.createAttachmentUpload;
      }
      if (!photo.link) throw new Error('no upload link');
      await putFile(photo.link.uploadUrl, file, type, (ratio) => {
        photo.message = `${Math.round(ratio * 100)}%`;
      });
      photo.status = 'done';
      photo.message = '';
    } catch (err) {
      // Stored already (a retry after a lost answer): nothing is missing.
      if (toApiError(err).domainCode === 'ALREADY_UPLOADED') {
        photo.status = 'done';
        photo.message = '';
        return;
      }
      // A refused link (expired, wrong type) is not tried again; a dropped connection is.
      if (toApiError(err).code !== 'NETWORK') photo.link = undefined;
      // One that keeps failing can be left out.
      photo.deletable = true;
      photo.status = 'failed';
      photo.message = t('repair.photos.failed');
      photo.error = t(errorKey(err));
    }
  }

  /** Uploads every photo not yet stored; resolves when all have been tried. */
  async function uploadAll(workOrderId: string): Promise<void> {
    for (const photo of photos.value) {
      if (photo.status !== 'done') await uploadOne(workOrderId, photo);
    }
  }

  return {
    photos,
    uploadAll,
    failed: computed(() => photos.value.filter((p) => p.status === 'failed')),
    uploading: computed(() => photos.value.some((p) => p.status === 'uploading')),
  };
}
