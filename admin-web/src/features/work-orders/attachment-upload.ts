import { env } from '../../env.js';

/** What the API stores on an order (README: photos and documents); it checks the bytes too. */
export const ATTACHMENT_TYPES = 'image/jpeg,image/png,image/webp,image/heic,application/pdf';

/** File links are relative to the API's origin, which is not the page's in `pnpm dev` set-ups. */
export const fileUrl = (url: string) => new URL(url, env.graphqlUrl).href;

/** The HTTP status of a refused upload as the API's error code (413/415 are the input's fault). */
function codeOf(status: number): string {
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  return status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL';
}

/**
 * PUTs a file's bytes to its signed upload link (201 when stored). A refusal's JSON
 * `{error: {code}}` rejects shaped like a GraphQL error, so the shared error mapping explains it
 * (TYPE_MISMATCH, FILE_TOO_LARGE, LINK_INVALID …); a dropped connection rejects as a network error.
 */
export async function putAttachment(uploadUrl: string, file: File): Promise<void> {
  const res = await fetch(fileUrl(uploadUrl), {
    method: 'PUT',
    headers: { 'content-type': file.type },
    body: file,
  });
  if (res.status === 201) return;
  const body = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
  const message = body.error?.message ?? `upload ${res.status}`;
  throw Object.assign(new Error(message), {
    errors: [{ message, extensions: { code: codeOf(res.status), domainCode: body.error?.code } }],
  });
}
