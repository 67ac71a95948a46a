import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { staticApps } from '../src/http/static-apps.js';

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
    void serve(req, res, new URL(req.url ?? '/', 'http://x')).then((handled) => {
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
