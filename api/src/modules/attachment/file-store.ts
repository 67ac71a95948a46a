import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, mkdir, open, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';

/** Where attachment bytes live. Local disk by default; an S3-compatible store has the same shape. */
export interface FileStore {
  /** Stores a new object; refuses to overwrite one. */
  put(key: string, bytes: Buffer): Promise<void>;
  read(key: string): Promise<{ stream: Readable; size: number } | undefined>;
}

/** Files under one folder (DATA_DIR/files), written to a temporary name and renamed into place. */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private path(key: string): string {
    if (!/^[0-9a-f/-]+$/.test(key)) throw new Error(`Bad storage key ${key}`);
    return join(this.root, key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.part`;
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    // link() refuses an existing name (EEXIST): an object is written once.
    try {
      await link(temp, path);
    } finally {
      await rm(temp, { force: true });
    }
  }

  async read(key: string) {
    const path = this.path(key);
    try {
      const { size } = await stat(path);
      return { stream: createReadStream(path), size };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }
}

export const sha256Hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What a signed link lets its holder do: read or upload a file, or read a payment's receipt. */
export type SignedOp = 'get' | 'put' | 'receipt';

/**
 * Short-lived links to one operation on a file or receipt: the API hands them only to callers
 * who may see its owner, so the endpoint needs no session (an <img> or a download cannot send one).
 */
export class UrlSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('attachment-urls').digest();
  }

  private mac(op: SignedOp, id: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${op}:${id}:${expires}`).digest('base64url');
  }

  url(op: 'get' | 'put', id: string, expiresAt: Date): string {
    return this.link(`/files/${id}`, op, id, expiresAt);
  }

  /** `path` with a signature for `op` on `id` until `expiresAt` (the operation is part of what is signed). */
  link(path: string, op: SignedOp, id: string, expiresAt: Date): string {
    const exp = Math.floor(expiresAt.getTime() / 1000);
    return `${path}?op=${op}&exp=${exp}&sig=${this.mac(op, id, exp)}`;
  }

  /** Whether a link is genuine and unexpired at `now`. */
  verify(op: SignedOp, id: string, exp: string | null, sig: string | null, now: Date): boolean {
    const expires = Number(exp);
    if (!Number.isInteger(expires) || !sig || expires * 1000 < now.getTime()) return false;
    const want = Buffer.from(this.mac(op, id, expires));
    const got = Buffer.from(sig);
    return want.length === got.length && timingSafeEqual(want, got);
  }
}
