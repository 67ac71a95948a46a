import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestTarget } from '../src/http/request-target.js';
import { APP_HEADERS, COMMON_HEADERS, KIOSK_HEADERS } from '../src/http/security-headers.js';
import { staticApps } from '../src/http/static-apps.js';
import { startTestApp, type TestApp } from './test-app.js';

let root: string;
let server: Server;
let base: string;
beforeAll(async () => {
  // A repository with one built app (admin) and the others not built.
  root = await mkdtemp(join(tmpdir(), 'park-static-'));
  await mkdir(join(root, 'admin-web/dist/assets'), { recursive: true });
  await writeFile(join(root, 'admin-web/dist/index.html'), '<!doctype html><title>admin</title>');
  await writeFile(join(root, 'admin-web/dist/assets/app-abc123.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'do not serve');
  const serve = staticApps(root);
  server = createServer((req, res) => {
    const url = requestTarget(req.url);
    if (!url) return void res.writeHead(400).end();
    void serve(req, res, url).then((handled) => {
      if (!handled) res.writeHead(404).end('api 404');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await rm(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });

it('serves an app, its hashed assets with a long cache, and index.html for client-side routes', async () => {
  const index = await get('/admin/');
  expect(index.status).toBe(200);
  expect(index.headers.get('content-type')).toContain('text/html');
  expect(index.headers.get('cache-control')).toBe('no-cache');
  expect(await index.text()).toContain('<title>admin</title>');
  const asset = await get('/admin/assets/app-abc123.js');
  expect(asset.headers.get('content-type')).toContain('text/javascript');
  expect(asset.headers.get('cache-control')).toContain('immutable');
  const deep = await get('/admin/units?x=1');
  expect(await deep.text()).toContain('<title>admin</title>');
  expect((await get('/admin/assets/missing.js')).status).toBe(404);
});

it('redirects / and bare app paths, refuses traversal, and says when an app is not built', async () => {
  expect((await get('/')).headers.get('location')).toBe('/admin/');
  expect((await get('/admin')).headers.get('location')).toBe('/admin/');
  const traversal = await get('/admin/..%2F..%2Fsecret.txt');
  expect([400, 404]).toContain(traversal.status);
  expect(await traversal.text()).not.toContain('do not serve');
  const unbuilt = await get('/portal/');
  expect(unbuilt.status).toBe(503);
  expect(await unbuilt.text()).toContain('pnpm build');
  expect(await (await get('/elsewhere')).text()).toBe('api 404');
});

/** Sends one request line as written (fetch would normalise it) and returns the status code. */
function rawStatus(base: string, target: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    let reply = '';
    socket.on('data', (d: Buffer) => {
      reply += d.toString('latin1');
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0)));
  });
}

it('answers malformed percent-encoding under an app with 400, not 500', async () => {
  for (const path of [
    '/admin/%E0%A4%A',
    '/portal/%c0%ae%c0%ae/',
    '/kiosk/%',
    '/admin/%zz.js',
    '/admin/a%00.js',
  ]) {
    const res = await get(path);
    expect(res.status, path).toBe(400);
    const headers = path.startsWith('/kiosk/') ? KIOSK_HEADERS : APP_HEADERS;
    expect(res.headers.get('content-security-policy'), path).toBe(headers['content-security-policy']);
  }
  // The server is still up.
  expect((await get('/admin/')).status).toBe(200);
});

it('puts the security headers on every app answer: page, asset, client route, 404, redirect, unbuilt', async () => {
  for (const path of [
    '/admin/',
    '/admin/assets/app-abc123.js',
    '/admin/units/42',
    '/admin/assets/missing.js',
    '/admin',
    '/',
    '/portal/',
  ]) {
    const res = await get(path);
    for (const [name, value] of Object.entries(APP_HEADERS))
      expect(res.headers.get(name), `${path} ${name}`).toBe(value);
  }
  const csp = APP_HEADERS['content-security-policy']!;
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));
  expect(directive('script-src')).toBe("script-src 'self'");
  expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(directive('img-src')).toBe("img-src 'self' data: blob:");
  expect(directive('connect-src')).toBe("connect-src 'self'");
  expect(COMMON_HEADERS['x-content-type-options']).toBe('nosniff');
});

it('lets the kiosk alone compile WebAssembly (its QR decoder), and still no eval', async () => {
  const res = await get('/kiosk/');
  const csp = res.headers.get('content-security-policy')!;
  expect(csp).toBe(KIOSK_HEADERS['content-security-policy']);
  expect(csp.split('; ').find((d) => d.startsWith('script-src '))).toBe(
    "script-src 'self' 'wasm-unsafe-eval'",
  );
  expect(csp).not.toContain("'unsafe-eval'");
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  for (const path of ['/admin/', '/portal/'])
    expect((await get(path)).headers.get('content-security-policy'), path).not.toContain('wasm');
});

describe('the API server', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ data: 'empty' });
  });
  afterAll(() => api?.close());

  it('answers odd request targets with 400 or 404 and keeps running', async () => {
    const cases: [string, number][] = [
      ['//', 404],
      ['///', 404],
      ['//evil.example/graphql', 404],
      ['http://', 400],
      ['*', 400],
      ['http://other.example/healthz', 200],
      ['/files/%zz', 400],
      ['/files/%', 400],
      ['/graphql/%E0%A4%A', 404],
      ['/%c0%ae%c0%ae/', 404],
    ];
    for (const [target, status] of cases) expect(await rawStatus(api.url, target), target).toBe(status);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });

  it('sends nosniff and a referrer policy from /graphql, /files and its 404s', async () => {
    const answers = [
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      await fetch(`${api.url}/files/00000000-0000-0000-0000-000000000000?op=get&exp=1&sig=x`),
      await fetch(`${api.url}/nowhere`),
      await fetch(`${api.url}/healthz`),
    ];
    for (const res of answers)
      for (const [name, value] of Object.entries(COMMON_HEADERS))
        expect(res.headers.get(name), `${res.url} ${name}`).toBe(value);
  });
});
