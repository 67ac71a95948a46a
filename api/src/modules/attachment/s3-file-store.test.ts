import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3FileStore, signS3Request } from './s3-file-store.js';

const EXAMPLE = {
  region: 'us-east-1',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('S3 request signing', () => {
  it('matches the GetObject example of the Signature Version 4 documentation', () => {
    const headers = signS3Request(EXAMPLE, {
      method: 'GET',
      url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
      headers: { Range: 'bytes=0-9' },
      payloadHash: EMPTY,
      now: new Date('2013-05-24T00:00:00Z'),
    });
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('S3FileStore', () => {
  // A stand-in bucket: answers like S3 does and keeps what each request carried.
  const objects = new Map<string, Buffer>();
  const seen: { method: string; path: string; headers: Record<string, unknown> }[] = [];
  const server = createServer(async (req, res) => {
    seen.push({ method: req.method!, path: req.url!, headers: req.headers });
    const path = req.url!;
    if (req.method === 'PUT') {
      if (req.headers['if-none-match'] === '*' && objects.has(path)) return res.writeHead(412).end();
      objects.set(path, Buffer.from(await text(req)));
      return res.writeHead(200).end();
    }
    const body = objects.get(path);
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  let store: S3FileStore;
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    store = new S3FileStore({ ...EXAMPLE, endpoint: `http://127.0.0.1:${port}`, bucket: 'park-files' });
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('writes an object once under the bucket, signed, and reads it back', async () => {
    await store.put('park/order/photo', Buffer.from('jpeg bytes'));
    const put = seen.at(-1)!;
    expect(put).toMatchObject({ method: 'PUT', path: '/park-files/park/order/photo' });
    expect(put.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/s3\/aws4_request,SignedHeaders=content-length;host;if-none-match;x-amz-content-sha256;x-amz-date,Signature=[0-9a-f]{64}$/,
    );
    await expect(store.put('park/order/photo', Buffer.from('other'))).rejects.toMatchObject({
      code: 'EEXIST',
    });
    const file = await store.read('park/order/photo');
    expect(file?.size).toBe(10);
    expect(await text(file!.stream)).toBe('jpeg bytes');
    expect(await store.read('park/order/missing')).toBeUndefined();
  });
});
