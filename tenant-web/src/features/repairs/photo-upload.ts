/** What the API stores (README: photos and documents); the bytes must match the type. */
const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
/** Some phones hand over HEIC photos with no type; their extension names it. */
const BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
};

/** Largest photo the API accepts (FILE_MAX_MB default). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS = 6;

/** The content type to declare for a photo, or null when the API would refuse it. */
export function photoContentType(file: File): string | null {
  const type = file.type || BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] || '';
  return (ALLOWED_TYPES as readonly string[]).includes(type) ? type : null;
}

/** The HTTP status of a refused upload as the API's error code (413/415 are the input's fault). */
function codeOf(status: number): string {
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  return status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL';
}

/**
 * PUTs a file to its signed upload link. XMLHttpRequest rather than fetch only because fetch
 * cannot report upload progress. A refusal (`{error: {code}}` with 403/409/413/415) rejects
 * shaped like a GraphQL error, so the shared error → i18n mapping explains it; a dropped
 * connection rejects as a network error.
 */
export function putFile(url: string, file: File, contentType: string, onProgress: (ratio: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('content-type', contentType);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      let domainCode: string | undefined;
      try {
        domainCode = (JSON.parse(xhr.responseText) as { error?: { code?: string } }).error?.code;
      } catch {
        // Not the API's JSON (a proxy's page): the status alone explains it.
      }
      reject({
        errors: [{ message: `upload ${xhr.status}`, extensions: { code: codeOf(xhr.status), domainCode } }],
      });
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}
