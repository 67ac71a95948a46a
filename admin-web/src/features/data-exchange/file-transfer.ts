import { session } from '../../apollo.js';
import { env } from '../../env.js';

/** An address on the API's origin (the apps may be served from another in development). */
export const apiUrl = (path: string) => new URL(path, env.graphqlUrl).toString();

/** The file name a response offers (`filename*=UTF-8''…` first), or `fallback`. */
export function fileNameOf(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const utf8 = header.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return header.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/** Hands bytes to the browser as a download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Progress of a download: rows received (counted for CSV, estimated for XLSX) of the total. */
export type Progress = { bytes: number; rows: number; total: number };

/** Compressed bytes an XLSX row takes, roughly; only the progress bar's estimate depends on it. */
const XLSX_BYTES_PER_ROW = 40;

/**
 * Reads a download as it arrives, reporting progress, and returns it as a Blob. `X-Total-Rows`
 * tells how many rows to expect; CSV rows are counted by their line ends, XLSX rows (compressed)
 * are estimated from the bytes.
 */
export async function readWithProgress(
  res: Response,
  format: 'xlsx' | 'csv',
  onProgress: (p: Progress) => void,
): Promise<Blob> {
  const total = Number(res.headers.get('x-total-rows') ?? 0);
  const reader = res.body!.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    bytes += value.length;
    if (format === 'csv') for (const b of value) if (b === 10) lines++;
    const rows = format === 'csv' ? Math.max(0, lines - 1) : Math.floor(bytes / XLSX_BYTES_PER_ROW);
    onProgress({ bytes, rows: Math.min(rows, total), total });
  }
  onProgress({ bytes, rows: total, total });
  return new Blob(chunks, { type: res.headers.get('content-type') ?? 'application/octet-stream' });
}

/** `fetch` with the console's credential; an expired access token is refreshed once. */
export async function authorizedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const send = () =>
    fetch(url, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: session.authorization() ?? '' },
    });
  const res = await send();
  if (res.status === 401 && (await session.refresh())) return send();
  return res;
}

/** One problem of an import, as the API reports it. */
export type ImportError = { row: number; column: string; message: string };
export type ImportReport = { ok: boolean; applied: boolean; rows: number; errors: ImportError[] };
