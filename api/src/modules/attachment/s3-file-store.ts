import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import { wallClock } from '../../kernel/clock.js';
import type { FileStore } from './file-store.js';

export type S3Settings = {
  /** e.g. https://s3.cn-north-1.amazonaws.com.cn, https://oss-cn-hangzhou.aliyuncs.com, http://minio:9000 */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
};

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
/** RFC 3986 encoding of each path segment, as Signature Version 4 wants it. */
const encodePath = (path: string) =>
  path
    .split('/')
    .map((s) =>
      encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');

/**
 * Signs a request with AWS Signature Version 4 (header form, no query string), which S3 and
 * the S3-compatible stores (MinIO, Aliyun OSS, Tencent COS, Huawei OBS) accept. Returns the
 * headers to send, `authorization` included.
 */
export function signS3Request(
  s: Pick<S3Settings, 'region' | 'accessKeyId' | 'secretAccessKey'>,
  req: { method: string; url: URL; headers: Record<string, string>; payloadHash: string; now: Date },
): Record<string, string> {
  const amzDate = req.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {
    ...Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v.trim()])),
    host: req.url.host,
    'x-amz-content-sha256': req.payloadHash,
    'x-amz-date': amzDate,
  };
  const names = Object.keys(headers).sort();
  const canonical = [
    req.method,
    encodePath(req.url.pathname),
    '',
    ...names.map((n) => `${n}:${headers[n]}`),
    '',
    names.join(';'),
    req.payloadHash,
  ].join('\n');
  const scope = `${day}/${s.region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = ['s3', 'aws4_request'].reduce(
    (k, part) => hmac(k, part),
    hmac(hmac(`AWS4${s.secretAccessKey}`, day), s.region),
  );
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${s.accessKeyId}/${scope},SignedHeaders=${names.join(';')},Signature=${signature}`,
  };
}

/** Attachments in an S3-compatible bucket (path-style addressing), written once each. */
export class S3FileStore implements FileStore {
  constructor(
    private readonly s: S3Settings,
    private readonly now: () => Date = () => wallClock.now(),
  ) {}

  private url(key: string): URL {
    return new URL(`${this.s.endpoint.replace(/\/$/, '')}/${this.s.bucket}/${key}`);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const url = this.url(key);
    // If-None-Match: * makes the store refuse to replace an object (412), as the disk store does.
    const headers = signS3Request(this.s, {
      method: 'PUT',
      url,
      headers: { 'if-none-match': '*', 'content-length': String(bytes.length) },
      payloadHash: sha256(bytes),
      now: this.now(),
    });
    const res = await fetch(url, { method: 'PUT', headers, body: new Uint8Array(bytes) });
    if (res.status === 412) throw Object.assign(new Error(`Object ${key} exists`), { code: 'EEXIST' });
    if (!res.ok) throw new Error(`S3 PUT ${key}: ${res.status} ${await res.text()}`);
  }

  async read(key: string) {
    const url = this.url(key);
    const headers = signS3Request(this.s, {
      method: 'GET',
      url,
      headers: {},
      payloadHash: sha256(''),
      now: this.now(),
    });
    const res = await fetch(url, { headers });
    if (res.status === 404) return undefined;
    if (!res.ok || !res.body) throw new Error(`S3 GET ${key}: ${res.status}`);
    return { stream: Readable.fromWeb(res.body as never), size: Number(res.headers.get('content-length')) };
  }
}
